import icalGenerator, { ICalCalendarMethod, ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import type { CalendarDate } from '../../../shared/kernel/calendar-date';

/** One held stretch of nights as another platform reads it: when, and nothing about who. */
export interface ExportedStay {
  /** Stable for the hold's whole life, so a platform moves its copy instead of adding one. */
  readonly uid: string;
  readonly arrival: CalendarDate;
  /** The day the nights end (exclusive), as DTEND of an all-day event is. */
  readonly departure: CalendarDate;
  /** Grows each time the hold moves. */
  readonly sequence: number;
  /** An unpaid option, exported only if the owner wants it: its nights may come free. */
  readonly tentative: boolean;
  /** "Réservé" or "Indisponible": never a guest's name. */
  readonly summary: string;
  /** When the hold last changed. */
  readonly changedAt: Date;
}

export interface ExportedCalendar {
  /** The accommodation's name, for the calendar's title in the platform that reads it. */
  readonly name: string;
  readonly stays: readonly ExportedStay[];
}

const PRODUCT = { company: 'osmb', product: 'reservations', language: 'FR' } as const;

/**
 * An accommodation's held nights as an RFC 5545 feed: one all-day event per hold, folded and
 * escaped by ical-generator. DTSTAMP is when the hold last changed rather than when the file was
 * written, so the same planning always gives the same bytes: a platform's conditional GET then
 * costs a 304, and the ETag means something.
 */
export function writeIcalFeed(calendar: ExportedCalendar): string {
  const feed = icalGenerator({ prodId: PRODUCT, name: escapeText(calendar.name), method: ICalCalendarMethod.PUBLISH });
  const stays = [...calendar.stays].sort((a, b) => (a.arrival === b.arrival ? compare(a.uid, b.uid) : compare(a.arrival, b.arrival)));
  for (const stay of stays) {
    feed.createEvent({
      id: stay.uid,
      allDay: true,
      // ical-generator writes an all-day date from its UTC fields: UTC midnight is the day itself.
      start: utcMidnight(stay.arrival),
      end: utcMidnight(stay.departure),
      stamp: stay.changedAt,
      sequence: stay.sequence,
      summary: stay.summary,
      status: stay.tentative ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
      transparency: ICalEventTransparency.OPAQUE,
    });
  }
  // RFC 5545 ends every content line with CRLF, the last one too; some readers drop a bare last line.
  return `${feed.toString()}\r\n`;
}

/**
 * TEXT escaping (RFC 5545 §3.3.11) for the calendar's name, which ical-generator 10 writes as
 * given (it escapes an event's summary): a comma or a line break typed in a name must not make
 * a reader split the value or start a new property.
 */
const escapeText = (text: string): string => text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n|\r/g, '\\n');

const utcMidnight = (day: CalendarDate): Date => new Date(`${day}T00:00:00Z`);
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
