import { z } from 'zod';
import { eventCodec } from '../../../shared/kernel/event-codec';
import type { Event } from '../../../shared/kernel/message';

/**
 * The events of a `destination-email-<hash>` stream, one per address a destination logs in with:
 * their payloads as stored, each with its version. This is a stored contract: a change of shape is
 * a new version with an upcaster.
 */
export interface DestinationEmailClaimed {
  /** Lower-cased, the form that makes an address unique. */
  readonly email: string;
  readonly destinationId: string;
}

export interface DestinationEmailReleased {
  /** Lower-cased, the form that makes an address unique. */
  readonly email: string;
  /** The destination that held it until now. */
  readonly destinationId: string;
}

export type DestinationEmailClaimEvent = Event<'DestinationEmailClaimed', DestinationEmailClaimed> | Event<'DestinationEmailReleased', DestinationEmailReleased>;

const claimed: z.ZodType<DestinationEmailClaimed> = z.object({ email: z.string(), destinationId: z.string() });

const released: z.ZodType<DestinationEmailReleased> = z.object({ email: z.string(), destinationId: z.string() });

export const destinationEmailClaimEvents = eventCodec<DestinationEmailClaimEvent>('destination-email', {
  DestinationEmailClaimed: { version: 1, schema: claimed },
  DestinationEmailReleased: { version: 1, schema: released },
});
