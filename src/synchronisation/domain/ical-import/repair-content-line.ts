import ICAL from 'ical.js';
import { isRealDay } from './feed-clock';

const PARAM_VALUE = '(?:"[^"]*"|[^";:,]*)';
const PARAM = `;[A-Za-z0-9-]+=${PARAM_VALUE}(?:,${PARAM_VALUE})*`;
/** RFC 5545 §3.1: `NAME[;PARAM=value[,value]…]:value`. Anything else (`X`, HTML, JSON) is not a content line. */
const CONTENT_LINE = new RegExp(`^([A-Za-z0-9-]+)((?:${PARAM})*):(.*)$`, 's');
const ONE_PARAM = new RegExp(PARAM, 'g');

/** Properties holding dates or lists of them, which ical.js reads by the declared VALUE type. */
const DATE_PROPERTIES = new Set(['DTSTART', 'DTEND', 'DUE', 'RECURRENCE-ID', 'EXDATE', 'RDATE']);

/** The name an unreadable property is kept under, so that the reader can name it in a problem. */
export const UNREADABLE = 'X-UNREADABLE-';

/**
 * The line as ical.js can read it, or null when it is not a content line at all. BEGIN and END
 * are normalised (`begin:vevent ` → `BEGIN:VEVENT`) for the calendar splitter.
 */
export function repairContentLine(text: string): string | null {
  const match = CONTENT_LINE.exec(text);
  if (!match) return null;
  const [, name, paramText, value] = match;
  const upper = name.toUpperCase();
  if (upper === 'BEGIN' || upper === 'END') return /^[A-Za-z0-9-]+$/.test(value.trim()) ? `${upper}:${value.trim().toUpperCase()}` : null;
  const params = paramText.match(ONE_PARAM) ?? [];
  if (DATE_PROPERTIES.has(upper)) return repairDates(upper, params, value);
  // ical.js parses a rule while it parses the file: one bad RRULE would lose the whole calendar.
  if (upper === 'RRULE') return readableRule(value) ? text : unreadable(upper, params, value);
  if (upper === 'DURATION') return readableDuration(value) ? text : unreadable(upper, params, value);
  return text;
}

/**
 * A date written `20240215` is a DATE whether or not the exporter said VALUE=DATE (Synology,
 * Google's RDATE `20131210Z`): ical.js reads it as a broken DATE-TIME unless told. A TZID on a
 * DATE (SabreDAV) means nothing and is dropped. Impossible days (month 13), which ical.js would
 * quietly move to the next year, are marked unreadable.
 */
function repairDates(name: string, params: readonly string[], value: string): string {
  const values = value.trim().split(',');
  if (values.every(isDay)) {
    const kept = params.filter((param) => !/^;(VALUE|TZID)=/i.test(param));
    return `${name};VALUE=DATE${kept.join('')}:${values.map((day) => day.slice(0, 8)).join(',')}`;
  }
  const period = name === 'RDATE' && values.every(isPeriod);
  if (period || values.every(isDateTime)) {
    const kept = params.filter((param) => !/^;VALUE=/i.test(param));
    return `${name}${period ? ';VALUE=PERIOD' : ''}${kept.join('')}:${values.join(',')}`;
  }
  return unreadable(name, params, value);
}

/** Without its VALUE type, which ical.js would apply to the renamed property and so rewrite the value. */
const unreadable = (name: string, params: readonly string[], value: string): string =>
  `${UNREADABLE}${name}${params.filter((param) => !/^;VALUE=/i.test(param)).join('')}:${value}`;

const DAY = /^(\d{4})(\d{2})(\d{2})Z?$/;
const DATE_TIME = /^(\d{4})(\d{2})(\d{2})T([01]\d|2[0-3])([0-5]\d)([0-5]\d)Z?$/;

const isDay = (value: string): boolean => realDay(DAY.exec(value));
const isDateTime = (value: string): boolean => realDay(DATE_TIME.exec(value));

function isPeriod(value: string): boolean {
  const [start, end, ...rest] = value.split('/');
  return rest.length === 0 && end !== undefined && isDateTime(start) && (isDateTime(end) || readableDuration(end));
}

const realDay = (match: RegExpExecArray | null): boolean => match !== null && isRealDay(Number(match[1]), Number(match[2]), Number(match[3]));

function readableRule(value: string): boolean {
  try {
    return Boolean(ICAL.Recur.fromString(value.trim()).freq);
  } catch {
    return false;
  }
}

function readableDuration(value: string): boolean {
  try {
    ICAL.Duration.fromString(value.trim());
    return true;
  } catch {
    return false;
  }
}
