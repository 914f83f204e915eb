import type { ClassifiedCategory, TouristTaxCategory } from './tourist-tax-legal-bounds';

const BY_STARS: Readonly<Record<number, ClassifiedCategory>> = { 1: 'ONE_STAR', 2: 'TWO_STARS', 3: 'THREE_STARS', 4: 'FOUR_STARS', 5: 'FIVE_STARS' };

/**
 * The row of the tariff table that taxes an accommodation. Chambres d'hôtes have a row of their
 * own whatever label they hold; a meublé de tourisme is taxed by the stars its classement gives
 * it on the day (Catalogue's `classifiedStarsOn`: 0 before a classement or once it has lapsed),
 * and as unclassified without any.
 */
export function touristTaxCategory(kind: 'HOLIDAY_RENTAL' | 'GUEST_ROOM', classifiedStars: number): TouristTaxCategory {
  if (kind === 'GUEST_ROOM') return 'GUEST_ROOM';
  return BY_STARS[classifiedStars] ?? 'UNCLASSIFIED';
}
