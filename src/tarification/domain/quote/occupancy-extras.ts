import type { StayRate } from '../rates/rate-grid';
import type { Occupants } from './quote-request';

/**
 * What occupants above a rate's included count add, over all nights. The included places go to
 * the occupants whose extra costs most, so the extras charged are the cheapest ones.
 */
export function occupancyExtras(rate: StayRate, occupants: readonly Occupants[], nights: number): number {
  const { occupancy } = rate;
  if (occupancy === null) return 0;
  const perNight = (ageRangeId: string): number => (occupancy.byAgeRange.find((entry) => entry.ageRangeId === ageRangeId) ?? { perNight: occupancy.extraPerNight }).perNight.cents;
  const prices = occupants.flatMap(({ ageRangeId, count }) => Array<number>(count).fill(perNight(ageRangeId))).sort((a, b) => b - a);
  return prices.slice(occupancy.includedOccupants).reduce((sum, price) => sum + price, 0) * nights;
}
