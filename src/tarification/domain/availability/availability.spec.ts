import { DEFAULT_BOOKING_RULES, type BookingRules } from '../rules/booking-rules';
import { availability, type AvailabilityFacts } from './availability';

/**
 * A gîte let by the week from Saturday to Saturday, and for weekends: 2027-07-03 and 2027-07-10
 * are Saturdays. "Now" is Thursday 1 July 2027 at 10:00 in Paris.
 */
const NOW = new Date('2027-07-01T08:00:00Z');
const week = (arrival: string) => ({ arrival, nights: 7 });
const weekend = (arrival: string) => ({ arrival, nights: 2 });

function calendar(overrides: Partial<AvailabilityFacts> = {}, rules: Partial<BookingRules> = {}) {
  const days = availability({
    from: '2027-07-01',
    to: '2027-07-18',
    now: NOW,
    rules: { ...DEFAULT_BOOKING_RULES, ...rules },
    bookableOnline: true,
    held: [],
    stayRates: [week('2027-07-03'), week('2027-07-10'), weekend('2027-07-03'), weekend('2027-07-10')],
    ...overrides,
  });
  return new Map(days.map((day) => [day.date, day]));
}

describe('the availability calendar a guest reads', () => {
  it('shows a priced night as available, and one no rate prices as not communicated', () => {
    const days = calendar();
    expect(days.get('2027-07-05')?.state).toBe('AVAILABLE');
    expect(days.get('2027-07-17')?.state).toBe('UNKNOWN');
  });

  it('lets stays start and end only where a priced stay starts and ends', () => {
    const days = calendar();
    expect(days.get('2027-07-03')).toMatchObject({ arrivalAllowed: true, departureAllowed: false });
    expect(days.get('2027-07-05')).toMatchObject({ arrivalAllowed: false, departureAllowed: true });
    expect(days.get('2027-07-10')).toMatchObject({ arrivalAllowed: true, departureAllowed: true });
    expect(days.get('2027-07-04')).toMatchObject({ arrivalAllowed: false, departureAllowed: false });
  });

  it('shows nights held by a file or a block as unavailable, and by an unpaid option as an option', () => {
    const days = calendar({ held: [{ arrival: '2027-07-03', departure: '2027-07-05', option: false }, { arrival: '2027-07-10', departure: '2027-07-12', option: true }] });
    expect(days.get('2027-07-03')?.state).toBe('UNAVAILABLE');
    expect(days.get('2027-07-10')?.state).toBe('OPTION');
    expect(days.get('2027-07-12')?.state).toBe('AVAILABLE');
  });

  it('offers no arrival whose stay would cross a held night, an option’s included', () => {
    const days = calendar({ held: [{ arrival: '2027-07-14', departure: '2027-07-15', option: true }] });
    expect(days.get('2027-07-10')).toMatchObject({ arrivalAllowed: true, departureAllowed: true });
    // Only the weekend fits: the week from the 10th would cross the 14th.
    expect(days.get('2027-07-12')?.departureAllowed).toBe(true);
    expect(days.get('2027-07-17')?.departureAllowed).toBe(false);
  });

  it('follows the minimum stay', () => expect(calendar({}, { minimumStay: 3 }).get('2027-07-05')?.departureAllowed).toBe(false));

  it('follows the days closed to arrival and to departure', () => {
    const days = calendar({}, { closedToArrival: ['SATURDAY'] });
    expect(days.get('2027-07-03')?.arrivalAllowed).toBe(false);
    expect(calendar({}, { closedToDeparture: ['MONDAY'] }).get('2027-07-05')?.departureAllowed).toBe(false);
  });

  it('follows the lead time, counted where the gîte is', () => {
    const days = calendar({}, { leadTime: { kind: 'DAYS_AHEAD', days: 5 } });
    expect(days.get('2027-07-03')?.arrivalAllowed).toBe(false);
    expect(days.get('2027-07-10')?.arrivalAllowed).toBe(true);
  });

  it('lets no stay start or end on an accommodation only listed, and still shows its nights', () => {
    const days = calendar({ bookableOnline: false });
    expect(days.get('2027-07-03')).toMatchObject({ state: 'AVAILABLE', arrivalAllowed: false, departureAllowed: false });
  });

  it('shows the days already past as unavailable', () => {
    const days = calendar({ from: '2027-06-28', stayRates: [week('2027-06-26')] });
    expect(days.get('2027-06-30')).toMatchObject({ state: 'UNAVAILABLE', arrivalAllowed: false, departureAllowed: false });
    expect(days.get('2027-07-01')?.state).toBe('AVAILABLE');
  });
});
