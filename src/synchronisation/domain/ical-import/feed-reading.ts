import type { CalendarDate } from '../../../shared/kernel/calendar-date';

/** What the import reads a feed for: where the accommodation is, and which stretch of days matters. */
export interface FeedReadingOptions {
  /** The accommodation's IANA zone (`Europe/Paris`): a timed event holds the nights it covers there. */
  readonly zone: string;
  /** Today where the accommodation is: a single event that ended before it is past, not a hold. */
  readonly from: CalendarDate;
  /** The horizon (exclusive): a recurring event's occurrences are expanded up to it, never beyond. */
  readonly to: CalendarDate;
}

/** One stretch of nights another platform holds. */
export interface FeedEvent {
  readonly uid: string;
  /**
   * Which occurrence of a recurring event this is: its original day (`2026-07-04`), or its
   * original start as a UTC instant (`2026-07-04T14:00:00Z`) for a timed series. Null for an
   * event that does not recur. With the feed and the UID it names the hold for good.
   */
  readonly recurrenceId: string | null;
  readonly sequence: number;
  readonly arrival: CalendarDate;
  /** The day the nights end (exclusive), as DTEND of an all-day event is. */
  readonly departure: CalendarDate;
  readonly summary: string | null;
  /** STATUS:TENTATIVE: a platform's option that may come free. */
  readonly tentative: boolean;
  /** Where the event begins in the file, for an owner who opens it. */
  readonly line: number;
}

export type FeedProblemCode =
  | 'NO_START'
  | 'BAD_DATE'
  | 'END_BEFORE_START'
  | 'BAD_RECURRENCE'
  | 'TOO_MANY_OCCURRENCES'
  | 'UNREADABLE_EVENT'
  | 'UNREADABLE_CALENDAR';

/** Something in the feed that could not be read; the rest of the feed was read without it. */
export interface FeedProblem {
  readonly code: FeedProblemCode;
  readonly uid: string | null;
  readonly line: number;
  /** In English, naming the event and its line. */
  readonly message: string;
}

export interface FeedReading {
  readonly events: FeedEvent[];
  readonly problems: FeedProblem[];
  /** Events read and deliberately not held, so an owner can see the feed was understood. */
  readonly skipped: { cancelled: number; transparent: number; past: number };
}
