import { z } from 'zod';
import { eventCodec } from '../../../shared/kernel/event-codec';
import { calendarDateSchema } from '../../../shared/kernel/event-schemas';
import type { Event } from '../../../shared/kernel/message';
import { PROMOTION_KINDS, type PromotionDetails } from './promotion';

/**
 * The events of a `promotions-<ownerId>` stream: their payloads as stored, each with its
 * version. This is a stored contract: a change of shape is a new version with an upcaster.
 */
export interface PromotionCreated {
  readonly promotionId: string;
  readonly ownerId: string;
  readonly details: PromotionDetails;
}

/** Carries the details whole, as the owner saved them: they replace the previous ones. */
export interface PromotionUpdated {
  readonly promotionId: string;
  readonly ownerId: string;
  readonly details: PromotionDetails;
}

export interface PromotionRemoved {
  readonly promotionId: string;
  readonly ownerId: string;
}

export type PromotionsEvent = Event<'PromotionCreated', PromotionCreated> | Event<'PromotionUpdated', PromotionUpdated> | Event<'PromotionRemoved', PromotionRemoved>;

const promotionDetailsSchema: z.ZodType<PromotionDetails> = z.object({
  kind: z.enum(PROMOTION_KINDS),
  percent: z.number(),
  days: z.number().int(),
  accommodationIds: z.array(z.string()),
  validFrom: calendarDateSchema.nullable(),
  validTo: calendarDateSchema.nullable(),
});

const createdOrUpdated = z.object({ promotionId: z.string(), ownerId: z.string(), details: promotionDetailsSchema });

const promotionRemovedSchema: z.ZodType<PromotionRemoved> = z.object({ promotionId: z.string(), ownerId: z.string() });

export const promotionsEvents = eventCodec<PromotionsEvent>('promotions', {
  PromotionCreated: { version: 1, schema: createdOrUpdated },
  PromotionUpdated: { version: 1, schema: createdOrUpdated },
  PromotionRemoved: { version: 1, schema: promotionRemovedSchema },
});
