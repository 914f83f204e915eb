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

/** A stay as the owner prices it: its arrival and nights (a stay rate, without its price). */
export interface PricedStay {
  readonly arrival: CalendarDate;
  readonly nights: number;
}

/** What decides whether a priced stay may be booked online, whoever stays. */
export interface AcceptanceFacts {
  readonly now: Date;
  readonly rules: BookingRules;
  /** False for an accommodation only listed: its calendar shows, but no stay may start or end. */
  readonly bookableOnline: boolean;
  /** Every hold touching the stays asked about: an option's nights are no more free than a file's. */
  readonly held: readonly Pick<HeldNights, 'arrival' | 'departure'>[];
}

export interface AvailabilityFacts extends AcceptanceFacts {
  readonly from: CalendarDate;
  /** Exclusive. */
  readonly to: CalendarDate;
  /** Every hold touching the stays that could start or end in the range. */
  readonly held: readonly HeldNights[];
  /** The stays the owner prices: a stay may be booked only as priced. */
  readonly stayRates: readonly PricedStay[];
}

/**
 * The priced stays a guest may book online, by the rules the quote applies to dates (lead time
 * where the accommodation is, minimum stay, days closed to arrival or departure, every night
 * free): the one rule the calendar and the stay search share, so neither offers a stay the
 * booking would then refuse.
 */
export function acceptedStays(facts: AcceptanceFacts, stays: readonly PricedStay[]): PricedStay[] {
  if (!facts.bookableOnline) return [];
  const { rules } = facts;
  const { date: today, hour } = localDayAndHour(facts.now, rules.timeZone);
  const earliest = earliestArrival(rules.leadTime, today, hour);
  return stays.filter(({ arrival, nights }) => {
    if (arrival < earliest || nights < rules.minimumStay || rules.closedToArrival.includes(weekdayOf(arrival))) return false;
    const departure = addDays(arrival, nights);
    // ISO dates compare as strings: a hold takes one of the nights when it starts before the stay ends and ends after it starts.
    return !rules.closedToDeparture.includes(weekdayOf(departure)) && !facts.held.some((hold) => hold.arrival < departure && hold.departure > arrival);
  });
}

/**
 * Each day of the range with its night's state and whether an accepted stay may start or end
 * that day. Days before today are unavailable, with no arrival or departure.
 */
export function availability(facts: AvailabilityFacts): AvailabilityDay[] {
  const today = localDayAndHour(facts.now, facts.rules.timeZone).date;
  const heldOn = new Map<CalendarDate, 'OPTION' | 'TAKEN'>();
  for (const hold of facts.held) {
    for (let night = hold.arrival; night < hold.departure; night = addDays(night, 1)) {
      // A night held twice (an option and a block) shows as taken.
      if (heldOn.get(night) !== 'TAKEN') heldOn.set(night, hold.option ? 'OPTION' : 'TAKEN');
    }
  }
  const priced = new Set<CalendarDate>();
  for (const { arrival, nights } of facts.stayRates) for (let i = 0; i < nights; i++) priced.add(addDays(arrival, i));
  const accepted = acceptedStays(facts, facts.stayRates);
  const arrivals = new Set(accepted.map((s) => s.arrival));
  const departures = new Set(accepted.map((s) => addDays(s.arrival, s.nights)));
  return Array.from({ length: Math.max(0, daysBetween(facts.from, facts.to)) }, (_, i) => {
    const date = addDays(facts.from, i);
    if (date < today) return { date, state: 'UNAVAILABLE', arrivalAllowed: false, departureAllowed: false };
    const held = heldOn.get(date);
    const state: AvailabilityState = held === 'TAKEN' ? 'UNAVAILABLE' : held === 'OPTION' ? 'OPTION' : priced.has(date) ? 'AVAILABLE' : 'UNKNOWN';
    return { date, state, arrivalAllowed: arrivals.has(date), departureAllowed: departures.has(date) };
  });
}
