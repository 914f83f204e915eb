import { addDays, daysBetween, type CalendarDate } from '../../../shared/kernel/calendar-date';
import { InvalidInput } from '../../../shared/kernel/errors';
import type { Money } from '../../../shared/kernel/money';
import { MAX_STAY_NIGHTS } from '../../../shared/kernel/stay';
import type { Quote } from '../quote/quote';
import type { Occupants } from '../quote/quote-request';
import type { RefusalCode } from '../quote/refusals';
import { acceptedStays, type AcceptanceFacts, type PricedStay } from './availability';

/** How far either side of the asked arrival a search looks for arrivals that would do. */
export const SEARCH_AROUND_DAYS = 28;

/** The most other arrivals an offer suggests: a guest picks among a few, not a calendar. */
export const MAX_NEARBY_STAYS = 4;

/** What a guest searching one accommodation, or all of an owner's, is offered for the stay asked. */
export interface StayOffer {
  readonly accommodationId: string;
  readonly accommodationName: string;
  /** The asked stay as the booking would price it; bookable when it has no refusal. */
  readonly quote: Quote;
  /** Nearest first; empty when the stay is bookable, or refused for what another day cannot change. */
  readonly nearestArrivals: readonly NearbyStay[];
}

/** A stay of as many nights, arriving another day, that the booking would accept, at its true price. */
export interface NearbyStay {
  readonly arrival: CalendarDate;
  readonly departure: CalendarDate;
  readonly total: Money;
}

export function searchedNights(field: string, nights: number): number {
  if (!Number.isInteger(nights) || nights < 1 || nights > MAX_STAY_NIGHTS) {
    throw new InvalidInput(field, `must be a whole number of nights from 1 to ${MAX_STAY_NIGHTS}, the legal limit of a seasonal let (got ${nights})`);
  }
  return nights;
}

/**
 * Refusals that arriving another day may lift. Capacity, a stay shorter than the minimum (the
 * search keeps its length) and an accommodation that takes no booking online follow the guest to
 * any day, so suggesting days would mislead.
 */
const REFUSED_FOR_THE_DATES: ReadonlySet<RefusalCode> = new Set<RefusalCode>(['UNAVAILABLE', 'NO_RATE', 'ARRIVAL_PASSED', 'LEAD_TIME', 'CLOSED_TO_ARRIVAL', 'CLOSED_TO_DEPARTURE']);

export const anotherArrivalMayDo = (refused: readonly RefusalCode[]): boolean => refused.length > 0 && refused.every((code) => REFUSED_FOR_THE_DATES.has(code));

/**
 * Arrivals for as many nights as asked, other than the asked one, within `SEARCH_AROUND_DAYS`
 * either side, that the booking would accept (never before the lead time allows): nearest first,
 * the earlier of two as near. All of them: the caller confirms them by quoting, in this order.
 */
export function nearestArrivals(asked: PricedStay, facts: AcceptanceFacts, stayRates: readonly PricedStay[]): CalendarDate[] {
  const around = stayRates.filter((s) => s.nights === asked.nights && s.arrival !== asked.arrival && Math.abs(daysBetween(asked.arrival, s.arrival)) <= SEARCH_AROUND_DAYS);
  return [...new Set(acceptedStays(facts, around).map((s) => s.arrival))]
    .map((arrival) => ({ arrival, distance: Math.abs(daysBetween(asked.arrival, arrival)) }))
    .sort((a, b) => a.distance - b.distance || (a.arrival < b.arrival ? -1 : 1))
    .map((s) => s.arrival);
}

/**
 * The arrivals `nearestArrivals` may suggest (`from` to `lastArrival`), and the nights their
 * stays may hold (`from` up to `to`, exclusive).
 */
export const searchWindow = (asked: PricedStay): { from: CalendarDate; lastArrival: CalendarDate; to: CalendarDate } => ({
  from: addDays(asked.arrival, -SEARCH_AROUND_DAYS),
  lastArrival: addDays(asked.arrival, SEARCH_AROUND_DAYS),
  to: addDays(asked.arrival, SEARCH_AROUND_DAYS + asked.nights),
});

/**
 * Who stays when the guest has not said yet: as few persons as the accommodation is let to (at
 * least one), of the owner's first age range that counts towards capacity, the oldest listed
 * (Adult unless the owner changed them). Empty when the owner has no age range: the quote then
 * asks for occupants.
 */
export function defaultOccupants(ageRanges: readonly { readonly ageRangeId: string; readonly countsTowardsCapacity: boolean }[], capacity: { readonly min: number }): Occupants[] {
  const range = ageRanges.find((r) => r.countsTowardsCapacity) ?? ageRanges[0];
  return range ? [{ ageRangeId: range.ageRangeId, count: Math.max(1, capacity.min) }] : [];
}

/** What a guest may book first, then the cheapest, then by name (the id keeps the order stable). */
export function compareOffers(a: StayOffer, b: StayOffer): number {
  return (
    Number(b.quote.bookable) - Number(a.quote.bookable) ||
    a.quote.total.cents - b.quote.total.cents ||
    a.accommodationName.localeCompare(b.accommodationName, 'fr') ||
    (a.accommodationId < b.accommodationId ? -1 : a.accommodationId > b.accommodationId ? 1 : 0)
  );
}
