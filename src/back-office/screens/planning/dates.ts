import { addDays, dayDate } from '../../format';

/**
 * The planning's calendar arithmetic on YYYY-MM-DD days (UTC midnight, never shifted by a time
 * zone): where a week starts, where a month starts, and the days a span shows.
 */

/** The Monday of the day's week (French weeks start on Monday). */
export function mondayOf(day: string): string {
  const weekday = dayDate(day).getUTCDay(); // 0 Sunday … 6 Saturday
  return addDays(day, -((weekday + 6) % 7));
}

/** "2026-07" → "2026-07-01". */
export function firstOfMonth(month: string): string {
  return `${month}-01`;
}

/** "2026-07-14" → "2026-07". */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** Every day from `from`, `count` of them. */
export function daysFrom(from: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addDays(from, i));
}

export function isWeekend(day: string): boolean {
  const weekday = dayDate(day).getUTCDay();
  return weekday === 0 || weekday === 6;
}
