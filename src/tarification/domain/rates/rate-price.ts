import { InvalidInput } from '../../../shared/kernel/errors';
import { euros, money, percent, percentOf, type Money } from '../../../shared/kernel/money';

/** A rate's own reduction, as the owner typed it: an amount off, or a share off. */
export type RateDiscount = { readonly kind: 'AMOUNT'; readonly amount: Money } | { readonly kind: 'PERCENT'; readonly percent: number };

/**
 * Prices that depend on occupancy: the sale price covers `includedOccupants` persons; each
 * person above pays per night the price of their age range when one is listed, else
 * `extraPerNight`. The included places go to the occupants whose extra would cost most, so a
 * guest is never charged more than the cheapest reading of the rule.
 */
export interface Occupancy {
  readonly includedOccupants: number;
  readonly extraPerNight: Money;
  readonly byAgeRange: readonly { readonly ageRangeId: string; readonly perNight: Money }[];
}

/** Initial price − discount = sale price ("prix initial / remise / prix de vente"). */
export interface RatePrice {
  readonly initialPrice: Money;
  readonly discount: RateDiscount | null;
  readonly salePrice: Money;
  readonly occupancy: Occupancy | null;
}

export interface RatePriceInput {
  readonly initialPrice: number;
  readonly discount?: { readonly cents?: number | null; readonly percent?: number | null } | null;
  readonly occupancy?: {
    readonly includedOccupants: number;
    readonly extraPerNight: number;
    readonly byAgeRange?: readonly { readonly ageRangeId: string; readonly perNight: number }[] | null;
  } | null;
}

export const MAX_INCLUDED_OCCUPANTS = 100;

export function parseRatePrice(prefix: string, input: RatePriceInput): RatePrice {
  const initialPrice = money(`${prefix}.initialPrice`, input.initialPrice);
  if (initialPrice.cents === 0) throw new InvalidInput(`${prefix}.initialPrice`, 'must be above 0');
  const discount = parseDiscount(`${prefix}.discount`, input.discount ?? null, initialPrice);
  const salePrice = initialPrice.cents - discountCents(discount, initialPrice);
  // A share can round to the whole price (99.99 % of 40 €): a stay is never given away by rounding.
  if (salePrice <= 0) throw new InvalidInput(`${prefix}.discount`, 'must leave a sale price above 0');
  return {
    initialPrice,
    discount,
    salePrice: euros(salePrice),
    occupancy: input.occupancy ? parseOccupancy(`${prefix}.occupancy`, input.occupancy) : null,
  };
}

/** Amount off in cents; a share is rounded half to even, like every share of money. */
export function discountCents(discount: RateDiscount | null, initialPrice: Money): number {
  if (discount === null) return 0;
  return discount.kind === 'AMOUNT' ? discount.amount.cents : percentOf(initialPrice.cents, discount.percent);
}

/**
 * The reduction as owners are used to reading it: truncated to a whole percent, so 90 € → 75 €
 * shows −16 % (16.67 %), never more than the guest really saves.
 */
export const shownDiscountPercent = (price: RatePrice): number => Math.floor(((price.initialPrice.cents - price.salePrice.cents) * 100) / price.initialPrice.cents);

function parseDiscount(field: string, input: RatePriceInput['discount'], initialPrice: Money): RateDiscount | null {
  if (!input) return null;
  const hasCents = input.cents !== null && input.cents !== undefined;
  const hasPercent = input.percent !== null && input.percent !== undefined;
  if (hasCents === hasPercent) throw new InvalidInput(field, 'give either cents or percent');
  if (hasPercent) return { kind: 'PERCENT', percent: percent(`${field}.percent`, input.percent) };
  const amount = money(`${field}.cents`, input.cents as number);
  if (amount.cents === 0) return null;
  if (amount.cents >= initialPrice.cents) throw new InvalidInput(`${field}.cents`, 'must be less than the initial price');
  return { kind: 'AMOUNT', amount };
}

function parseOccupancy(field: string, input: NonNullable<RatePriceInput['occupancy']>): Occupancy {
  const { includedOccupants } = input;
  if (!Number.isInteger(includedOccupants) || includedOccupants < 1 || includedOccupants > MAX_INCLUDED_OCCUPANTS) {
    throw new InvalidInput(`${field}.includedOccupants`, `must be a whole number from 1 to ${MAX_INCLUDED_OCCUPANTS}`);
  }
  const byAgeRange = input.byAgeRange ?? [];
  byAgeRange.forEach(({ ageRangeId }, i) => {
    const first = byAgeRange.findIndex((other) => other.ageRangeId === ageRangeId);
    if (first !== i) throw new InvalidInput(`${field}.byAgeRange[${i}].ageRangeId`, `repeats byAgeRange[${first}]`);
  });
  return {
    includedOccupants,
    extraPerNight: money(`${field}.extraPerNight`, input.extraPerNight),
    byAgeRange: byAgeRange.map((entry, i) => ({ ageRangeId: entry.ageRangeId, perNight: money(`${field}.byAgeRange[${i}].perNight`, entry.perNight) })),
  };
}
