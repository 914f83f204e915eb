import { DateTime, IANAZone } from 'luxon';
import { InvalidInput } from './errors';

/**
 * A day on the calendar, as an ISO string (`2026-07-04`), with no time and no zone: arrivals,
 * departures and rate periods are days where the accommodation is, not instants. The string
 * form sorts and compares as the days do. Day arithmetic counts days since 1970 in UTC, where
 * every day has 24 hours; it runs for every night of a planning, so it stays arithmetic. Zones
 * and words go through luxon.
 */
export type CalendarDate = string;

export const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Stays, rates and offers are days of this millennium. The bound also keeps out typos such as
 * 0026, which rrule would read as 1926.
 */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2999;

export function calendarDate(field: string, value: string): CalendarDate {
  if (!ISO_DATE.test(value) || !isRealDay(value)) throw new InvalidInput(field, `must be an ISO date such as 2026-07-04 (got "${value}")`);
  const year = Number(value.slice(0, 4));
  if (year < FIRST_YEAR || year > LAST_YEAR) throw new InvalidInput(field, `must be a day between ${FIRST_YEAR} and ${LAST_YEAR} (got "${value}")`);
  return value;
}

/** Whether `value` is a calendar day `calendarDate` accepts, for input that may leave it out rather than be refused. */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string' || !ISO_DATE.test(value) || !isRealDay(value)) return false;
  const year = Number(value.slice(0, 4));
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

const DAY_MS = 86_400_000;

/** A day that exists (no 30 February): what UTC makes of it is the same day. Every date of every request is checked, so no luxon here. */
function isRealDay(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  const made = new Date(Date.UTC(year, month - 1, day));
  return made.getUTCFullYear() === year && made.getUTCMonth() === month - 1 && made.getUTCDate() === day;
}

const dayNumber = (date: CalendarDate): number => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);

export const addDays = (date: CalendarDate, days: number): CalendarDate => new Date((dayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10);

/**
 * The days from `from` to `to` (exclusive) a screen or a listing asks for, each bound checked:
 * BAD_USER_INPUT on `to` when it is not after `from`, or when the range passes `maxDays`, saying
 * what `what` ("a calendar may span") may hold.
 */
export function dayRange(from: string, to: string, maxDays: number, what: string): { first: CalendarDate; end: CalendarDate; days: number } {
  const first = calendarDate('from', from);
  const end = calendarDate('to', to);
  const days = daysBetween(first, end);
  if (days <= 0) throw new InvalidInput('to', 'must be after from');
  if (days > maxDays) throw new InvalidInput('to', `${what} at most ${maxDays} days`);
  return { first, end, days };
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export const daysBetween = (from: CalendarDate, to: CalendarDate): number => dayNumber(to) - dayNumber(from);

/** 1 January 1970 was a Thursday. */
export const weekdayOf = (date: CalendarDate): Weekday => WEEKDAYS[(((dayNumber(date) + 3) % 7) + 7) % 7];

/** Where French accommodations' days begin: every zone's default until an owner says otherwise. */
export const PARIS_TIME_ZONE = 'Europe/Paris';

/** The day and hour an instant falls on in a time zone (`Europe/Paris`), for rules like lead time. */
export function localDayAndHour(instant: Date, timeZone: string): { date: CalendarDate; hour: number } {
  const local = DateTime.fromJSDate(instant, { zone: timeZone });
  return { date: format(local), hour: local.hour };
}

/**
 * Whether it names a zone of the IANA database (`Europe/Paris`, `America/Martinique`). Not
 * luxon's `local` or `system`, which are the server's zone, nor offsets such as `UTC+2`; the
 * database's own fixed zones (`UTC`, `Etc/GMT-1`) pass, since they are real zones.
 */
export const isTimeZone = (zone: string): boolean => IANAZone.isValidZone(zone);

/** `Saturday 4 July 2026`, as a person reads a date in a message. */
export const describeDate = (date: CalendarDate): string => utc(date).setLocale('en-GB').toFormat('cccc d LLLL yyyy');

const utc = (date: CalendarDate): DateTime => DateTime.fromISO(date, { zone: 'utc' });

const format = (date: DateTime): CalendarDate => date.toFormat('yyyy-MM-dd');
