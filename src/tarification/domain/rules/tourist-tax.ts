import { InvalidInput } from '../../../shared/kernel/errors';
import { money, type Money } from '../../../shared/kernel/money';
import type { TariffPublisher } from '../tourist-tax/tourist-tax-tariffs.events';

/**
 * How an accommodation collects the taxe de séjour, which the owner collects for the commune,
 * usually on site. Minors are exempt (Code général des collectivités territoriales, art.
 * L2333-31): an age range counts as minors when its oldest age is under 18.
 * - FLAT: one amount per taxed person per night, as the owner typed it.
 * - TARIFF: "au réel", from the tariff tables of one authority (`authorityKey`) as one publisher
 *   entered them: the owner, or a destination that lists the accommodation. Each night takes its
 *   year's table and the accommodation's category (tourist-tax-computation.ts).
 */
export type TouristTax =
  | { readonly kind: 'FLAT'; readonly perPersonPerNight: Money }
  | { readonly kind: 'TARIFF'; readonly publisher: TariffPublisher; readonly authority: string };

export type FlatTouristTax = Extract<TouristTax, { kind: 'FLAT' }>;

/** Far above any commune's rate (the highest tariff is under 5 € before surcharges). */
export const MAX_TOURIST_TAX_CENTS = 2_000;

export const ADULT_AGE = 18;

export function parseTouristTax(field: string, cents: number | null): FlatTouristTax | null {
  if (cents === null) return null;
  const perPersonPerNight = money(field, cents);
  if (perPersonPerNight.cents > MAX_TOURIST_TAX_CENTS) throw new InvalidInput(field, `must be at most ${MAX_TOURIST_TAX_CENTS} cents per person per night`);
  return perPersonPerNight.cents === 0 ? null : { kind: 'FLAT', perPersonPerNight };
}

export const isExemptAgeRange = (range: { readonly maxAge: number }): boolean => range.maxAge < ADULT_AGE;
