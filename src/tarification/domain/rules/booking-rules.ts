import { assertNever } from '../../../shared/kernel/assert-never';
import { addDays, isTimeZone, PARIS_TIME_ZONE, WEEKDAYS, type CalendarDate, type Weekday } from '../../../shared/kernel/calendar-date';
import { InvalidInput } from '../../../shared/kernel/errors';
import type { Lang } from '../../../shared/kernel/lang';
import { MAX_STAY_NIGHTS } from '../../../shared/kernel/stay';

export const LEAD_TIME_KINDS = ['SAME_DAY', 'SAME_DAY_UNTIL', 'NEXT_DAY', 'NEXT_DAY_UNTIL', 'DAYS_AHEAD'] as const;
export type LeadTimeKind = (typeof LEAD_TIME_KINDS)[number];

/**
 * How soon before arrival a stay may be booked ("délai de réservation"): the same day, the same
 * day until an hour, from the next day, the next day until an hour, or at least N days ahead.
 * Hours are local to the accommodation: "until 18" means before 18:00 where the guest arrives.
 */
export type LeadTime =
  | { readonly kind: 'SAME_DAY' | 'NEXT_DAY' }
  | { readonly kind: 'SAME_DAY_UNTIL' | 'NEXT_DAY_UNTIL'; readonly hour: number }
  | { readonly kind: 'DAYS_AHEAD'; readonly days: number };

/**
 * What decides whether a stay may be booked, besides its price. Closed-to-arrival and
 * closed-to-departure weekdays are what channel managers exchange ("CTA"/"CTD"). The time zone
 * is where the accommodation is: mainland France by default, an overseas one where it applies.
 */
export interface BookingRules {
  readonly minimumStay: number;
  readonly leadTime: LeadTime;
  readonly closedToArrival: readonly Weekday[];
  readonly closedToDeparture: readonly Weekday[];
  readonly timeZone: string;
}

export const DEFAULT_TIME_ZONE = PARIS_TIME_ZONE;

export const DEFAULT_BOOKING_RULES: BookingRules = {
  minimumStay: 1,
  leadTime: { kind: 'SAME_DAY' },
  closedToArrival: [],
  closedToDeparture: [],
  timeZone: DEFAULT_TIME_ZONE,
};

export interface BookingRulesInput {
  readonly minimumStay?: number | null;
  readonly leadTime?: { readonly kind: string; readonly hour?: number | null; readonly days?: number | null } | null;
  readonly closedToArrival?: readonly string[] | null;
  readonly closedToDeparture?: readonly string[] | null;
  readonly timeZone?: string | null;
}

export const MAX_DAYS_AHEAD = 365;

/** Whatever is left out takes its default, so the rules are always whole. */
export function parseBookingRules(prefix: string, input: BookingRulesInput): BookingRules {
  const minimumStay = input.minimumStay ?? DEFAULT_BOOKING_RULES.minimumStay;
  if (!Number.isInteger(minimumStay) || minimumStay < 1 || minimumStay > MAX_STAY_NIGHTS) {
    throw new InvalidInput(`${prefix}.minimumStay`, `must be a whole number of nights from 1 to ${MAX_STAY_NIGHTS}`);
  }
  const timeZone = input.timeZone?.trim() || DEFAULT_TIME_ZONE;
  if (!isTimeZone(timeZone)) throw new InvalidInput(`${prefix}.timeZone`, `must be an IANA time zone such as Europe/Paris (got "${timeZone}")`);
  return {
    minimumStay,
    leadTime: input.leadTime ? parseLeadTime(`${prefix}.leadTime`, input.leadTime) : DEFAULT_BOOKING_RULES.leadTime,
    closedToArrival: weekdays(`${prefix}.closedToArrival`, input.closedToArrival ?? []),
    closedToDeparture: weekdays(`${prefix}.closedToDeparture`, input.closedToDeparture ?? []),
    timeZone,
  };
}

/** The first day a stay may start, booked at `today`, `hour` (local to the accommodation). */
export function earliestArrival(leadTime: LeadTime, today: CalendarDate, hour: number): CalendarDate {
  switch (leadTime.kind) {
    case 'SAME_DAY':
      return today;
    case 'SAME_DAY_UNTIL':
      return hour < leadTime.hour ? today : addDays(today, 1);
    case 'NEXT_DAY':
      return addDays(today, 1);
    case 'NEXT_DAY_UNTIL':
      return addDays(today, hour < leadTime.hour ? 1 : 2);
    case 'DAYS_AHEAD':
      return addDays(today, leadTime.days);
    default:
      return assertNever(leadTime);
  }
}

/** What a lead time asks of a guest, in English (the API's language) or in French. */
export function describeLeadTime(leadTime: LeadTime, lang: Lang = 'EN'): string {
  const french = lang === 'FR';
  switch (leadTime.kind) {
    case 'SAME_DAY':
      return french ? 'les séjours peuvent commencer le jour même de la réservation' : 'stays may start the day they are booked';
    case 'SAME_DAY_UNTIL':
      return french ? `les séjours peuvent commencer le jour même de la réservation, avant ${leadTime.hour} h` : `stays may start the day they are booked until ${leadTime.hour}:00`;
    case 'NEXT_DAY':
      return french ? "les séjours se réservent au plus tard la veille de l'arrivée" : 'stays must be booked by the day before arrival';
    case 'NEXT_DAY_UNTIL':
      return french ? `les séjours se réservent au plus tard la veille de l'arrivée, avant ${leadTime.hour} h` : `stays must be booked by ${leadTime.hour}:00 the day before arrival`;
    case 'DAYS_AHEAD':
      return french ? `les séjours se réservent au moins ${leadTime.days} jours à l'avance` : `stays must be booked at least ${leadTime.days} days ahead`;
    default:
      return assertNever(leadTime);
  }
}

function parseLeadTime(field: string, input: NonNullable<BookingRulesInput['leadTime']>): LeadTime {
  const { kind, hour, days } = input;
  if (!(LEAD_TIME_KINDS as readonly string[]).includes(kind)) throw new InvalidInput(`${field}.kind`, `must be one of ${LEAD_TIME_KINDS.join(', ')}`);
  const withHour = kind === 'SAME_DAY_UNTIL' || kind === 'NEXT_DAY_UNTIL';
  const withDays = kind === 'DAYS_AHEAD';
  if (!withHour && hour !== null && hour !== undefined) throw new InvalidInput(`${field}.hour`, 'applies only to SAME_DAY_UNTIL and NEXT_DAY_UNTIL');
  if (!withDays && days !== null && days !== undefined) throw new InvalidInput(`${field}.days`, 'applies only to DAYS_AHEAD');
  if (withHour) {
    if (hour === null || hour === undefined || !Number.isInteger(hour) || hour < 1 || hour > 23) throw new InvalidInput(`${field}.hour`, `is required for ${kind}: a whole hour from 1 to 23`);
    return { kind, hour };
  }
  if (withDays) {
    if (days === null || days === undefined || !Number.isInteger(days) || days < 1 || days > MAX_DAYS_AHEAD) throw new InvalidInput(`${field}.days`, `is required for DAYS_AHEAD: a whole number from 1 to ${MAX_DAYS_AHEAD}`);
    return { kind, days };
  }
  return { kind: kind as 'SAME_DAY' | 'NEXT_DAY' };
}

/** Listed once each, in week order, so equal rules compare equal whatever order they came in. */
function weekdays(field: string, values: readonly string[]): Weekday[] {
  values.forEach((value, i) => {
    if (!(WEEKDAYS as readonly string[]).includes(value)) throw new InvalidInput(`${field}[${i}]`, `must be one of ${WEEKDAYS.join(', ')}`);
  });
  if (new Set(values).size === WEEKDAYS.length) throw new InvalidInput(field, 'must leave at least one weekday open');
  return WEEKDAYS.filter((day) => values.includes(day));
}
