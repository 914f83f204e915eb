export type NotICalendarReason = 'EMPTY' | 'NO_VCALENDAR' | 'TRUNCATED' | 'UNREADABLE';

/**
 * The answer is not a calendar at all: an HTML error page, JSON, an empty body, a download cut
 * short. Platforms answer so when they fail; reading it as a calendar with no events would free
 * every night the feed held, so the caller must change nothing.
 */
export class NotICalendar extends Error {
  constructor(
    readonly reason: NotICalendarReason,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
