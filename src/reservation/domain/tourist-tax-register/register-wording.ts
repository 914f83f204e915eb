import { assertNever } from '../../../shared/kernel/assert-never';
import type { ClassifiedCategory, ExemptionReason } from '../../../shared/kernel/tourist-tax';

/**
 * The register's words. It is a French document kept for a French commune (CGCT art. R2333-50),
 * so it speaks French whatever the owner's language.
 */
const CATEGORIES: Readonly<Record<ClassifiedCategory, string>> = {
  PALACE: 'Palace',
  FIVE_STARS: '5★',
  FOUR_STARS: '4★',
  THREE_STARS: '3★',
  TWO_STARS: '2★',
  ONE_STAR: '1★',
  GUEST_ROOM: "Chambre d'hôtes",
};

/** Every reason of L2333-31, in the order of the article: the columns of exempt persons. */
export const EXEMPTION_REASONS: readonly ExemptionReason[] = ['MINOR', 'SEASONAL_WORKER', 'EMERGENCY_HOUSING', 'TEMPORARY_REHOUSING', 'RENT_BELOW_THRESHOLD'];

/** Each reason as a column heading completes "Personnes exonérées – …". */
export const EXEMPTION_WORDS: Readonly<Record<ExemptionReason, string>> = {
  MINOR: 'mineurs',
  SEASONAL_WORKER: 'travailleurs saisonniers',
  EMERGENCY_HOUSING: "hébergement d'urgence",
  TEMPORARY_REHOUSING: 'relogement temporaire',
  RENT_BELOW_THRESHOLD: 'loyer sous le seuil',
};

/** "5,5" for 5.5: the decimal comma of French documents. */
export const frenchNumber = (value: number): string => String(value).replace('.', ',');

export type RateWording =
  | { readonly kind: 'TARIFF'; readonly category: ClassifiedCategory }
  | { readonly kind: 'PROPORTIONAL'; readonly ratePercent: number }
  | { readonly kind: 'FLAT' | 'OUTSIDE_COLLECTION_PERIOD' | 'NO_TARIFF_FOR_YEAR' };

/** How nights were taxed, in a few words: "2★", "Non classé 5 %", "Forfait", "Hors période de perception". */
export function rateLabel(rate: RateWording): string {
  switch (rate.kind) {
    case 'TARIFF':
      return CATEGORIES[rate.category];
    case 'PROPORTIONAL':
      return `Non classé ${frenchNumber(rate.ratePercent)} %`;
    case 'FLAT':
      return 'Forfait';
    case 'OUTSIDE_COLLECTION_PERIOD':
      return 'Hors période de perception';
    case 'NO_TARIFF_FOR_YEAR':
      return "Aucun tarif saisi pour l'année";
    default:
      return assertNever(rate);
  }
}
