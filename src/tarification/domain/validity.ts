import { calendarDate, type CalendarDate } from '../../shared/kernel/calendar-date';
import { InvalidInput } from '../../shared/kernel/errors';

/**
 * When an offer may be used: the days on which a stay is booked with it, inclusive, in the
 * accommodation's time zone. Either end may be open. For a promo code this is when it can be
 * typed in; a promotion follows the same rule, so both read alike to owners.
 */
export interface Validity {
  readonly validFrom: CalendarDate | null;
  readonly validTo: CalendarDate | null;
}

export function parseValidity(prefix: string, input: { readonly validFrom?: string | null; readonly validTo?: string | null }): Validity {
  const validFrom = input.validFrom ? calendarDate(`${prefix}.validFrom`, input.validFrom) : null;
  const validTo = input.validTo ? calendarDate(`${prefix}.validTo`, input.validTo) : null;
  if (validFrom !== null && validTo !== null && validTo < validFrom) throw new InvalidInput(`${prefix}.validTo`, 'must not be before validFrom');
  return { validFrom, validTo };
}

export const isValidOn = (validity: Validity, today: CalendarDate): boolean =>
  (validity.validFrom === null || validity.validFrom <= today) && (validity.validTo === null || today <= validity.validTo);
