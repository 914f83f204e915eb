import ICAL from 'ical.js';
import { IANAZone } from 'luxon';
import { addDays, type CalendarDate } from '../../../shared/kernel/calendar-date';
import { ZoneOffsets } from './zone-offsets';

/** Where an event starts or ends: a day for a DATE value, an instant (epoch milliseconds) for a DATE-TIME. */
export type Moment = { readonly day: CalendarDate } | { readonly instant: number };

/** The nights an event holds where the accommodation is. */
export interface Nights {
  readonly arrival: CalendarDate;
  readonly departure: CalendarDate;
}

type WallClock = (time: ICAL.Time) => number;

/**
 * Reads a feed's times in the accommodation's zone. A TZID that names an IANA zone is read with
 * luxon's database rather than the file's VTIMEZONE, which may be stale or absent (Google and
 * Apple often send none); a TZID only the file defines (Outlook's `"(UTC-03:00) Brasília"`) is
 * read with that definition; a floating time, or a TZID nobody defines, is taken as the
 * accommodation's own clock: a stay's 16:00 is the gîte's 16:00.
 */
export class FeedClock {
  private readonly wallClocks = new Map<string, WallClock>();
  private readonly home: ZoneOffsets;

  constructor(
    zone: string,
    private readonly timezones: ReadonlyMap<string, ICAL.Component>,
  ) {
    this.home = new ZoneOffsets(zone);
  }

  moment(time: ICAL.Time, tzid: string | null): Moment {
    if (time.isDate) return { day: dayOf(time) };
    if (time.zone === ICAL.Timezone.utcTimezone) return { instant: utc(time) };
    return { instant: this.wallClock(tzid)(time) };
  }

  day(moment: Moment): CalendarDate {
    return 'day' in moment ? moment.day : this.home.day(moment.instant);
  }

  /**
   * The nights from `start` to `end`, at least one (a timed event within a day still takes that
   * night), or null when the event ends before it starts.
   */
  nights(start: Moment, end: Moment): Nights | null {
    const arrival = this.day(start);
    const last = this.day(end);
    const backwards = 'instant' in start && 'instant' in end ? end.instant < start.instant : last < arrival;
    if (backwards) return null;
    return { arrival, departure: last > arrival ? last : addDays(arrival, 1) };
  }

  private wallClock(tzid: string | null): WallClock {
    const key = tzid ?? '';
    let clock = this.wallClocks.get(key);
    if (!clock) {
      clock = this.resolve(tzid);
      this.wallClocks.set(key, clock);
    }
    return clock;
  }

  private resolve(tzid: string | null): WallClock {
    if (tzid !== null && IANAZone.isValidZone(tzid)) {
      const offsets = new ZoneOffsets(tzid);
      return (time) => offsets.instant(utc(time));
    }
    const definition = tzid === null ? undefined : this.timezones.get(tzid);
    if (definition) {
      const timezone = new ICAL.Timezone(definition);
      return (time) => new ICAL.Time(wallFields(time), timezone).toUnixTime() * 1000;
    }
    return (time) => this.home.instant(utc(time));
  }
}

/** A recurrence id as FeedEvent carries it: the day, or the UTC instant to the second. */
export const momentKey = (moment: Moment): string => ('day' in moment ? moment.day : `${new Date(moment.instant).toISOString().slice(0, 19)}Z`);

/** The day written in an ICAL.Time, whatever its zone: what a DATE-valued EXDATE or RECURRENCE-ID names. */
export const dayOf = (time: ICAL.Time): CalendarDate => `${pad(time.year, 4)}-${pad(time.month, 2)}-${pad(time.day, 2)}`;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether the day exists (no 30 February, no month 13), for any year a file may write. */
export function isRealDay(year: number, month: number, day: number): boolean {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && !leap ? 28 : DAYS_IN_MONTH[month - 1]);
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

const wallFields = (time: ICAL.Time) => ({ year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute, second: time.second, isDate: false });

/** The wall clock of `time` read as UTC. `Date.UTC` would read the years 0–99 as 1900–1999. */
function utc(time: ICAL.Time): number {
  const date = new Date(0);
  date.setUTCFullYear(time.year, time.month - 1, time.day);
  return date.setUTCHours(time.hour, time.minute, time.second);
}
