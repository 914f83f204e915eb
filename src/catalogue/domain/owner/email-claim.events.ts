import { z } from 'zod';
import { eventCodec } from '../../../shared/kernel/event-codec';
import type { Event } from '../../../shared/kernel/message';

/**
 * The events of an `owner-email-<hash>` stream, one per address: their payloads as stored, each
 * with its version. This is a stored contract: a change of shape is a new version with an upcaster.
 */
export interface EmailClaimed {
  /** Lower-cased, the form that makes an address unique. */
  readonly email: string;
  readonly ownerId: string;
}

export interface EmailReleased {
  /** Lower-cased, the form that makes an address unique. */
  readonly email: string;
  /** The owner who held it until now. */
  readonly ownerId: string;
}

export type EmailClaimEvent = Event<'EmailClaimed', EmailClaimed> | Event<'EmailReleased', EmailReleased>;

const emailClaimed: z.ZodType<EmailClaimed> = z.object({ email: z.string(), ownerId: z.string() });

const emailReleased: z.ZodType<EmailReleased> = z.object({ email: z.string(), ownerId: z.string() });

export const emailClaimEvents = eventCodec<EmailClaimEvent>('owner-email', {
  EmailClaimed: { version: 1, schema: emailClaimed },
  EmailReleased: { version: 1, schema: emailReleased },
});
