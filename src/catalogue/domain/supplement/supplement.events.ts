import { z } from 'zod';
import { eventCodec } from '../../../shared/kernel/event-codec';
import { frenchFirstTextSchema, moneySchema } from '../../../shared/kernel/event-schemas';
import type { Event } from '../../../shared/kernel/message';
import { SUPPLEMENT_UNITS, type SupplementDetails } from './supplement-details';

/**
 * The events of a `supplement-<supplementId>` stream: their payloads as stored, each with its
 * version. This is a stored contract: a change of shape is a new version with an upcaster.
 */
export interface SupplementDefined {
  readonly supplementId: string;
  readonly ownerId: string;
  readonly details: SupplementDetails;
}

/** Carries every detail as it now is, not what changed. */
export interface SupplementUpdated {
  readonly supplementId: string;
  readonly ownerId: string;
  readonly details: SupplementDetails;
}

/** Final: a removed supplement is never changed again. */
export interface SupplementRemoved {
  readonly supplementId: string;
  readonly ownerId: string;
}

export type SupplementEvent =
  | Event<'SupplementDefined', SupplementDefined>
  | Event<'SupplementUpdated', SupplementUpdated>
  | Event<'SupplementRemoved', SupplementRemoved>;

const supplementDetailsSchema: z.ZodType<SupplementDetails> = z.object({
  name: frenchFirstTextSchema,
  mandatory: z.boolean(),
  price: moneySchema,
  unit: z.enum(SUPPLEMENT_UNITS),
  accommodationIds: z.array(z.string()),
});

const supplementDefined: z.ZodType<SupplementDefined> = z.object({ supplementId: z.string(), ownerId: z.string(), details: supplementDetailsSchema });

const supplementUpdated: z.ZodType<SupplementUpdated> = z.object({ supplementId: z.string(), ownerId: z.string(), details: supplementDetailsSchema });

const supplementRemoved: z.ZodType<SupplementRemoved> = z.object({ supplementId: z.string(), ownerId: z.string() });

export const supplementEvents = eventCodec<SupplementEvent>('supplement', {
  SupplementDefined: { version: 1, schema: supplementDefined },
  SupplementUpdated: { version: 1, schema: supplementUpdated },
  SupplementRemoved: { version: 1, schema: supplementRemoved },
});
