import ICAL from 'ical.js';
import { isTimeZone } from '../../../shared/kernel/calendar-date';
import { calendarBlocks, SOURCE_LINE, type CalendarBlock } from './calendar-blocks';
import { ExpansionBudget, ExpansionLimitReached, expandSeries } from './expand-series';
import { FeedClock, momentKey, type Nights } from './feed-clock';
import type { FeedEvent, FeedProblem, FeedReading, FeedReadingOptions } from './feed-reading';
import { NotICalendar } from './ical-import.errors';
import { readVevent, type Series, type VeventRecord } from './read-vevent';
import { sanitiseIcal } from './sanitise-ical';

/**
 * The nights a platform's iCalendar feed holds, read as forgivingly as the feeds are written:
 * what cannot be read is reported by name and line and left out, and the rest is read. Throws
 * NotICalendar when the answer is no calendar at all, so that the caller changes nothing.
 */
export function readIcalFeed(input: Uint8Array | string, options: FeedReadingOptions): FeedReading {
  if (!isTimeZone(options.zone)) throw new RangeError(`zone must be an IANA time zone such as Europe/Paris (got "${options.zone}")`);
  const { vevents, timezones, problems } = parseCalendars(calendarBlocks(sanitiseIcal(input)));
  const clock = new FeedClock(options.zone, timezones);
  // An event that cannot be read is left out before its versions are compared: an older version
  // the file still holds is read instead, so a broken line never frees the nights it held.
  const records: VeventRecord[] = [];
  for (const vevent of vevents) {
    const reading = readSafely(vevent, clock);
    problems.push(...reading.problems);
    if (reading.record) records.push(reading.record);
  }
  const tally = new FeedTally(options);
  const budget = new ExpansionBudget();
  for (const { master, overrides } of groupByUid(records)) {
    if (master?.series) problems.push(...expandInto(tally, master, master.series, overrides, clock, budget));
    // An override naming a single event's own start is that event's newer version.
    else if (master && !overrides.has(momentKey(master.start))) tally.single(master, master.nights, null);
    // An override whose occurrence the series never reached (or that has no series) still holds its nights.
    for (const override of overrides.values()) tally.single(override, override.nights, override.recurrenceId);
  }
  return {
    events: tally.events.sort((a, b) => compare(a.arrival, b.arrival) || compare(a.uid, b.uid) || compare(a.recurrenceId ?? '', b.recurrenceId ?? '')),
    problems: problems.sort((a, b) => a.line - b.line),
    skipped: tally.skipped,
  };
}

function parseCalendars(blocks: readonly CalendarBlock[]) {
  const problems: FeedProblem[] = [];
  const vevents: ICAL.Component[] = [];
  const timezones = new Map<string, ICAL.Component>();
  for (const block of blocks) {
    let calendar: ICAL.Component;
    try {
      const jcal: unknown = ICAL.parse(block.text);
      calendar = new ICAL.Component(jcal as unknown[]);
    } catch (error) {
      const message = `The calendar at line ${block.line} cannot be read (${String(error)}): none of its events is held`;
      problems.push({ code: 'UNREADABLE_CALENDAR', uid: null, line: block.line, message });
      continue;
    }
    vevents.push(...calendar.getAllSubcomponents('vevent'));
    for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
      const tzid = vtimezone.getFirstPropertyValue('tzid');
      if (typeof tzid === 'string' && !timezones.has(tzid)) timezones.set(tzid, vtimezone);
    }
  }
  if (problems.length === blocks.length) throw new NotICalendar('UNREADABLE', problems.map((problem) => problem.message).join('; '));
  return { vevents, timezones, problems };
}

/** Whatever ical.js throws on one event costs that event only. */
function readSafely(vevent: ICAL.Component, clock: FeedClock): { record: VeventRecord | null; problems: FeedProblem[] } {
  try {
    return readVevent(vevent, clock);
  } catch (error) {
    const line = Number(vevent.getFirstPropertyValue(SOURCE_LINE.toLowerCase()));
    const message = `Event at line ${line} cannot be read (${String(error)}): skipped`;
    return { record: null, problems: [{ code: 'UNREADABLE_EVENT', uid: null, line, message }] };
  }
}

interface UidGroup {
  master: VeventRecord | null;
  readonly overrides: Map<string, VeventRecord>;
}

function groupByUid(records: readonly VeventRecord[]): UidGroup[] {
  const groups = new Map<string, UidGroup>();
  for (const record of records) {
    const group = groups.get(record.uid) ?? { master: null, overrides: new Map<string, VeventRecord>() };
    groups.set(record.uid, group);
    if (record.recurrenceId === null) group.master = newer(group.master, record);
    else group.overrides.set(record.recurrenceId, newer(group.overrides.get(record.recurrenceId) ?? null, record));
  }
  return [...groups.values()];
}

/**
 * RFC 5545 §3.8.7.4: the highest SEQUENCE is the event's latest version. At equal SEQUENCE the
 * later one in the file wins, as a platform appends what it changed.
 */
const newer = (kept: VeventRecord | null, next: VeventRecord): VeventRecord => (kept === null || next.sequence >= kept.sequence ? next : kept);

/**
 * A series' occurrences, each replaced by its override when there is one, whether the override
 * comes before or after the series in the file (overrides used are taken out of `overrides`).
 * Returns the problems met.
 */
function expandInto(tally: FeedTally, master: VeventRecord, series: Series, overrides: Map<string, VeventRecord>, clock: FeedClock, budget: ExpansionBudget): FeedProblem[] {
  let current = false;
  try {
    const walk = expandSeries(master, series, clock, tally.horizon, budget);
    let step = walk.next();
    for (; !step.done; step = walk.next()) {
      const occurrence = step.value;
      const override = overrides.get(occurrence.recurrenceId) ?? overrides.get(occurrence.day);
      if (override?.recurrenceId) overrides.delete(override.recurrenceId);
      const nights = override?.nights ?? clock.nights(occurrence.start, occurrence.end);
      if (!nights || nights.departure <= tally.horizon.from) continue;
      budget.occurrence();
      tally.occurrence(override ?? master, nights, override?.recurrenceId ?? occurrence.recurrenceId);
      current = true;
    }
    // A series that ended before today is past; one that only resumes beyond the horizon is not.
    if (!current && !step.value) tally.skipped.past++;
    return [];
  } catch (error) {
    const cut = error instanceof ExpansionLimitReached;
    const message = cut
      ? `${master.label} repeats beyond what one import reads (${error.message}): its later occurrences are not held`
      : `${master.label}: its recurrence cannot be expanded (${String(error)}); the occurrences read before are held`;
    return [{ code: cut ? 'TOO_MANY_OCCURRENCES' : 'BAD_RECURRENCE', uid: master.uid, line: master.line, message }];
  }
}

/** What the feed holds from `from` on, and what it says that is not a hold. */
class FeedTally {
  readonly events: FeedEvent[] = [];
  readonly skipped = { cancelled: 0, transparent: 0, past: 0 };

  constructor(readonly horizon: FeedReadingOptions) {}

  single(record: VeventRecord, nights: Nights, recurrenceId: string | null): void {
    if (nights.departure <= this.horizon.from) this.skipped.past++;
    else this.occurrence(record, nights, recurrenceId);
  }

  /** STATUS:CANCELLED and TRANSP:TRANSPARENT say the nights are free (RFC 5545 §3.8.1.11, §3.8.2.7). */
  occurrence(record: VeventRecord, nights: Nights, recurrenceId: string | null): void {
    if (record.status === 'CANCELLED') this.skipped.cancelled++;
    else if (record.transparent) this.skipped.transparent++;
    else this.events.push({ uid: record.uid, recurrenceId, sequence: record.sequence, ...nights, summary: record.summary, tentative: record.status === 'TENTATIVE', line: record.line });
  }
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
