import ICAL from 'ical.js';
import { addDays, daysBetween, type CalendarDate } from '../../../shared/kernel/calendar-date';
import { dayOf, isRealDay } from './feed-clock';

/**
 * Where to start walking a rule so that an old series (a birthday yearly since 2004) is not
 * walked one occurrence at a time up to today: ical.js can only start at DTSTART, and each step
 * of a yearly rule costs tens of microseconds. Only rules whose occurrences follow from DTSTART
 * alone are moved (no BY parts; no COUNT, which counts from the first), and only to a day the
 * rule itself gives, so what is read stays the same. `target` is the last day worth starting
 * before; the start never passes UNTIL.
 */
export function startNear(rule: ICAL.Recur, dtstart: ICAL.Time, target: CalendarDate): ICAL.Time {
  if (rule.count || Object.keys(rule.parts).length > 0) return dtstart;
  const first = dayOf(dtstart);
  const until = rule.until ? dayOf(rule.until) : null;
  const limit = until !== null && until < target ? until : target;
  const interval = Math.max(1, rule.interval || 1);
  switch (rule.freq) {
    case 'DAILY':
    case 'WEEKLY': {
      const step = interval * (rule.freq === 'DAILY' ? 1 : 7);
      const periods = Math.floor(daysBetween(first, limit) / step);
      if (periods <= 0) return dtstart;
      const [year, month, day] = addDays(first, periods * step).split('-').map(Number);
      return moved(dtstart, year, month, day);
    }
    case 'MONTHLY':
      return latest(dtstart, limit, interval, 1);
    case 'YEARLY':
      return latest(dtstart, limit, interval, 12);
    default:
      return dtstart;
  }
}

/**
 * The latest occurrence on or before `limit` of a rule stepping `interval × months` months from
 * DTSTART, skipping the months that lack its day (the 31st, 29 February) as the rule does.
 */
function latest(dtstart: ICAL.Time, limit: CalendarDate, interval: number, months: number): ICAL.Time {
  const [year, month, day] = limit.split('-').map(Number);
  const elapsed = (year - dtstart.year) * 12 + (month - dtstart.month) - (day < dtstart.day ? 1 : 0);
  for (let periods = Math.floor(elapsed / (interval * months)); periods > 0; periods--) {
    const index = dtstart.month - 1 + periods * interval * months;
    const [candidateYear, candidateMonth] = [dtstart.year + Math.floor(index / 12), (index % 12) + 1];
    if (isRealDay(candidateYear, candidateMonth, dtstart.day)) return moved(dtstart, candidateYear, candidateMonth, dtstart.day);
  }
  return dtstart;
}

function moved(dtstart: ICAL.Time, year: number, month: number, day: number): ICAL.Time {
  const { hour, minute, second, isDate } = dtstart;
  return new ICAL.Time({ year, month, day, hour, minute, second, isDate }, dtstart.zone);
}
