import { addDays, describeDate, type CalendarDate } from '../../../shared/kernel/calendar-date';
import { Unavailable } from '../../../shared/kernel/errors';
import type { Hold } from './hold';

/** The nights asked for are held already; names the ones that clash, and by what, so the owner can look. */
export class NightsUnavailable extends Unavailable {
  constructor(clash: Hold, asked: Pick<Hold, 'arrival' | 'departure'>) {
    const what = clash.kind === 'BLOCK' ? 'blocked by the owner' : clash.kind === 'PENDING_PAYMENT' ? 'held for a guest paying online' : clash.kind === 'IMPORTED' ? 'taken on another platform’s calendar' : 'booked';
    const first = clash.arrival > asked.arrival ? clash.arrival : asked.arrival;
    const end = clash.departure < asked.departure ? clash.departure : asked.departure;
    super(`These nights are not free: ${describeNights(first, end)} ${what}`);
  }
}

/** Named by their nights, first to last: the departure day itself is free. */
export function describeNights(arrival: CalendarDate, departure: CalendarDate): string {
  const last = addDays(departure, -1);
  return last === arrival ? `the night of ${describeDate(arrival)} is` : `the nights of ${describeDate(arrival)} to ${describeDate(last)} are`;
}

/** Nights long past are closed on the planning: nothing may be held on them any more. */
export class NightsClosed extends Unavailable {
  constructor(closedBefore: CalendarDate) {
    super(`The nights before ${describeDate(closedBefore)} are closed on this planning: they are long past`);
  }
}
