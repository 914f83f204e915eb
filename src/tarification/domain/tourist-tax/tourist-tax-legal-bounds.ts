import { InvalidInput } from '../../../shared/kernel/errors';

/**
 * The categories of the taxe de séjour's legal scale (CGCT art. L2333-30) that this product lets:
 * palaces, hotels/residences/meublés de tourisme by star, and chambres d'hôtes, which share the
 * one-star row. Campsites, holiday villages and marinas have rows of their own and are not let
 * here.
 */
export const CLASSIFIED_CATEGORIES = ['PALACE', 'FIVE_STARS', 'FOUR_STARS', 'THREE_STARS', 'TWO_STARS', 'ONE_STAR', 'GUEST_ROOM'] as const;
export type ClassifiedCategory = (typeof CLASSIFIED_CATEGORIES)[number];

/** An accommodation without a classification, or waiting for one: taxed at a share of its price. */
export type TouristTaxCategory = ClassifiedCategory | 'UNCLASSIFIED';

/** What a commune may set for one category, per person and per night, before additional taxes. */
export interface LegalRange {
  readonly floorCents: number;
  readonly ceilingCents: number;
}

export type LegalScale = Readonly<Record<ClassifiedCategory, LegalRange>>;

/**
 * The proportional rate a commune sets for unclassified accommodations: 1 % to 5 % of the cost
 * per person of the night (CGCT art. L2333-30, from the loi de finances rectificative pour 2017,
 * art. 44, in force since 2019).
 */
export const PROPORTIONAL_RATE_BOUNDS = { min: 1, max: 5 } as const;

type Row = readonly [floorCents: number, ceilingCents: number];

function scale(rows: { palace: Row; five: Row; four: Row; three: Row; two: Row; one: Row }): LegalScale {
  const range = ([floorCents, ceilingCents]: Row): LegalRange => ({ floorCents, ceilingCents });
  return {
    PALACE: range(rows.palace),
    FIVE_STARS: range(rows.five),
    FOUR_STARS: range(rows.four),
    THREE_STARS: range(rows.three),
    TWO_STARS: range(rows.two),
    // Chambres d'hôtes sit in the one-star row of the article's table.
    ONE_STAR: range(rows.one),
    GUEST_ROOM: range(rows.one),
  };
}

/**
 * The legal floor and ceiling of each category, by the year they apply to. L2333-30 revalues
 * them every year by the growth of the consumer price index excluding tobacco of the year before
 * last, rounded to the tenth of a euro (a fraction of 0.05 € or more counts as 0.10 €), so a
 * year missing here is a year nobody checked yet, not a year without bounds: add it from the
 * official scale (collectivites-locales.gouv.fr, "taxe de séjour") rather than guess it.
 */
const LEGAL_SCALES: ReadonlyMap<number, LegalScale> = new Map([
  // service-public.fr F31635 "Barème de la taxe de séjour 2023" (checked 1 January 2023): only
  // the palace, 5★ and 4★ ceilings moved from 2022 (4.20 → 4.30, 3.00 → 3.10, 2.30 → 2.40 €).
  [2023, scale({ palace: [70, 430], five: [70, 310], four: [70, 240], three: [50, 150], two: [30, 90], one: [20, 80] })],
  // service-public.fr F31635 "Barème de la taxe de séjour 2024", after a 6 % index for 2022
  // (prefecture of Guadeloupe, "Limites tarifaires et taux applicables pour 2024"); the 2★ and
  // 1★ rows as listed by taxesejour.fr ("Quel sera le barème légal … pour 2025", June 2023).
  [2024, scale({ palace: [70, 460], five: [70, 330], four: [70, 250], three: [50, 160], two: [30, 100], one: [20, 80] })],
  // The 2024 scale revalued by the 2023 index excluding tobacco (INSEE, +4.8 %) under the
  // article's rounding rule; the palace ceiling of 4.80 € is the one Paris applies in 2025
  // (its 2025 tariffs "from 0.20 € to 4.80 €", checkinautomatique.com).
  [2025, scale({ palace: [70, 480], five: [70, 350], four: [70, 260], three: [50, 170], two: [30, 100], one: [20, 80] })],
]);

export const KNOWN_LEGAL_YEARS: readonly number[] = [...LEGAL_SCALES.keys()];

export class UnknownTouristTaxYear extends InvalidInput {
  override readonly reason = 'TOURIST_TAX_YEAR_UNKNOWN';

  constructor(field: string, year: number) {
    super(field, `the legal bounds of the taxe de séjour are known for ${KNOWN_LEGAL_YEARS.join(', ')} only (got ${year}); a year is added once its official scale is published`);
  }
}

export function legalScale(field: string, year: number): LegalScale {
  const found = Number.isInteger(year) ? LEGAL_SCALES.get(year) : undefined;
  if (!found) throw new UnknownTouristTaxYear(field, year);
  return found;
}
