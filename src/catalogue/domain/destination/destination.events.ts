import { z } from 'zod';
import { eventCodec } from '../../../shared/kernel/event-codec';
import { instantSchema } from '../../../shared/kernel/event-schemas';
import type { Event } from '../../../shared/kernel/message';
import { DESTINATION_KINDS, type DestinationKind } from './destination-profile';

/**
 * The events of a `destination-<destinationId>` stream, a destination's account: their payloads
 * as stored, each with its version. This is a stored contract: a change of shape is a new version
 * with an upcaster.
 */
export interface DestinationRegistered {
  readonly destinationId: string;
  readonly name: string;
  readonly kind: DestinationKind;
  /** French department codes ("24", "2A", "971"), each once, in their official order. */
  readonly area: readonly string[];
  /** Its marketplace site, https. */
  readonly website: string;
  /** ISO instant. */
  readonly registeredAt: string;
}

/**
 * How the destination logs in, kept apart from its public profile as an owner's are kept in
 * their stream: the first with the registration, each later one ending the tokens issued before.
 */
export interface DestinationCredentialsSet {
  readonly destinationId: string;
  /** As typed; the claim stream holds the lower-cased form that makes it unique among destinations. */
  readonly email: string;
  /** argon2id, never the password. */
  readonly passwordHash: string;
}

export type DestinationEvent = Event<'DestinationRegistered', DestinationRegistered> | Event<'DestinationCredentialsSet', DestinationCredentialsSet>;

const destinationRegistered: z.ZodType<DestinationRegistered> = z.object({
  destinationId: z.string(),
  name: z.string(),
  kind: z.enum(DESTINATION_KINDS),
  area: z.array(z.string()),
  website: z.string(),
  registeredAt: instantSchema,
});

const destinationCredentialsSet: z.ZodType<DestinationCredentialsSet> = z.object({ destinationId: z.string(), email: z.string(), passwordHash: z.string() });

export const destinationEvents = eventCodec<DestinationEvent>('destination', {
  DestinationRegistered: { version: 1, schema: destinationRegistered },
  DestinationCredentialsSet: { version: 1, schema: destinationCredentialsSet },
});
