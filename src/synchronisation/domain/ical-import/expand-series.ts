import type ICAL from 'ical.js';
import { addDays, type CalendarDate } from '../../../shared/kernel/calendar-date';
import { startNear } from './fast-forward';
import { dayOf, momentKey, type FeedClock, type Moment } from './feed-clock';
import type { FeedReadingOptions } from './feed-reading';
import type { Series, VeventRecord } from './read-vevent';

/** One occurrence of a series where its rule puts it, before any override moves it. */
export interface Occurrence {
  readonly recurrenceId: string;
  /** The day its start names, for an override or EXDATE given as a DATE on a timed series. */
  readonly day: CalendarDate;
  readonly start: Moment;
  readonly end: Moment;
}

/** A feed may hold a hostile or absurd rule (every second since 1970); what one read may cost. */
export const MAX_OCCURRENCES = 5_000;
export const MAX_STEPS = 100_000;
export const MAX_STEPS_PER_SERIES = 20_000;

export class ExpansionLimitReached extends Error {}

/** Shared by every series of one feed, so many rules cannot add up to what one may not do. */
export class ExpansionBudget {
  private steps = 0;
  private occurrences = 0;

  step(seriesSteps: number): void {
    if (++this.steps > MAX_STEPS) throw new ExpansionLimitReached(`the feed's rules took more than ${MAX_STEPS} steps`);
    if (seriesSteps > MAX_STEPS_PER_SERIES) throw new ExpansionLimitReached(`its rule took more than ${MAX_STEPS_PER_SERIES} steps`);
  }

  occurrence(): void {
    if (++this.occurrences > MAX_OCCURRENCES) throw new ExpansionLimitReached(`the feed repeats events more than ${MAX_OCCURRENCES} times`);
  }
}

/**
 * The occurrences of a series that arrive before the horizon's end: DTSTART (RFC 5545 counts it
 * whether or not the rule gives it), the RDATEs and each RRULE, without the EXDATEs, each once.
 * Order is not kept across them. Returns whether the series goes on beyond the horizon. Throws
 * ExpansionLimitReached when the budget runs out; what was yielded before stands.
 */
export function* expandSeries(
  master: VeventRecord,
  series: Series,
  clock: FeedClock,
  horizon: FeedReadingOptions,
  budget: ExpansionBudget,
): Generator<Occurrence, boolean> {
  const seen = new Set<string>();
  let beyond = false;
  const visit = (start: Moment, day: CalendarDate, end: Moment | null): Occurrence | null => {
    const recurrenceId = momentKey(start);
    if (clock.day(start) >= horizon.to) {
      beyond = true;
      return null;
    }
    if (seen.has(recurrenceId) || series.excluded.has(recurrenceId) || series.excluded.has(day)) return null;
    seen.add(recurrenceId);
    return { recurrenceId, day, start, end: end ?? endAfter(start, master.span, clock) };
  };

  const first = visit(master.start, dayOf(series.dtstart), null);
  if (first) yield first;
  for (const date of series.dates) {
    const occurrence = visit(date.start, date.day, date.end);
    if (occurrence) yield occurrence;
  }
  // Started a little before `from`, so that a long occurrence still running then is found.
  const target = addDays(horizon.from, -(spanDays(master.span) + 2));
  for (const rule of series.rules) {
    let steps = 0;
    const iterator = bounded(rule.iterator(startNear(rule, series.dtstart, target)), () => budget.step(++steps));
    for (let time = iterator.next(); time; time = iterator.next()) {
      const start = clock.moment(time, series.tzid);
      if (clock.day(start) >= horizon.to) {
        beyond = true;
        break;
      }
      const occurrence = visit(start, dayOf(time), null);
      if (occurrence) yield occurrence;
    }
  }
  return beyond;
}

/**
 * ical.js 2.2.1 loops without end inside a single `next()` on a rule no day satisfies
 * (FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30), so counting occurrences cannot stop it. Every candidate
 * it examines passes through `check_contracting_rules`: counting there bounds the work.
 */
function bounded(iterator: ICAL.RecurIterator, spend: () => void): ICAL.RecurIterator {
  const check = iterator.check_contracting_rules.bind(iterator);
  iterator.check_contracting_rules = () => {
    spend();
    return check();
  };
  return iterator;
}

const DAY_MS = 86_400_000;

function endAfter(start: Moment, span: VeventRecord['span'], clock: FeedClock): Moment {
  if ('days' in span) return { day: addDays(clock.day(start), span.days) };
  return 'instant' in start ? { instant: start.instant + span.milliseconds } : { day: addDays(start.day, Math.max(1, Math.ceil(span.milliseconds / DAY_MS))) };
}

const spanDays = (span: VeventRecord['span']): number => ('days' in span ? span.days : Math.ceil(span.milliseconds / DAY_MS));
