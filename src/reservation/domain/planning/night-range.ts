import { calendarDate, daysBetween, type CalendarDate } from '../../../shared/kernel/calendar-date';
import { InvalidInput } from '../../../shared/kernel/errors';

/** A block may close a season, not a decade: two years at most. */
export const MAX_RANGE_NIGHTS = 731;

/** Nights from `from` up to, not including, `to`, as the planning's selections are. */
export function nightRange(from: string, to: string): { arrival: CalendarDate; departure: CalendarDate } {
  const arrival = calendarDate('from', from);
  const departure = calendarDate('to', to);
  const nights = daysBetween(arrival, departure);
  if (nights <= 0) throw new InvalidInput('to', 'must be after from: the last night is the day before it');
  if (nights > MAX_RANGE_NIGHTS) throw new InvalidInput('to', `a range may hold at most ${MAX_RANGE_NIGHTS} nights`);
  return { arrival, departure };
}
