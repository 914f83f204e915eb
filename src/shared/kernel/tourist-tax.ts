import type { CalendarDate } from './calendar-date';
import type { Money } from './money';

/**
 * The taxe de séjour as a booking file keeps it, night by night: the values Tarification works
 * out and Reservation records, shared so that both speak of the same thing. How it is computed
 * lives in Tarification (tourist-tax-computation.ts).
 */

/**
 * The categories of the taxe de séjour's legal scale (CGCT art. L2333-30) that this product lets:
 * palaces, hotels/residences/meublés de tourisme by star, and chambres d'hôtes, which share the
 * one-star row. Campsites, holiday villages and marinas have rows of their own and are not let
 * here.
 */
export const CLASSIFIED_CATEGORIES = ['PALACE', 'FIVE_STARS', 'FOUR_STARS', 'THREE_STARS', 'TWO_STARS', 'ONE_STAR', 'GUEST_ROOM'] as const;
export type ClassifiedCategory = (typeof CLASSIFIED_CATEGORIES)[number];

/**
 * A tax levied on top of the commune's, as a share of it: the department's 10 % (CGCT art.
 * L3333-1), a region's (Île-de-France: 15 % for the Société des grands projets, art. L2531-17,
 * and 200 % for Île-de-France Mobilités from 2024, art. L2531-18; 34 % for the new rail lines,
 * loi de finances pour 2023 art. 76: Provence–Côte d'Azur from 2023, Grand Sud-Ouest and
 * Montpellier–Perpignan from 2024), or any other the owner is told to collect.
 */
export const ADDITIONAL_TAX_KINDS = ['DEPARTMENTAL', 'REGIONAL', 'OTHER'] as const;
export type AdditionalTaxKind = (typeof ADDITIONAL_TAX_KINDS)[number];

/** Exemptions of L2333-31 the owner records on the booking file, as a number of persons each. */
export const RECORDED_EXEMPTIONS = ['SEASONAL_WORKER', 'EMERGENCY_HOUSING', 'TEMPORARY_REHOUSING'] as const;
export type RecordedExemption = (typeof RECORDED_EXEMPTIONS)[number];

/** Minors follow from the age ranges, a low rent from the commune's threshold (L2333-31 1° and 4°). */
export type ExemptionReason = 'MINOR' | RecordedExemption | 'RENT_BELOW_THRESHOLD';

/** Adults the owner recorded on the file as exempt, by reason (L2333-31). */
export type RecordedExemptions = Readonly<Partial<Record<RecordedExemption, number>>>;

/** How the commune's amount per person and per night was found. */
export type TouristTaxBasis =
  | { readonly kind: 'TARIFF'; readonly category: ClassifiedCategory }
  | {
      readonly kind: 'PROPORTIONAL';
      readonly ratePercent: number;
      /** The night's price excluding taxes divided by all occupants, exempt or not, to the cent (shown; the tax uses the exact share). */
      readonly basePerPerson: Money;
      readonly cap: Money;
      readonly capApplied: boolean;
    };

export interface AdditionalTaxShare {
  readonly kind: AdditionalTaxKind;
  readonly label: string;
  readonly percent: number;
  readonly perPersonNight: Money;
  readonly amount: Money;
}

/** Nights taxed alike, in the order the first of them comes; counts of persons are per night. */
export interface TaxedNights {
  readonly status: 'TAXED';
  readonly nights: readonly CalendarDate[];
  readonly personsTaxed: number;
  readonly personsExempt: Readonly<Partial<Record<ExemptionReason, number>>>;
  readonly basis: TouristTaxBasis;
  /** The commune's part of `perPersonNight`. */
  readonly communalPerPersonNight: Money;
  readonly additionalTaxes: readonly AdditionalTaxShare[];
  /** Additional taxes included, rounded to the cent. */
  readonly perPersonNight: Money;
  readonly amount: Money;
}

/** Nights the tax does not reach: outside the collection period, or in a year the owner gave no tariff for. */
export interface UntaxedNights {
  readonly status: 'OUTSIDE_COLLECTION_PERIOD' | 'NO_TARIFF_FOR_YEAR';
  readonly nights: readonly CalendarDate[];
  readonly amount: Money;
}

export type TouristTaxLine = TaxedNights | UntaxedNights;

export interface TouristTaxDetail {
  readonly lines: readonly TouristTaxLine[];
  readonly total: Money;
}

