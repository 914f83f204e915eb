import { addDays, daysBetween, localDayAndHour, weekdayOf, type CalendarDate } from '../../../shared/kernel/calendar-date';
import { earliestArrival, type BookingRules } from '../rules/booking-rules';

export const AVAILABILITY_STATES = ['AVAILABLE', 'UNAVAILABLE', 'OPTION', 'UNKNOWN'] as const;
/**
 * A night as a guest sees it: free to book, taken, held by an unpaid option (it may come free), or
 * not communicated (no rate prices it: beyond the owner's horizon, or a season not yet priced).
 */
export type AvailabilityState = (typeof AVAILABILITY_STATES)[number];

export interface AvailabilityDay {
  readonly date: CalendarDate;
  /** The night that starts this day. */
  readonly state: AvailabilityState;
  /** A stay the engine would accept may start this day. */
  readonly arrivalAllowed: boolean;
  /** A stay the engine would accept may end this day. */
  readonly departureAllowed: boolean;
}

/** Nights held on the planning, and whether an unpaid option is what holds them. */
export interface HeldNights {
  readonly arrival: CalendarDate;
  readonly departure: CalendarDate;
  readonly option: boolean;
}

export interface AvailabilityFacts {
  readonly from: CalendarDate;
  /** Exclusive. */
  readonly to: CalendarDate;
  readonly now: Date;
  readonly rules: BookingRules;
  /** False for an accommodation only listed: its calendar shows, but no stay may start or end. */
  readonly bookableOnline: boolean;
  /** Every hold touching the stays that could start or end in the range. */
  readonly held: readonly HeldNights[];
  /** The stays the owner prices, as arrival and nights: a stay may be booked only as priced. */
  readonly stayRates: readonly { readonly arrival: CalendarDate; readonly nights: number }[];
}

/**
 * Each day of the range with its night's state and whether a stay may start or end that day, by
 * the same rules the quote applies (lead time, minimum stay, days closed to arrival or departure,
 * nights free, a rate for exactly that stay), so a guest is never offered a day the booking
 * would then refuse. Days before today are unavailable, with no arrival or departure.
 */
export function availability(facts: AvailabilityFacts): AvailabilityDay[] {
  const { rules } = facts;
  const { date: today, hour } = localDayAndHour(facts.now, rules.timeZone);
  const earliest = earliestArrival(rules.leadTime, today, hour);
  const heldOn = new Map<CalendarDate, 'OPTION' | 'TAKEN'>();
  for (const hold of facts.held) {
    for (let night = hold.arrival; night < hold.departure; night = addDays(night, 1)) {
      // A night held twice (an option and a block) shows as taken.
      if (heldOn.get(night) !== 'TAKEN') heldOn.set(night, hold.option ? 'OPTION' : 'TAKEN');
    }
  }
  const priced = new Set<CalendarDate>();
  const arrivals = new Set<CalendarDate>();
  const departures = new Set<CalendarDate>();
  for (const { arrival, nights } of facts.stayRates) {
    for (let i = 0; i < nights; i++) priced.add(addDays(arrival, i));
    const departure = addDays(arrival, nights);
    const bookable =
      facts.bookableOnline &&
      arrival >= earliest &&
      nights >= rules.minimumStay &&
      !rules.closedToArrival.includes(weekdayOf(arrival)) &&
      !rules.closedToDeparture.includes(weekdayOf(departure)) &&
      Array.from({ length: nights }, (_, i) => addDays(arrival, i)).every((night) => !heldOn.has(night));
    if (bookable) {
      arrivals.add(arrival);
      departures.add(departure);
    }
  }
  return Array.from({ length: Math.max(0, daysBetween(facts.from, facts.to)) }, (_, i) => {
    const date = addDays(facts.from, i);
    if (date < today) return { date, state: 'UNAVAILABLE', arrivalAllowed: false, departureAllowed: false };
    const held = heldOn.get(date);
    const state: AvailabilityState = held === 'TAKEN' ? 'UNAVAILABLE' : held === 'OPTION' ? 'OPTION' : priced.has(date) ? 'AVAILABLE' : 'UNKNOWN';
    return { date, state, arrivalAllowed: arrivals.has(date), departureAllowed: departures.has(date) };
  });
}
