import { daysBetween, type CalendarDate } from '../../../shared/kernel/calendar-date';

export const HOLD_KINDS = ['DOSSIER', 'BLOCK', 'PENDING_PAYMENT', 'IMPORTED'] as const;
/**
 * What holds nights: a booking file's stay, an owner's block ("interdiction de vente"), a
 * guest's booking for the minutes they take to pay the deposit online (its `dossierId` is the
 * file it will open), or a stay another platform's calendar says is taken (its `reason` is the
 * feed's label, its id derived from the feed and the calendar event).
 */
export type HoldKind = (typeof HOLD_KINDS)[number];

/** Nights from `arrival` up to, not including, `departure`. */
export interface Hold {
  readonly holdId: string;
  readonly kind: HoldKind;
  readonly arrival: CalendarDate;
  readonly departure: CalendarDate;
  /** The booking file holding the nights (or to hold them, once paid); null for a block. */
  readonly dossierId: string | null;
  /** Why the owner blocked them, for a block; the feed's label, for an imported stay. */
  readonly reason: string | null;
}

/** Half-open ranges: a stay leaving on the 15th and one arriving on the 15th do not overlap. */
export const overlaps = (a: { arrival: CalendarDate; departure: CalendarDate }, b: { arrival: CalendarDate; departure: CalendarDate }): boolean =>
  a.arrival < b.departure && b.arrival < a.departure;

export const nightsOf = (range: { arrival: CalendarDate; departure: CalendarDate }): number => daysBetween(range.arrival, range.departure);
