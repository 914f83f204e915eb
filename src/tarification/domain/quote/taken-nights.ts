import { addDays, describeDate, type CalendarDate } from '../../../shared/kernel/calendar-date';
import { longDate } from '../../../shared/kernel/formats';
import type { Lang } from '../../../shared/kernel/lang';
import type { Stay } from '../../../shared/kernel/stay';

/**
 * Nights held on the planning (by a booking file or an owner's block), from `arrival` up to, not
 * including, `departure`. A guest is told only that they are taken, never by what.
 */
export interface TakenNights {
  readonly arrival: CalendarDate;
  readonly departure: CalendarDate;
}

/** The taken nights within the stay, clipped to it, in order, with touching or overlapping spans merged. */
export function takenWithin(stay: Stay, taken: readonly TakenNights[]): TakenNights[] {
  const clipped = taken
    .map((t) => ({ arrival: t.arrival > stay.arrival ? t.arrival : stay.arrival, departure: t.departure < stay.departure ? t.departure : stay.departure }))
    .filter((t) => t.arrival < t.departure)
    .sort((a, b) => (a.arrival < b.arrival ? -1 : a.arrival > b.arrival ? 1 : 0));
  const merged: TakenNights[] = [];
  for (const span of clipped) {
    const last = merged.at(-1);
    if (last && span.arrival <= last.departure) merged[merged.length - 1] = { arrival: last.arrival, departure: span.departure > last.departure ? span.departure : last.departure };
    else merged.push(span);
  }
  return merged;
}

/**
 * "The nights of Friday 10 July 2026 to Saturday 11 July 2026 are taken": each span named by its
 * first and last night, since the departure day itself is free for the next arrival. In French:
 * "Les nuits du vendredi 10 juillet 2026 au samedi 11 juillet 2026 sont déjà prises".
 */
export function describeTakenNights(spans: readonly TakenNights[], lang: Lang = 'EN'): string {
  const french = lang === 'FR';
  const single = spans.length === 1 && spans[0].departure === addDays(spans[0].arrival, 1);
  const named = spans.map(({ arrival, departure }) => {
    const last = addDays(departure, -1);
    if (french) return last === arrival ? `la nuit du ${longDate(arrival, 'FR')}` : `les nuits du ${longDate(arrival, 'FR')} au ${longDate(last, 'FR')}`;
    return last === arrival ? `the night of ${describeDate(arrival)}` : `the nights of ${describeDate(arrival)} to ${describeDate(last)}`;
  });
  const and = french ? 'et' : 'and';
  const listed = named.length <= 1 ? named.join('') : `${named.slice(0, -1).join(', ')} ${and} ${named[named.length - 1]}`;
  const verb = french ? (single ? 'est déjà prise' : 'sont déjà prises') : single ? 'is taken' : 'are taken';
  return `${listed.charAt(0).toUpperCase()}${listed.slice(1)} ${verb}`;
}
