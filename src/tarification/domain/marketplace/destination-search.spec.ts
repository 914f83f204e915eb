import { refusal } from '../../../../test/support/thrown';
import { destinationSearch, encodeSearchCursor, MAX_RESULTS } from './destination-search';

const TODAY = '2027-01-04';
const ID = '00000000-0000-4000-8000-000000000001';

describe('A destination search as a guest types it', () => {
  it('takes one arrival for some nights, 20 results by price unless said', () => {
    expect(destinationSearch({ arrival: '2027-07-03', nights: 7, guests: 4 }, TODAY)).toMatchObject({
      arrivals: { from: '2027-07-03', to: '2027-07-03' },
      flexible: false,
      nights: 7,
      guests: 4,
      sort: 'PRICE',
      first: 20,
      after: null,
      characteristics: [],
    });
  });

  it('takes a month for "a week in July", from today when the month has begun', () => {
    expect(destinationSearch({ month: '2027-07', nights: 7, guests: 2 }, TODAY).arrivals).toEqual({ from: '2027-07-01', to: '2027-07-31' });
    expect(destinationSearch({ month: '2027-01', nights: 7, guests: 2 }, TODAY).arrivals).toEqual({ from: TODAY, to: '2027-01-31' });
  });

  it('reads a commune in any case, with or without accents, dashes, apostrophes or "St" for "Saint"', () => {
    expect(destinationSearch({ arrival: '2027-07-03', nights: 7, guests: 2, commune: '  SAINT LEON sur vezère ' }, TODAY).communeKey).toBe('saint leon sur vezere');
    expect(destinationSearch({ arrival: '2027-07-03', nights: 7, guests: 2, commune: 'St-Léon-sur-Vézère' }, TODAY).communeKey).toBe('saint leon sur vezere');
  });

  it('reads a department as people write it', () =>
    expect(destinationSearch({ arrival: '2027-07-03', nights: 7, guests: 2, department: ' 2a ' }, TODAY).department).toBe('2A'));

  it('gives back a page’s cursor as it was made', () => {
    const cursor = encodeSearchCursor({ value: 66_500, accommodationId: ID });
    expect(destinationSearch({ arrival: '2027-07-03', nights: 7, guests: 2, after: cursor }, TODAY).after).toEqual({ value: 66_500, accommodationId: ID });
  });

  it.each<[string, object, string]>([
    ['no arrival nor month', { nights: 7, guests: 2 }, 'input.arrival'],
    ['an arrival and a month', { arrival: '2027-07-03', month: '2027-07', nights: 7, guests: 2 }, 'input.month'],
    ['a month that is not one', { month: '2027-13', nights: 7, guests: 2 }, 'input.month'],
    ['a month gone', { month: '2026-12', nights: 7, guests: 2 }, 'input.month'],
    ['an arrival in the past', { arrival: '2027-01-03', nights: 7, guests: 2 }, 'input.arrival'],
    ['an arrival beyond 550 days', { arrival: '2028-08-01', nights: 7, guests: 2 }, 'input.arrival'],
    ['no night', { arrival: '2027-07-03', nights: 0, guests: 2 }, 'input.nights'],
    ['no guest', { arrival: '2027-07-03', nights: 7, guests: 0 }, 'input.guests'],
    ['an unknown department', { arrival: '2027-07-03', nights: 7, guests: 2, department: '99' }, 'input.department'],
    ['Corsica as 20, no department since 1976', { arrival: '2027-07-03', nights: 7, guests: 2, department: '20' }, 'input.department'],
    ['a postal code of 4 digits', { arrival: '2027-07-03', nights: 7, guests: 2, postalCode: '2420' }, 'input.postalCode'],
    ['a radius over 200 km', { arrival: '2027-07-03', nights: 7, guests: 2, near: { latitude: 45, longitude: 1, radiusKm: 201 } }, 'input.near.radiusKm'],
    ['a latitude off the globe', { arrival: '2027-07-03', nights: 7, guests: 2, near: { latitude: 91, longitude: 1, radiusKm: 10 } }, 'input.near.latitude'],
    ['a distance sort without a point', { arrival: '2027-07-03', nights: 7, guests: 2, sort: 'DISTANCE' }, 'input.sort'],
    ['a page over 50', { arrival: '2027-07-03', nights: 7, guests: 2, first: MAX_RESULTS + 1 }, 'input.first'],
    ['a minimum price over the maximum', { arrival: '2027-07-03', nights: 7, guests: 2, minPriceCents: 500, maxPriceCents: 100 }, 'input.minPrice'],
    ['a characteristic that is no code', { arrival: '2027-07-03', nights: 7, guests: 2, characteristics: ['pool; drop'] }, 'input.characteristics'],
    ['a kind that is no kind', { arrival: '2027-07-03', nights: 7, guests: 2, kind: 'castle!' }, 'input.kind'],
    ['a cursor it did not give', { arrival: '2027-07-03', nights: 7, guests: 2, after: 'bm90LWEtY3Vyc29y' }, 'input.after'],
  ])('refuses %s by name', (_, input, field) => {
    expect(refusal(() => destinationSearch(input as never, TODAY))).toMatchObject({ field });
  });
});
