import type { CalendarDate } from '../../../shared/kernel/calendar-date';
import type { Hold } from './hold';

/**
 * The holds of a planning in order of arrival, for finding what holds a range in log time: a
 * planning's holds never overlap, so the last one arriving before the range ends is the only one
 * that can reach into it. An import of thousands of stays checks each against it, where a scan of
 * every hold per stay would take the square of their number.
 */
export class HoldIndex {
  private readonly sorted: Hold[];

  constructor(holds: Iterable<Hold>) {
    this.sorted = [...holds].sort((a, b) => compare(a.arrival, b.arrival));
  }

  /** A hold holding some night of the range, if any. */
  clashWith(range: { arrival: CalendarDate; departure: CalendarDate }): Hold | undefined {
    const last = this.lastArrivingBefore(range.departure);
    const hold = last >= 0 ? this.sorted[last] : undefined;
    return hold && hold.departure > range.arrival ? hold : undefined;
  }

  add(hold: Hold): void {
    this.sorted.splice(this.lastArrivingBefore(hold.arrival, true) + 1, 0, hold);
  }

  remove(hold: Hold): void {
    // Holds arriving the same day are next to each other: the one with this id is among them.
    for (let i = this.lastArrivingBefore(hold.arrival, true); i >= 0 && this.sorted[i].arrival === hold.arrival; i--) {
      if (this.sorted[i].holdId === hold.holdId) {
        this.sorted.splice(i, 1);
        return;
      }
    }
  }

  /** The index of the last hold arriving before `day` (or on it, with `orOn`); -1 when none does. */
  private lastArrivingBefore(day: CalendarDate, orOn = false): number {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const arrival = this.sorted[middle].arrival;
      if (arrival < day || (orOn && arrival === day)) low = middle + 1;
      else high = middle;
    }
    return low - 1;
  }
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
