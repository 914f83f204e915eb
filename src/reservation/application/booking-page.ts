import type { CalendarDate } from '../../shared/kernel/calendar-date';
import type { Lang } from '../../shared/kernel/lang';

/** What a link to the app's own booking page starts on. */
export interface BookingPageStay {
  readonly accommodationId: string;
  readonly arrival: CalendarDate;
  readonly departure: CalendarDate;
  /** The destination whose marketplace sends the guest: the booking is then its. */
  readonly destinationId: string | null;
  readonly lang: Lang;
}

/**
 * `GET /book/:accommodationId`: the booking engine on a page of the app's own, for a site that
 * has no widget of its own (a destination's search results link here). The query names the stay
 * the page opens on; the engine checks it all again when the guest books.
 */
export function bookingPageUrl(base: string, stay: BookingPageStay): string {
  const url = new URL(`${base}/book/${encodeURIComponent(stay.accommodationId)}`);
  url.searchParams.set('arrival', stay.arrival);
  url.searchParams.set('departure', stay.departure);
  if (stay.destinationId !== null) url.searchParams.set('destination', stay.destinationId);
  url.searchParams.set('lang', stay.lang.toLowerCase());
  return url.toString();
}
