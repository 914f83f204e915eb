import { addDays, describeDate } from '../../../shared/kernel/calendar-date';
import { Unavailable } from '../../../shared/kernel/errors';
import type { Hold } from './hold';

/** The nights asked for are held already; says by what, so the owner can look. */
export class NightsUnavailable extends Unavailable {
  constructor(clash: Hold) {
    const what = clash.kind === 'BLOCK' ? 'blocked by the owner' : 'booked';
    // Named by their nights, first to last: the departure day itself is free.
    const last = addDays(clash.departure, -1);
    const nights = last === clash.arrival ? `the night of ${describeDate(clash.arrival)} is` : `the nights of ${describeDate(clash.arrival)} to ${describeDate(last)} are`;
    super(`These nights are not free: ${nights} ${what}`);
  }
}
