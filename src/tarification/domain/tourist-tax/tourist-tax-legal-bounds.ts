import { InvalidInput } from '../../../shared/kernel/errors';
import { CLASSIFIED_CATEGORIES, type ClassifiedCategory } from '../../../shared/kernel/tourist-tax';

export { CLASSIFIED_CATEGORIES, type ClassifiedCategory };

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
 * last, rounded to the tenth of a euro (a fraction of 0.05 € or more counts as 0.10 €). The
 * official scales of 2023 and 2024 follow from the year before's rounded limits that way (2024:
 * 0.90 € × 1.06 = 0.954 € → 1.00 €; 0.80 € × 1.06 = 0.848 € → 0.80 €), so 2025 and 2026 are worked
 * out the same way. A year missing here is a year nobody checked yet, not a year without bounds:
 * add it from the official scale (collectivites-locales.gouv.fr, "taxe de séjour"; service-public
 * F31635) rather than guess it.
 *
 * 2027 is left out on purpose: its limits follow from INSEE's 2025 index, which this file has no
 * sourced figure for, and no official 2027 scale was found; a 2027 table is refused until one is.
 */
const LEGAL_SCALES: ReadonlyMap<number, LegalScale> = new Map([
  // service-public.fr F31635 "Barème de la taxe de séjour 2023" (checked 1 January 2023): only
  // the palace, 5★ and 4★ ceilings moved from 2022 (4.20 → 4.30, 3.00 → 3.10, 2.30 → 2.40 €).
  [2023, scale({ palace: [70, 430], five: [70, 310], four: [70, 240], three: [50, 150], two: [30, 90], one: [20, 80] })],
  // service-public.fr F31635 "Barème de la taxe de séjour 2024", after a 6 % index for 2022
  // (prefecture of Guadeloupe, "Limites tarifaires et taux applicables pour 2024"). Paris set
  // every category at these ceilings for 2024 (service-public.fr, actualité A17102, 17 January
  // 2024: palace 4.60, 5★ 3.30, 4★ 2.50, 3★ 1.60, 2★ 1.00, 1★ 0.80 €).
  [2024, scale({ palace: [70, 460], five: [70, 330], four: [70, 250], three: [50, 160], two: [30, 100], one: [20, 80] })],
  // DERIVED, not read from the official scale, which was not found: the 2024 limits revalued by
  // the 2023 index excluding tobacco, +4.8 % (INSEE, 15 January 2025: "hors tabac, les prix à la
  // consommation ... +1,8 % en 2024, après +4,8 %"): palace 4.60 × 1.048 = 4.8208 → 4.80; 5★
  // 3.30 × 1.048 = 3.4584 → 3.50; 4★ 2.50 × 1.048 = 2.62 → 2.60; 3★ 1.60 × 1.048 = 1.6768 → 1.70;
  // 2★ 1.048 → 1.00; 1★ 0.8384 → 0.80; no floor reaches its next tenth (0.70 × 1.048 = 0.7336).
  // The palace ceiling agrees with a deputies' amendment to the 2026 budget bill (Assemblée
  // nationale, n° 1906, CF1204, October 2025: "le montant maximal de la taxe de séjour étant de
  // 4,80 euros par nuitée (dans un palace)"); Paris's 2025 rates as travellers quote them, 15.60 €
  // for palaces and 11.38 € for 5★ with the three additional taxes (community.ricksteves.com), are
  // 4.80 × 3.25 and 3.50 × 3.25, Paris's rates sitting at the ceilings as in 2024. The indexes
  // used for 2023 and 2024 (2.8 % and 6 %) look like December year-on-year rates rather than
  // annual averages; any index under 4.5 % would have left the 5★ ceiling at 3.40 € (3.30 ×
  // 1.045 = 3.4485), which Paris's 3.50 € rules out, so the annual average is taken here.
  [2025, scale({ palace: [70, 480], five: [70, 350], four: [70, 260], three: [50, 170], two: [30, 100], one: [20, 80] })],
  // DERIVED the same way, from the 2024 index excluding tobacco, +1.8 % (INSEE, same release):
  // palace 4.80 × 1.018 = 4.8864 → 4.90; 5★ 3.50 × 1.018 = 3.563 → 3.60; 4★ 2.60 × 1.018 = 2.6468
  // → 2.60 (0.0468 < 0.05 is dropped; 2.70 would take an index of about 1.92 % or more); 3★ 1.70 ×
  // 1.018 = 1.7306 → 1.70; 2★ 1.018 → 1.00; 1★ 0.8144 → 0.80; floors unchanged. A secondary
  // source quoting service-public F31635's 2026 scale gives the same meublé rows (1★ 0.20–0.80,
  // 2★ 0.30–1.00, 3★ 0.50–1.70, 4★ 0.70–2.60, 5★ 0.70–3.60 €; etoilys, "Taxe de séjour 2026",
  // 17 April 2026), and Paris's 2026 cap of unclassified lets, 15.93 € with its additional taxes
  // (service-public.fr, actualité A17929, as quoted there), is 4.90 × 3.25 = 15.925 → 15.93, its
  // palace rate at this ceiling. Replace with the official scale once it is read first-hand.
  [2026, scale({ palace: [70, 490], five: [70, 360], four: [70, 260], three: [50, 170], two: [30, 100], one: [20, 80] })],
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
