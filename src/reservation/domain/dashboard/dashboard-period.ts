import { DateTime } from 'luxon';
import { calendarDate, type CalendarDate } from '../../../shared/kernel/calendar-date';
import { InvalidInput } from '../../../shared/kernel/errors';

/** What an owner may ask the dashboard for: the last N months, or a range of days. */
export interface DashboardPeriodInput {
  readonly months?: number | null;
  readonly from?: string | null;
  readonly to?: string | null;
}

export interface DayWindow {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
}

/**
 * The days the dashboard's revenue covers, the same days a year before, and its months in order
 * ("2026-01"). Recent activity always reads the days ending today, whatever the period.
 */
export interface DashboardPeriod extends DayWindow {
  readonly previousYear: DayWindow;
  readonly months: readonly string[];
  readonly recent: { readonly last7Days: DayWindow; readonly last30Days: DayWindow; readonly last12Months: DayWindow };
}

export const DEFAULT_MONTHS = 12;
/** Three years of months is a chart a phone still shows; longer asks are refused by name. */
export const MAX_MONTHS = 36;

const utc = (date: CalendarDate): DateTime => DateTime.fromISO(date, { zone: 'utc' });
const iso = (date: DateTime): CalendarDate => date.toISODate() as CalendarDate;
const monthOf = (date: CalendarDate): string => date.slice(0, 7);

/**
 * The period an owner asked for, on today's calendar: `months` ends with the current month (the 3,
 * 6 or 12 months of the manual), `from`/`to` are days (the month they fall in is cut there), and
 * nothing asked is the last 12 months. The previous year is the same days a year before (29
 * February reads 28).
 */
export function dashboardPeriod(today: CalendarDate, input: DashboardPeriodInput = {}): DashboardPeriod {
  const { months, from, to } = input;
  if (months != null && (from != null || to != null)) throw new InvalidInput('months', 'give either months or from/to, not both');
  let window: DayWindow;
  if (from != null || to != null) {
    const last = to != null ? calendarDate('to', to) : today;
    const first = from != null ? calendarDate('from', from) : iso(utc(last).minus({ months: DEFAULT_MONTHS - 1 }).startOf('month'));
    if (first > last) throw new InvalidInput('from', `must not be after to (${last})`);
    window = { from: first, to: last };
  } else {
    const count = months ?? DEFAULT_MONTHS;
    if (!Number.isInteger(count) || count < 1 || count > MAX_MONTHS) throw new InvalidInput('months', `must be a whole number of months from 1 to ${MAX_MONTHS}`);
    window = { from: iso(utc(today).minus({ months: count - 1 }).startOf('month')), to: iso(utc(today).endOf('month')) };
  }
  const covered = monthCount(window);
  if (covered > MAX_MONTHS) throw new InvalidInput('from', `the period covers ${covered} months; at most ${MAX_MONTHS}`);
  const monthList = monthsOf(window);
  return {
    ...window,
    previousYear: { from: iso(utc(window.from).minus({ years: 1 })), to: iso(utc(window.to).minus({ years: 1 })) },
    months: monthList,
    recent: {
      last7Days: { from: iso(utc(today).minus({ days: 6 })), to: today },
      last30Days: { from: iso(utc(today).minus({ days: 29 })), to: today },
      last12Months: { from: iso(utc(today).minus({ years: 1 }).plus({ days: 1 })), to: today },
    },
  };
}

const monthCount = ({ from, to }: DayWindow): number => (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)) + 1;

function monthsOf({ from, to }: DayWindow): string[] {
  const months: string[] = [];
  for (let month = utc(from).startOf('month'); monthOf(iso(month)) <= monthOf(to); month = month.plus({ months: 1 })) months.push(monthOf(iso(month)));
  return months;
}

/** "2025-03" for "2026-03": the month a year before, beside which a month is drawn. */
export const monthBefore = (month: string): string => `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`;
