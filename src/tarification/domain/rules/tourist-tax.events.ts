import { z } from 'zod';
import { eventCodec } from '../../../shared/kernel/event-codec';
import { moneySchema } from '../../../shared/kernel/event-schemas';
import type { Event } from '../../../shared/kernel/message';
import { TARIFF_PUBLISHER_KINDS } from '../tourist-tax/tourist-tax-tariffs.events';
import type { TouristTax } from './tourist-tax';

/**
 * The event of a `tourist-tax-<accommodationId>` stream: its payload as stored, with its
 * version. This is a stored contract: a change of shape is a new version with an upcaster.
 */
export interface TouristTaxSet {
  readonly accommodationId: string;
  readonly ownerId: string;
  /** Null: the owner stopped collecting the taxe de séjour. */
  readonly value: TouristTax | null;
}

export type TouristTaxEvent = Event<'TouristTaxSet', TouristTaxSet>;

const touristTaxSchema: z.ZodType<TouristTax> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('FLAT'), perPersonPerNight: moneySchema }),
  z.object({ kind: z.literal('TARIFF'), publisher: z.object({ kind: z.enum(TARIFF_PUBLISHER_KINDS), id: z.string() }), authority: z.string() }),
]);

/** Version 1 knew only an amount per person and per night. */
const flatAmount = (old: Record<string, unknown>): Record<string, unknown> => ({ ...old, value: old.value === null ? null : { kind: 'FLAT', ...(old.value as object) } });

const touristTaxSetSchema: z.ZodType<TouristTaxSet> = z.object({ accommodationId: z.string(), ownerId: z.string(), value: touristTaxSchema.nullable() });

export const touristTaxEvents = eventCodec<TouristTaxEvent>('tourist-tax', {
  TouristTaxSet: { version: 2, schema: touristTaxSetSchema, upcasters: { 1: flatAmount } },
});
