import { IANAZone } from 'luxon';
import type { CalendarDate } from '../../../shared/kernel/calendar-date';

const QUARTER_HOUR_MS = 15 * 60_000;
const MINUTE_MS = 60_000;

/**
 * An IANA zone's offsets, asked of luxon once per quarter of an hour: an import converts each
 * occurrence it walks, and luxon's Intl lookup was most of the cost of a long series. Offsets
 * are whole quarters of an hour and change at a local whole hour, hence on a UTC quarter hour,
 * so the cache is exact for any date a booking can have (not for 19th-century local mean time).
 */
export class ZoneOffsets {
  private readonly zone: IANAZone;
  private readonly minutes = new Map<number, number>();

  constructor(name: string) {
    this.zone = IANAZone.create(name);
  }

  /** The day it is in the zone at `instant`. */
  day(instant: number): CalendarDate {
    return new Date(instant + this.offset(instant) * MINUTE_MS).toISOString().slice(0, 10);
  }

  /**
   * The instant a wall-clock reading names, given as if it were UTC. A reading skipped by a
   * change of time, or read twice, resolves as luxon's `DateTime.fromObject` does.
   */
  instant(wallAsUtc: number): number {
    const guess = this.offset(wallAsUtc);
    const first = wallAsUtc - guess * MINUTE_MS;
    const atFirst = this.offset(first);
    if (atFirst === guess) return first;
    const second = first - (atFirst - guess) * MINUTE_MS;
    const atSecond = this.offset(second);
    return atSecond === atFirst ? second : wallAsUtc - Math.min(atFirst, atSecond) * MINUTE_MS;
  }

  private offset(instant: number): number {
    const quarter = Math.floor(instant / QUARTER_HOUR_MS);
    let minutes = this.minutes.get(quarter);
    if (minutes === undefined) {
      minutes = this.zone.offset(quarter * QUARTER_HOUR_MS);
      this.minutes.set(quarter, minutes);
    }
    return minutes;
  }
}
