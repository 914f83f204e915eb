import { quoteFacts, quoteRequest } from '../../../../test/support/tarification-fixtures';
import { refusal } from '../../../../test/support/thrown';
import { addDays } from '../../../shared/kernel/calendar-date';
import { euros } from '../../../shared/kernel/money';
import { quote } from '../quote/quote';
import { DEFAULT_BOOKING_RULES, type BookingRules } from '../rules/booking-rules';
import type { AcceptanceFacts, PricedStay } from './availability';
import { anotherArrivalMayDo, compareOffers, defaultOccupants, nearestArrivals, searchedNights, searchWindow, type StayOffer } from './stay-search';

/**
 * A gîte priced for 3 nights arriving any day of July and August 2027. "Now" is Thursday 1 July
 * 2027 at 10:00 in Paris; the guest asks for 3 nights from Saturday 17 July.
 */
const NOW = new Date('2027-07-01T08:00:00Z');
const ASKED = { arrival: '2027-07-17', nights: 3 };
const everyDay = (nights: number): PricedStay[] => Array.from({ length: 62 }, (_, i) => ({ arrival: addDays('2027-07-01', i), nights }));

function nearest(facts: Partial<AcceptanceFacts> = {}, rules: Partial<BookingRules> = {}, stayRates = everyDay(3)) {
  return nearestArrivals(ASKED, { now: NOW, rules: { ...DEFAULT_BOOKING_RULES, ...rules }, bookableOnline: true, held: [], ...facts }, stayRates);
}

describe('the arrivals a stay search suggests instead of the one asked', () => {
  it('suggests the nearest arrivals first, the earlier of two as near, never the one asked', () =>
    expect(nearest().slice(0, 5)).toEqual(['2027-07-16', '2027-07-18', '2027-07-15', '2027-07-19', '2027-07-14']));

  it('suggests only stays of as many nights, and looks no further than four weeks either side', () => {
    const found = nearest({}, {}, [...everyDay(3), ...everyDay(7), { arrival: '2027-08-15', nights: 3 }]);
    expect(found).not.toContain('2027-08-15');
    expect(found.at(-1)).toBe('2027-08-14');
    // From today, 1 July, to 16 July, and from 18 July to 14 August.
    expect(found).toHaveLength(16 + 28);
  });

  it('suggests no arrival whose stay would cross a held night, an option’s included', () => {
    const found = nearest({ held: [{ arrival: '2027-07-15', departure: '2027-07-22' }] });
    expect(found.slice(0, 4)).toEqual(['2027-07-12', '2027-07-22', '2027-07-11', '2027-07-23']);
  });

  it('suggests nothing before the lead time allows, counted where the gîte is', () => {
    const found = nearest({}, { leadTime: { kind: 'DAYS_AHEAD', days: 14 } });
    expect(found.every((arrival) => arrival >= '2027-07-15')).toBe(true);
    expect(found).toContain('2027-07-15');
    expect(found).not.toContain('2027-07-14');
  });

  it('follows the days closed to arrival and to departure', () => {
    const found = nearest({}, { closedToArrival: ['FRIDAY'], closedToDeparture: ['SUNDAY'] });
    // Friday 16 is closed to arrival; Thursday 15 would leave on a Sunday.
    expect(found.slice(0, 3)).toEqual(['2027-07-18', '2027-07-19', '2027-07-14']);
  });

  it('suggests nothing shorter than the minimum stay, nor on an accommodation only listed', () => {
    expect(nearest({}, { minimumStay: 4 })).toEqual([]);
    expect(nearest({ bookableOnline: false })).toEqual([]);
  });

  it('looks at arrivals four weeks either side, and at every night their stays may hold', () =>
    expect(searchWindow(ASKED)).toEqual({ from: '2027-06-19', lastArrival: '2027-08-14', to: '2027-08-17' }));
});

describe('when another arrival may do', () => {
  it('suggests days for taken nights, a missing rate, the lead time and closed days', () => {
    expect(anotherArrivalMayDo(['UNAVAILABLE'])).toBe(true);
    expect(anotherArrivalMayDo(['NO_RATE', 'CLOSED_TO_ARRIVAL', 'CLOSED_TO_DEPARTURE', 'LEAD_TIME'])).toBe(true);
    expect(anotherArrivalMayDo(['ARRIVAL_PASSED'])).toBe(true);
  });

  it('suggests none for a stay refused for what follows it to any day, even with taken nights beside', () => {
    expect(anotherArrivalMayDo(['UNAVAILABLE', 'OVER_CAPACITY'])).toBe(false);
    expect(anotherArrivalMayDo(['UNDER_CAPACITY'])).toBe(false);
    expect(anotherArrivalMayDo(['NOT_BOOKABLE_ONLINE', 'UNAVAILABLE'])).toBe(false);
    expect(anotherArrivalMayDo(['UNDER_MINIMUM_STAY'])).toBe(false);
  });

  it('suggests none for a stay that may be booked', () => expect(anotherArrivalMayDo([])).toBe(false));
});

describe('what a stay search asks for when the guest did not say', () => {
  const ranges = [
    { ageRangeId: 'adults', countsTowardsCapacity: true },
    { ageRangeId: 'babies', countsTowardsCapacity: false },
  ];

  it('counts one adult, the first age range', () => expect(defaultOccupants(ranges, { min: 1 })).toEqual([{ ageRangeId: 'adults', count: 1 }]));

  it('counts as many as the accommodation is let to at least', () => expect(defaultOccupants(ranges, { min: 2 })).toEqual([{ ageRangeId: 'adults', count: 2 }]));

  it('skips a first range left out of the capacity', () => expect(defaultOccupants([...ranges].reverse(), { min: 0 })).toEqual([{ ageRangeId: 'adults', count: 1 }]));

  it('asks nothing of an owner with no age range, so the quote asks for occupants', () => expect(defaultOccupants([], { min: 1 })).toEqual([]));

  it.each([0, 91, 2.5])('refuses %s nights, naming the field', (nights) =>
    expect(refusal(() => searchedNights('input.nights', nights))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.nights' }));
});

describe('the order of the offers', () => {
  const offer = (accommodationId: string, accommodationName: string, cents: number, bookable: boolean): StayOffer => {
    const priced = quote(quoteRequest('2026-07-04', '2026-07-11'), quoteFacts({ accommodation: { ...quoteFacts().accommodation, accommodationId, bookableOnline: bookable } }));
    return { accommodationId, accommodationName, quote: { ...priced, total: euros(cents) }, nearestArrivals: [] };
  };

  it('lists what may be booked first, then the cheapest, then by name', () => {
    const offers = [offer('a', 'Le Mas', 50_000, false), offer('b', 'Le Moulin', 70_000, true), offer('c', 'Écurie', 60_000, true), offer('d', 'La Grange', 60_000, true)];
    expect(offers.sort(compareOffers).map((o) => o.accommodationName)).toEqual(['Écurie', 'La Grange', 'Le Moulin', 'Le Mas']);
  });
});
