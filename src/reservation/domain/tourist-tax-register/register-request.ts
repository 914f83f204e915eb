import { calendarDate, daysBetween, type CalendarDate } from '../../../shared/kernel/calendar-date';
import { InvalidInput } from '../../../shared/kernel/errors';
import { isInseeCode } from '../../../shared/kernel/french-geography';

/**
 * What an owner asks the registre du logeur for: the nights from `from` to `to`, both included
 * (a month, a quarter, the collection period of a year), and, when the owner declares to more than
 * one authority, the one whose register it is.
 */
export interface RegisterRequest {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  /** "COMMUNE:84050" or "INTERCOMMUNALITY:200054781"; null for every stay, flat amounts included. */
  readonly authority: string | null;
}

/** A year of nights, 29 February included: communes are declared to by the month, quarter or year. */
export const MAX_REGISTER_DAYS = 366;

export class RegisterPeriodReversed extends InvalidInput {
  override readonly reason = 'PERIOD_REVERSED';

  constructor(from: CalendarDate, to: CalendarDate) {
    super('from', `must not be after to (got ${from} after ${to})`);
  }
}

export class RegisterPeriodTooLong extends InvalidInput {
  override readonly reason = 'PERIOD_TOO_LONG';

  constructor(days: number) {
    super('to', `a register covers at most ${MAX_REGISTER_DAYS} nights, a year (got ${days})`);
  }
}

export class MalformedAuthority extends InvalidInput {
  override readonly reason = 'AUTHORITY_MALFORMED';

  constructor(raw: string) {
    super('authority', `must name an authority as its tariff tables do, COMMUNE:<INSEE code> or INTERCOMMUNALITY:<SIREN>, such as COMMUNE:84050 or INTERCOMMUNALITY:200054781 (got "${raw}")`);
  }
}

export function registerRequest(input: { readonly from: string; readonly to: string; readonly authority?: string | null }): RegisterRequest {
  const from = calendarDate('from', input.from);
  const to = calendarDate('to', input.to);
  if (from > to) throw new RegisterPeriodReversed(from, to);
  const days = daysBetween(from, to) + 1;
  if (days > MAX_REGISTER_DAYS) throw new RegisterPeriodTooLong(days);
  const authority = input.authority?.trim() ? authorityKey(input.authority) : null;
  return { from, to, authority };
}

/**
 * An authority's key as the stays record it (`StayTouristTax.authority`), from the key as typed
 * ("commune:2a004"). A SIREN is checked for its form only: a key that names no authority of the
 * owner's simply finds no stay.
 */
export function authorityKey(raw: string): string {
  const [kind, code, ...rest] = raw.trim().toUpperCase().split(':');
  if (rest.length === 0 && kind === 'COMMUNE' && code !== undefined && isInseeCode(code)) return `COMMUNE:${code}`;
  if (rest.length === 0 && kind === 'INTERCOMMUNALITY' && code !== undefined && /^\d{9}$/.test(code)) return `INTERCOMMUNALITY:${code}`;
  throw new MalformedAuthority(raw);
}
