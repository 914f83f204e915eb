import { describeDate } from '../../../shared/kernel/calendar-date';
import { Unavailable } from '../../../shared/kernel/errors';
import type { Hold } from './hold';

/** The nights asked for are held already; says by what, so the owner can look. */
export class NightsUnavailable extends Unavailable {
  constructor(clash: Hold) {
    const what = clash.kind === 'BLOCK' ? 'blocked by the owner' : 'booked';
    super(`These nights are not free: ${describeDate(clash.arrival)} to ${describeDate(clash.departure)} is ${what}`);
  }
}
