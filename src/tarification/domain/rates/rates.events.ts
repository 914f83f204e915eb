import { z } from 'zod';
import { eventCodec } from '../../../shared/kernel/event-codec';
import { calendarDateSchema, moneySchema, weekdaySchema } from '../../../shared/kernel/event-schemas';
import type { Event } from '../../../shared/kernel/message';
import type { RateSetting } from './rate-grid';
import type { Occupancy, RateDiscount, RatePrice } from './rate-price';

/**
 * The events of a `rates-<accommodationId>` stream: their payloads as stored, each with its
 * version. This is a stored contract: a change of shape is a new version with an upcaster.
 * `RatesSet` keeps the setting as the owner applied it; readers expand the stay rates it makes.
 */
export interface RatesSet {
  readonly accommodationId: string;
  readonly ownerId: string;
  readonly setting: RateSetting;
}

export interface RatesDeleted {
  readonly accommodationId: string;
  readonly ownerId: string;
  /** Stay rate ids (`2026-07-04/P7D`), only of rates the grid held when deleted. */
  readonly stayRateIds: readonly string[];
}

export type RatesEvent = Event<'RatesSet', RatesSet> | Event<'RatesDeleted', RatesDeleted>;

const rateDiscountSchema: z.ZodType<RateDiscount> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('AMOUNT'), amount: moneySchema }),
  z.object({ kind: z.literal('PERCENT'), percent: z.number() }),
]);

const occupancySchema: z.ZodType<Occupancy> = z.object({
  includedOccupants: z.number().int(),
  extraPerNight: moneySchema,
  byAgeRange: z.array(z.object({ ageRangeId: z.string(), perNight: moneySchema })),
});

const ratePriceSchema: z.ZodType<RatePrice> = z.object({
  initialPrice: moneySchema,
  discount: rateDiscountSchema.nullable(),
  salePrice: moneySchema,
  occupancy: occupancySchema.nullable(),
});

const rateSettingSchema: z.ZodType<RateSetting> = z.object({
  periods: z.array(z.object({ from: calendarDateSchema, to: calendarDateSchema })),
  nights: z.array(z.number().int()),
  arrivalDays: z.array(weekdaySchema),
  price: ratePriceSchema,
});

const ratesSetSchema: z.ZodType<RatesSet> = z.object({ accommodationId: z.string(), ownerId: z.string(), setting: rateSettingSchema });

const ratesDeletedSchema: z.ZodType<RatesDeleted> = z.object({ accommodationId: z.string(), ownerId: z.string(), stayRateIds: z.array(z.string()) });

export const ratesEvents = eventCodec<RatesEvent>('rates', {
  RatesSet: { version: 1, schema: ratesSetSchema },
  RatesDeleted: { version: 1, schema: ratesDeletedSchema },
});
