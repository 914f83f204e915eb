import { addDays, daysBetween, toDate, type IsoDate } from './format';

/**
 * The calendar's arithmetic, apart from the page so that it is tested without a browser: a
 * month's grid of weeks (Monday first), which day a key moves to, and what a click on a day does
 * to the chosen stay.
 */
export interface Month {
  readonly year: number;
  /** 1 to 12. */
  readonly month: number;
}

export type DayState = 'AVAILABLE' | 'UNAVAILABLE' | 'OPTION' | 'UNKNOWN';

export interface DayInfo {
  readonly state: DayState;
  readonly arrivalAllowed: boolean;
  readonly departureAllowed: boolean;
}

export interface Selection {
  readonly arrival: IsoDate | null;
  readonly departure: IsoDate | null;
}

export const NO_SELECTION: Selection = { arrival: null, departure: null };

export const monthOf = (day: IsoDate): Month => ({ year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)) });

export function shiftMonth(m: Month, delta: number): Month {
  const index = m.year * 12 + (m.month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export const firstDay = (m: Month): IsoDate => `${m.year}-${String(m.month).padStart(2, '0')}-01`;

export const compareMonths = (a: Month, b: Month): number => a.year * 12 + a.month - (b.year * 12 + b.month);

/** The month's days, `to` excluded, as availability asks for them. */
export const monthRange = (m: Month): { from: IsoDate; to: IsoDate } => ({ from: firstDay(m), to: firstDay(shiftMonth(m, 1)) });

/** Weeks of seven cells, Monday first; cells outside the month are null. */
export function monthGrid(m: Month): (IsoDate | null)[][] {
  const first = firstDay(m);
  const length = daysBetween(first, firstDay(shiftMonth(m, 1)));
  const lead = (toDate(first).getUTCDay() + 6) % 7;
  const cells: (IsoDate | null)[] = [...Array.from({ length: lead }, () => null), ...Array.from({ length }, (_, i) => addDays(first, i))];
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}

/** Where a key moves the focused day; null for a key the calendar does not handle. */
export function moveDay(day: IsoDate, key: string): IsoDate | null {
  const weekday = (toDate(day).getUTCDay() + 6) % 7;
  switch (key) {
    case 'ArrowLeft':
      return addDays(day, -1);
    case 'ArrowRight':
      return addDays(day, 1);
    case 'ArrowUp':
      return addDays(day, -7);
    case 'ArrowDown':
      return addDays(day, 7);
    case 'Home':
      return addDays(day, -weekday);
    case 'End':
      return addDays(day, 6 - weekday);
    case 'PageUp':
      return sameDayIn(day, -1);
    case 'PageDown':
      return sameDayIn(day, 1);
    default:
      return null;
  }
}

/** The same day of another month, or that month's last day when it is shorter (31 → 30). */
function sameDayIn(day: IsoDate, delta: number): IsoDate {
  const target = shiftMonth(monthOf(day), delta);
  const last = addDays(firstDay(shiftMonth(target, 1)), -1);
  const wanted = `${firstDay(target).slice(0, 8)}${day.slice(8)}`;
  return wanted > last ? last : wanted;
}

type Lookup = (day: IsoDate) => DayInfo | undefined;

/** Every night from arrival to the night before departure is free, as far as the calendar knows. */
function nightsFree(arrival: IsoDate, departure: IsoDate, info: Lookup): boolean {
  for (let night = arrival; night < departure; night = addDays(night, 1)) {
    const state = info(night)?.state;
    if (state !== undefined && state !== 'AVAILABLE') return false;
  }
  return true;
}

/** Whether the day may end a stay starting on `arrival`. */
export const canDepart = (arrival: IsoDate, day: IsoDate, info: Lookup): boolean =>
  day > arrival && info(day)?.departureAllowed === true && nightsFree(arrival, day, info);

/**
 * A click on a day: a day a stay may start on starts a new choice; once an arrival is chosen, a
 * day the stay may end on ends it. Anything else changes nothing.
 */
export function choose(selection: Selection, day: IsoDate, info: Lookup): Selection {
  if (selection.arrival !== null && selection.departure === null && canDepart(selection.arrival, day, info)) {
    return { arrival: selection.arrival, departure: day };
  }
  if (info(day)?.arrivalAllowed) return { arrival: day, departure: null };
  return selection;
}

/** Whether a click on the day would do anything, so that the page marks the others as such. */
export function selectable(selection: Selection, day: IsoDate, info: Lookup): boolean {
  return choose(selection, day, info) !== selection;
}
