import { z } from 'zod';
import { eventCodec } from '../../../shared/kernel/event-codec';
import { calendarDateSchema, frenchFirstTextSchema, moneySchema } from '../../../shared/kernel/event-schemas';
import type { Event } from '../../../shared/kernel/message';
import { PROMO_CODE_USAGES, type CodeDiscount, type PromoCodeDetails } from './promo-code';

/**
 * The events of a `promo-codes-<ownerId>` stream: their payloads as stored, each with its
 * version. This is a stored contract: a change of shape is a new version with an upcaster.
 */
export interface PromoCodeCreated {
  readonly promoCodeId: string;
  readonly ownerId: string;
  readonly details: PromoCodeDetails;
}

/** Carries the details whole, as the owner saved them: they replace the previous ones. */
export interface PromoCodeUpdated {
  readonly promoCodeId: string;
  readonly ownerId: string;
  readonly details: PromoCodeDetails;
}

export interface PromoCodeRemoved {
  readonly promoCodeId: string;
  readonly ownerId: string;
}

/** A single-use code taken by the booking file `dossierId`. */
export interface PromoCodeConsumed {
  readonly promoCodeId: string;
  readonly ownerId: string;
  readonly dossierId: string;
}

/** A single-use code given back by the booking file that consumed it, which failed to open. */
export interface PromoCodeReleased {
  readonly promoCodeId: string;
  readonly ownerId: string;
  readonly dossierId: string;
}

export type PromoCodesEvent =
  | Event<'PromoCodeCreated', PromoCodeCreated>
  | Event<'PromoCodeUpdated', PromoCodeUpdated>
  | Event<'PromoCodeRemoved', PromoCodeRemoved>
  | Event<'PromoCodeConsumed', PromoCodeConsumed>
  | Event<'PromoCodeReleased', PromoCodeReleased>;

const codeDiscountSchema: z.ZodType<CodeDiscount> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('PERCENT'), percent: z.number() }),
  z.object({ kind: z.literal('AMOUNT'), amount: moneySchema }),
]);

const promoCodeDetailsSchema: z.ZodType<PromoCodeDetails> = z.object({
  code: z.string(),
  internalLabel: z.string(),
  label: frenchFirstTextSchema,
  usage: z.enum(PROMO_CODE_USAGES),
  discount: codeDiscountSchema,
  accommodationIds: z.array(z.string()),
  allowedStays: z.array(z.object({ arrival: calendarDateSchema, nights: z.number().int() })).nullable(),
  combinesWithPromotions: z.boolean(),
  validFrom: calendarDateSchema.nullable(),
  validTo: calendarDateSchema.nullable(),
});

const createdOrUpdated = z.object({ promoCodeId: z.string(), ownerId: z.string(), details: promoCodeDetailsSchema });

const promoCodeRemovedSchema: z.ZodType<PromoCodeRemoved> = z.object({ promoCodeId: z.string(), ownerId: z.string() });

const consumedOrReleased = z.object({ promoCodeId: z.string(), ownerId: z.string(), dossierId: z.string() });

export const promoCodesEvents = eventCodec<PromoCodesEvent>('promo-codes', {
  PromoCodeCreated: { version: 1, schema: createdOrUpdated },
  PromoCodeUpdated: { version: 1, schema: createdOrUpdated },
  PromoCodeRemoved: { version: 1, schema: promoCodeRemovedSchema },
  PromoCodeConsumed: { version: 1, schema: consumedOrReleased },
  PromoCodeReleased: { version: 1, schema: consumedOrReleased },
});
