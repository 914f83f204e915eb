import { addDays, type CalendarDate } from '../../../shared/kernel/calendar-date';
import { divideHalfToEven, euros, type Money } from '../../../shared/kernel/money';
import type { StayRate } from './rate-grid';

/**
 * The price of one night shown on the planning, for a day `date`:
 * 1. the sale price of the 1-night stay arriving that day, when there is one;
 * 2. else the lowest price per night among the stay rates whose nights include that day
 *    (sale price ÷ nights, half to even), so each night of a Saturday-to-Saturday week shows
 *    what a night of it costs;
 * 3. else none: that night cannot be sold on its own or within any priced stay.
 * `rates` are those whose stays may include the day: arriving up to 90 nights before it.
 */
export function nightlyPrice(date: CalendarDate, rates: readonly StayRate[]): Money | null {
  const single = rates.find((rate) => rate.nights === 1 && rate.arrival === date);
  if (single) return single.salePrice;
  let best: number | null = null;
  for (const rate of rates) {
    if (rate.arrival > date || addDays(rate.arrival, rate.nights) <= date) continue;
    const perNight = divideHalfToEven(rate.salePrice.cents, rate.nights);
    if (best === null || perNight < best) best = perNight;
  }
  return best === null ? null : euros(best);
}
