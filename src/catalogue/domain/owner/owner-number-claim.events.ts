import { z } from 'zod';
import { eventCodec } from '../../../shared/kernel/event-codec';
import type { Event } from '../../../shared/kernel/message';

/**
 * The one event of an `owner-number-<n>` stream: its payload as stored, with its version. This
 * is a stored contract: a change of shape is a new version with an upcaster.
 */
export interface OwnerNumberClaimed {
  /** The same number as in the stream's name. */
  readonly number: number;
  readonly ownerId: string;
}

export type OwnerNumberClaimEvent = Event<'OwnerNumberClaimed', OwnerNumberClaimed>;

const ownerNumberClaimed: z.ZodType<OwnerNumberClaimed> = z.object({ number: z.number(), ownerId: z.string() });

export const ownerNumberClaimEvents = eventCodec<OwnerNumberClaimEvent>('owner-number', {
  OwnerNumberClaimed: { version: 1, schema: ownerNumberClaimed },
});
