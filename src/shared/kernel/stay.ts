import { addDays, calendarDate, daysBetween, type CalendarDate } from './calendar-date';
import { InvalidInput } from './errors';

/**
 * A stay ("séjour"): an arrival and a number of nights. Nights are half-open: a stay from the
 * 10th to the 15th holds the nights of the 10th to the 14th and lets another arrive on the 15th.
 */
export interface Stay {
  readonly arrival: CalendarDate;
  readonly departure: CalendarDate;
  readonly nights: number;
}

/** A seasonal let ("location saisonnière") may not exceed 90 consecutive days to one tenant. */
export const MAX_STAY_NIGHTS = 90;

export class DepartureNotAfterArrival extends InvalidInput {
  constructor(field: string) {
    super(field, 'the departure must be after the arrival');
  }
}

export class StayTooLong extends InvalidInput {
  constructor(field: string, nights: number) {
    super(field, `a stay may last at most ${MAX_STAY_NIGHTS} nights, the legal limit of a seasonal let (got ${nights})`);
  }
}

/** `prefix` names the input holding `arrival` and `departure`, so errors point at the right one. */
export function stay(prefix: string, arrival: string, departure: string): Stay {
  const from = calendarDate(`${prefix}.arrival`, arrival);
  const to = calendarDate(`${prefix}.departure`, departure);
  const nights = daysBetween(from, to);
  if (nights <= 0) throw new DepartureNotAfterArrival(`${prefix}.departure`);
  if (nights > MAX_STAY_NIGHTS) throw new StayTooLong(`${prefix}.departure`, nights);
  return { arrival: from, departure: to, nights };
}

export const stayOfNights = (arrival: CalendarDate, nights: number): Stay => ({ arrival, departure: addDays(arrival, nights), nights });
