import { InvalidInput } from '../../../shared/kernel/errors';
import { money, type Money } from '../../../shared/kernel/money';

/**
 * The taxe de séjour: an amount per taxed person per night that the commune sets and the owner
 * collects, usually on site. Minors are exempt (Code général des collectivités territoriales,
 * art. L2333-31): an age range counts as minors when its oldest age is under 18.
 */
export interface TouristTax {
  readonly perPersonPerNight: Money;
}

/** Far above any commune's rate (the highest tariff is under 5 € before surcharges). */
export const MAX_TOURIST_TAX_CENTS = 2_000;

export const ADULT_AGE = 18;

export function parseTouristTax(field: string, cents: number | null): TouristTax | null {
  if (cents === null) return null;
  const perPersonPerNight = money(field, cents);
  if (perPersonPerNight.cents > MAX_TOURIST_TAX_CENTS) throw new InvalidInput(field, `must be at most ${MAX_TOURIST_TAX_CENTS} cents per person per night`);
  return perPersonPerNight.cents === 0 ? null : { perPersonPerNight };
}

export const isExemptAgeRange = (range: { readonly maxAge: number }): boolean => range.maxAge < ADULT_AGE;
