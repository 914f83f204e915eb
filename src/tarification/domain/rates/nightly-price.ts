import { addDays, daysBetween, type CalendarDate } from '../../../shared/kernel/calendar-date';
import { divideHalfToEven, euros, type Money } from '../../../shared/kernel/money';
import type { StayRate } from './rate-grid';

/**
 * The price of each night from `from` to `to` (exclusive) shown on the planning:
 * 1. the sale price of the 1-night stay arriving that day, when there is one;
 * 2. else the lowest price per night among the stay rates whose nights include that day
 *    (sale price ÷ nights, half to even), so each night of a Saturday-to-Saturday week shows
 *    what a night of it costs;
 * 3. else none: that night cannot be sold on its own or within any priced stay.
 * `rates` are those whose stays may include one of the days: arriving up to 90 nights before
 * `from`. One pass over each rate's nights, so a year of daily rates prices in milliseconds.
 */
export function nightlyPrices(from: CalendarDate, to: CalendarDate, rates: readonly StayRate[]): { date: CalendarDate; price: Money | null }[] {
  const days = Math.max(0, daysBetween(from, to));
  const single: (number | null)[] = new Array<number | null>(days).fill(null);
  const lowest: (number | null)[] = new Array<number | null>(days).fill(null);
  for (const rate of rates) {
    const start = daysBetween(from, rate.arrival);
    if (rate.nights === 1 && start >= 0 && start < days) single[start] = rate.salePrice.cents;
    const perNight = divideHalfToEven(rate.salePrice.cents, rate.nights);
    for (let day = Math.max(start, 0); day < Math.min(start + rate.nights, days); day++) {
      const current = lowest[day];
      if (current === null || perNight < current) lowest[day] = perNight;
    }
  }
  return Array.from({ length: days }, (_, day) => {
    const cents = single[day] ?? lowest[day];
    return { date: addDays(from, day), price: cents === null ? null : euros(cents) };
  });
}
