import ICAL from 'ical.js';
import { addDays, daysBetween, type CalendarDate } from '../../../shared/kernel/calendar-date';
import { nameBasedUuid } from '../../../shared/kernel/ids';
import { SOURCE_LINE } from './calendar-blocks';
import { dayOf, momentKey, type FeedClock, type Moment, type Nights } from './feed-clock';
import type { FeedProblem } from './feed-reading';
import { UNREADABLE } from './repair-content-line';

/** A VEVENT as the import understands it: its own nights, and its rule when it recurs. */
export interface VeventRecord {
  readonly uid: string;
  /** The RECURRENCE-ID of an occurrence this event overrides, as FeedEvent carries it. */
  readonly recurrenceId: string | null;
  readonly sequence: number;
  readonly line: number;
  /** How a problem names it: `Event "Reserved" (UID 1418fb94e984@airbnb.com, line 12)`. */
  readonly label: string;
  readonly summary: string | null;
  readonly status: string;
  readonly transparent: boolean;
  readonly start: Moment;
  readonly nights: Nights;
  /** How long each occurrence lasts, taken from this event's own DTSTART and DTEND. */
  readonly span: { days: number } | { milliseconds: number };
  readonly series: Series | null;
}

/** What RRULE, RDATE and EXDATE say, for the expansion. */
export interface Series {
  readonly dtstart: ICAL.Time;
  readonly tzid: string | null;
  readonly rules: readonly ICAL.Recur[];
  /** RDATEs, with the day each names; a PERIOD brings its own end. */
  readonly dates: readonly { readonly start: Moment; readonly day: CalendarDate; readonly end: Moment | null }[];
  /** EXDATEs as recurrence ids: the instant, or the day a DATE-valued one names. */
  readonly excluded: ReadonlySet<string>;
}

export type VeventReading = { readonly record: VeventRecord | null; readonly problems: FeedProblem[] };

/** Names whose unreadable value leaves no event to hold; an unreadable RRULE, RDATE or EXDATE leaves the rest. */
const ESSENTIAL = new Set(['DTSTART', 'DTEND', 'DURATION', 'RECURRENCE-ID']);

export function readVevent(vevent: ICAL.Component, clock: FeedClock): VeventReading {
  const line = Number(vevent.getFirstPropertyValue(SOURCE_LINE.toLowerCase()));
  const givenUid = text(vevent, 'uid');
  const summary = text(vevent, 'summary');
  const label = `Event${summary === null ? '' : ` "${summary}"`} (${givenUid === null ? '' : `UID ${givenUid}, `}line ${line})`;
  const problem = (code: FeedProblem['code'], message: string): FeedProblem => ({ code, uid: givenUid, line, message: `${label}${message}` });
  const problems: FeedProblem[] = [];

  for (const property of vevent.getAllProperties()) {
    const name = property.name.toUpperCase();
    if (!name.startsWith(UNREADABLE)) continue;
    const what = name.slice(UNREADABLE.length);
    const value = String(property.getFirstValue());
    if (ESSENTIAL.has(what)) return { record: null, problems: [problem('BAD_DATE', `: its ${what} "${value}" is not a date: skipped`)] };
    problems.push(problem('BAD_RECURRENCE', `: its ${what} "${value}" cannot be read; the occurrences that can be read are held`));
  }

  const dtstart = vevent.getFirstProperty('dtstart');
  const startTime = dtstart?.getFirstValue();
  if (!dtstart || !(startTime instanceof ICAL.Time)) return { record: null, problems: [problem('NO_START', ' has no DTSTART: skipped')] };
  const tzid = tzidOf(dtstart);
  const start = clock.moment(startTime, tzid);
  const end = endOf(vevent, startTime, start, tzid, clock);
  const nights = clock.nights(start, end);
  if (!nights) {
    const ending = vevent.getFirstProperty('dtend') ?? vevent.getFirstProperty('duration');
    const stated = ending ? `, ${ending.name.toUpperCase()} ${String(ending.getFirstValue())}` : '';
    return { record: null, problems: [problem('END_BEFORE_START', ` ends before it starts (DTSTART ${startTime.toString()}${stated}): skipped`)] };
  }

  const recurrence = vevent.getFirstProperty('recurrence-id');
  const recurrenceTime = recurrence?.getFirstValue();
  const recurrenceId = recurrence && recurrenceTime instanceof ICAL.Time ? momentKey(clock.moment(recurrenceTime, tzidOf(recurrence))) : null;
  const record: VeventRecord = {
    uid: givenUid ?? derivedUid(vevent),
    recurrenceId,
    sequence: sequenceOf(vevent),
    line,
    label,
    summary,
    status: (text(vevent, 'status') ?? '').toUpperCase(),
    transparent: (text(vevent, 'transp') ?? '').toUpperCase() === 'TRANSPARENT',
    start,
    nights,
    span: 'instant' in start && 'instant' in end ? { milliseconds: end.instant - start.instant } : { days: daysBetween(nights.arrival, nights.departure) },
    // An override is one occurrence; a rule on it (RANGE=THISANDFUTURE) is beyond what feeds send.
    series: recurrenceId === null ? seriesOf(vevent, startTime, tzid, clock) : null,
  };
  return { record, problems };
}

/**
 * RFC 5545 §3.6.1: without DTEND, DURATION gives the end; without either, an all-day event
 * lasts one day and a timed one no time (it still takes its night). A DURATION is added to the
 * wall clock, so P1D stays a day across a change of time.
 */
function endOf(vevent: ICAL.Component, start: ICAL.Time, startMoment: Moment, tzid: string | null, clock: FeedClock): Moment {
  const dtend = vevent.getFirstProperty('dtend');
  const endTime = dtend?.getFirstValue();
  if (dtend && endTime instanceof ICAL.Time) return clock.moment(endTime, tzidOf(dtend));
  const duration = vevent.getFirstPropertyValue('duration');
  if (duration instanceof ICAL.Duration) {
    if (start.isDate) {
      const days = duration.toSeconds() / 86_400;
      return { day: addDays(dayOf(start), days < 0 ? Math.floor(days) : Math.ceil(days)) };
    }
    const end = start.clone();
    end.addDuration(duration);
    return clock.moment(end, tzid);
  }
  return start.isDate ? { day: addDays(dayOf(start), 1) } : startMoment;
}

function seriesOf(vevent: ICAL.Component, dtstart: ICAL.Time, tzid: string | null, clock: FeedClock): Series | null {
  const rules = vevent.getAllProperties('rrule').flatMap((property) => values(property).filter((value): value is ICAL.Recur => value instanceof ICAL.Recur));
  const rdates = vevent.getAllProperties('rdate');
  if (rules.length === 0 && rdates.length === 0) return null;
  const dates = rdates.flatMap((property) => {
    const zone = tzidOf(property);
    return values(property).flatMap((value): Series['dates'][number][] => {
      if (value instanceof ICAL.Time) return [{ start: clock.moment(value, zone), day: dayOf(value), end: null }];
      if (value instanceof ICAL.Period) return [{ start: clock.moment(value.start, zone), day: dayOf(value.start), end: clock.moment(value.getEnd(), zone) }];
      return [];
    });
  });
  const excluded = new Set(
    vevent.getAllProperties('exdate').flatMap((property) => {
      const zone = tzidOf(property);
      return values(property).flatMap((value) => (value instanceof ICAL.Time ? [momentKey(clock.moment(value, zone))] : []));
    }),
  );
  return { dtstart, tzid, rules, dates, excluded };
}

/**
 * A feed without UIDs (hand-made calendars, some exporters) must still name its events the same
 * way on every read, or each import would replace every hold: the id comes from what the event
 * says. Two events saying exactly the same are one.
 */
function derivedUid(vevent: ICAL.Component): string {
  const said = ['dtstart', 'dtend', 'duration', 'summary'].map((name) => vevent.getFirstProperty(name)?.toICALString() ?? '');
  return nameBasedUuid(`ical-event-without-uid\n${said.join('\n')}`);
}

function sequenceOf(vevent: ICAL.Component): number {
  const sequence = vevent.getFirstPropertyValue('sequence');
  return typeof sequence === 'number' && Number.isInteger(sequence) && sequence >= 0 ? sequence : 0;
}

function text(vevent: ICAL.Component, name: string): string | null {
  const value = vevent.getFirstPropertyValue(name);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function tzidOf(property: ICAL.Property): string | null {
  const tzid: unknown = property.getFirstParameter('tzid');
  return typeof tzid === 'string' && tzid !== '' ? tzid : null;
}

const values = (property: ICAL.Property): unknown[] => property.getValues();
