import { datetime, RRule, type Weekday as RRuleWeekday } from 'rrule';
import { calendarDate, daysBetween, WEEKDAYS, type CalendarDate, type Weekday } from '../../../shared/kernel/calendar-date';
import { InvalidInput } from '../../../shared/kernel/errors';
import { MAX_STAY_NIGHTS } from '../../../shared/kernel/stay';
import { parseRatePrice, type RatePrice, type RatePriceInput } from './rate-price';

/**
 * What the owner applies in one operation: one price to several periods of arrival dates
 * (inclusive), for several stay lengths, on chosen arrival weekdays. Events keep this intent;
 * the stay rates it makes are expanded from it.
 */
export interface RateSetting {
  readonly periods: readonly { readonly from: CalendarDate; readonly to: CalendarDate }[];
  readonly nights: readonly number[];
  readonly arrivalDays: readonly Weekday[];
  readonly price: RatePrice;
}

/** One priced stay: arriving on `arrival` for `nights` nights. */
export interface StayRate extends RatePrice {
  readonly arrival: CalendarDate;
  readonly nights: number;
}

export interface RateSettingInput extends RatePriceInput {
  readonly periods: readonly { readonly from: string; readonly to: string }[];
  readonly nights: readonly number[];
  readonly arrivalDays: readonly string[];
}

export const MAX_PERIODS = 50;
/** About five years of daily arrivals; beyond that a grid is a mistake, not a price list. */
export const MAX_PERIOD_DAYS = 5 * 366;
/** Enough for three years of every arrival at 20 stay lengths; keeps one event's work bounded. */
export const MAX_STAY_RATES_PER_SETTING = 25_000;

/**
 * A stay rate's id is its stay in ISO 8601 interval form, `2026-07-04/P7D`: there is one rate per
 * arrival and length, so the stay itself names it, and a later setting replaces it in place.
 */
export const stayRateId = (arrival: CalendarDate, nights: number): string => `${arrival}/P${nights}D`;

const STAY_RATE_ID = /^(\d{4}-\d{2}-\d{2})\/P([1-9]\d?)D$/;

/** Only the form `stayRateId` writes, so an id read back always names the rate it was made for. */
export function parseStayRateId(field: string, id: string): { arrival: CalendarDate; nights: number } {
  const match = STAY_RATE_ID.exec(id);
  if (!match || Number(match[2]) > MAX_STAY_NIGHTS) throw new InvalidInput(field, `must be a stay rate id such as 2026-07-04/P7D (got "${id}")`);
  return { arrival: calendarDate(field, match[1]), nights: Number(match[2]) };
}

export function parseRateSetting(prefix: string, input: RateSettingInput): RateSetting {
  const setting: RateSetting = {
    periods: parsePeriods(`${prefix}.periods`, input.periods),
    nights: distinct(`${prefix}.nights`, input.nights, (n, field) => {
      if (!Number.isInteger(n) || n < 1 || n > MAX_STAY_NIGHTS) throw new InvalidInput(field, `must be a whole number of nights from 1 to ${MAX_STAY_NIGHTS}`);
      return n;
    }),
    arrivalDays: distinct(`${prefix}.arrivalDays`, input.arrivalDays, (day, field) => {
      if (!(WEEKDAYS as readonly string[]).includes(day)) throw new InvalidInput(field, `must be one of ${WEEKDAYS.join(', ')}`);
      return day as Weekday;
    }),
    price: parseRatePrice(prefix, input),
  };
  const count = stayRateCount(setting);
  if (count > MAX_STAY_RATES_PER_SETTING) {
    throw new InvalidInput(`${prefix}.periods`, `would write ${count} stay rates; split it into operations of at most ${MAX_STAY_RATES_PER_SETTING}`);
  }
  return setting;
}

/** How many stay rates a setting makes, without making them. */
export const stayRateCount = (setting: RateSetting): number => arrivalDates(setting).length * setting.nights.length;

/** Every stay rate a setting makes, in arrival order. Overlapping periods make each once. */
export function expandRateSetting(setting: RateSetting): StayRate[] {
  return arrivalDates(setting).flatMap((arrival) => setting.nights.map((nights) => ({ arrival, nights, ...setting.price })));
}

/**
 * Whether a setting prices the stay arriving on `arrival` (a `weekday`) for `nights` nights:
 * the same question `arrivalDates` answers by expansion, asked of one stay.
 */
export function settingCovers(setting: RateSetting, arrival: CalendarDate, weekday: Weekday, nights: number): boolean {
  return setting.nights.includes(nights) && setting.arrivalDays.includes(weekday) && setting.periods.some(({ from, to }) => from <= arrival && arrival <= to);
}

const RRULE_WEEKDAYS: Record<Weekday, RRuleWeekday> = {
  MONDAY: RRule.MO,
  TUESDAY: RRule.TU,
  WEDNESDAY: RRule.WE,
  THURSDAY: RRule.TH,
  FRIDAY: RRule.FR,
  SATURDAY: RRule.SA,
  SUNDAY: RRule.SU,
};

/**
 * The arrival dates of a setting, by an RFC 5545 daily rule per period restricted to the chosen
 * weekdays. rrule works on UTC date-times, which stand here for days with no zone.
 */
export function arrivalDates(setting: Pick<RateSetting, 'periods' | 'arrivalDays'>): CalendarDate[] {
  const dates = new Set<CalendarDate>();
  for (const { from, to } of setting.periods) {
    const rule = new RRule({
      freq: RRule.DAILY,
      dtstart: utcDay(from),
      until: utcDay(to),
      byweekday: setting.arrivalDays.map((day) => RRULE_WEEKDAYS[day]),
    });
    for (const date of rule.all()) dates.add(date.toISOString().slice(0, 10));
  }
  return [...dates].sort();
}

function utcDay(date: CalendarDate): Date {
  const [year, month, day] = date.split('-').map(Number);
  return datetime(year, month, day);
}

function parsePeriods(field: string, periods: RateSettingInput['periods']): RateSetting['periods'] {
  if (periods.length === 0) throw new InvalidInput(field, 'must list at least one period');
  if (periods.length > MAX_PERIODS) throw new InvalidInput(field, `must list at most ${MAX_PERIODS} periods`);
  return periods.map((period, i) => {
    const from = calendarDate(`${field}[${i}].from`, period.from);
    const to = calendarDate(`${field}[${i}].to`, period.to);
    const days = daysBetween(from, to);
    if (days < 0) throw new InvalidInput(`${field}[${i}].to`, 'must not be before from');
    if (days >= MAX_PERIOD_DAYS) throw new InvalidInput(`${field}[${i}].to`, `a period may span at most ${MAX_PERIOD_DAYS} days`);
    return { from, to };
  });
}

function distinct<In, Out>(field: string, values: readonly In[], parse: (value: In, field: string) => Out): Out[] {
  if (values.length === 0) throw new InvalidInput(field, 'must list at least one value');
  return values.map((value, i) => {
    const first = values.indexOf(value);
    if (first !== i) throw new InvalidInput(`${field}[${i}]`, `repeats ${field.split('.').pop()}[${first}]`);
    return parse(value, `${field}[${i}]`);
  });
}
