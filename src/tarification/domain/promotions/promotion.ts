import { InvalidInput } from '../../../shared/kernel/errors';
import { percent } from '../../../shared/kernel/money';
import { parseAccommodationList } from '../accommodation-list';
import { isValidOn, parseValidity, type Validity } from '../validity';

export const PROMOTION_KINDS = ['LAST_MINUTE', 'EARLY_BOOKING'] as const;
export type PromotionKind = (typeof PROMOTION_KINDS)[number];

/**
 * A share off the accommodation price that the engine grants by itself: last-minute for a stay
 * starting in less than `days` days, early booking for one starting in more than `days` days,
 * counted from the day of booking where the accommodation is.
 */
export interface PromotionDetails extends Validity {
  readonly kind: PromotionKind;
  readonly percent: number;
  readonly days: number;
  readonly accommodationIds: readonly string[];
}

export interface PromotionInput {
  readonly kind: string;
  readonly percent: number;
  readonly days: number;
  readonly accommodationIds: readonly string[];
  readonly validFrom?: string | null;
  readonly validTo?: string | null;
}

export const MAX_PROMOTION_DAYS = 730;

export function parsePromotion(prefix: string, input: PromotionInput): PromotionDetails {
  if (!(PROMOTION_KINDS as readonly string[]).includes(input.kind)) throw new InvalidInput(`${prefix}.kind`, `must be one of ${PROMOTION_KINDS.join(', ')}`);
  const kind = input.kind as PromotionKind;
  // "Less than 0 days" could never apply; "more than 0 days" is every stay from tomorrow on.
  const minDays = kind === 'LAST_MINUTE' ? 1 : 0;
  if (!Number.isInteger(input.days) || input.days < minDays || input.days > MAX_PROMOTION_DAYS) {
    throw new InvalidInput(`${prefix}.days`, `must be a whole number of days from ${minDays} to ${MAX_PROMOTION_DAYS}`);
  }
  return {
    kind,
    percent: percent(`${prefix}.percent`, input.percent),
    days: input.days,
    accommodationIds: parseAccommodationList(`${prefix}.accommodationIds`, input.accommodationIds),
    ...parseValidity(prefix, input),
  };
}

/** Whether it applies to a stay of this accommodation arriving `daysAhead` days after `today`. */
export function promotionApplies(promotion: PromotionDetails, accommodationId: string, today: string, daysAhead: number): boolean {
  if (!promotion.accommodationIds.includes(accommodationId) || !isValidOn(promotion, today)) return false;
  return promotion.kind === 'LAST_MINUTE' ? daysAhead < promotion.days : daysAhead > promotion.days;
}
