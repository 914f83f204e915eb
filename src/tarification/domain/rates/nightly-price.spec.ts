import { stayRate } from '../../../../test/support/tarification-fixtures';
import { addDays, type CalendarDate } from '../../../shared/kernel/calendar-date';
import type { StayRate } from './rate-grid';
import { nightlyPrices } from './nightly-price';

const nightlyPrice = (date: CalendarDate, rates: readonly StayRate[]) => nightlyPrices(date, addDays(date, 1), rates)[0].price;

const week = stayRate('2026-07-04', 7, { initialPrice: 45_000 });
const weekend = stayRate('2026-07-03', 2, { initialPrice: 20_000 });

describe('Nightly price on the planning', () => {
  it('is the sale price of the 1-night stay arriving that day, even when a longer stay is cheaper per night', () =>
    expect(nightlyPrice('2026-07-06', [week, stayRate('2026-07-06', 1, { initialPrice: 9_000, discount: { cents: 500 } })])).toEqual({ cents: 8_500, currency: 'EUR' }));

  it('is a share of a longer stay covering the day when no 1-night stay arrives then', () => expect(nightlyPrice('2026-07-06', [week])).toEqual({ cents: 6_429, currency: 'EUR' }));

  it('ignores a 1-night stay arriving another day', () => expect(nightlyPrice('2026-07-06', [week, stayRate('2026-07-05', 1, { initialPrice: 1_000 })])).toEqual({ cents: 6_429, currency: 'EUR' }));

  it('is the cheapest night among the stays covering the day', () =>
    expect(nightlyPrice('2026-07-04', [weekend, stayRate('2026-07-01', 14, { initialPrice: 140_000 }), week, stayRate('2026-07-05', 7, { initialPrice: 7_000 })])).toEqual({
      cents: 6_429,
      currency: 'EUR',
    }));

  it('divides by the sale price, not the initial one', () =>
    expect(nightlyPrice('2026-07-05', [stayRate('2026-07-04', 2, { initialPrice: 20_000, discount: { percent: 10 } })])?.cents).toBe(9_000));

  it('rounds a half cent down to the even cent', () => expect(nightlyPrice('2026-07-05', [stayRate('2026-07-04', 2, { initialPrice: 12_345 })])?.cents).toBe(6_172));

  it('rounds a half cent up to the even cent', () => expect(nightlyPrice('2026-07-05', [stayRate('2026-07-04', 2, { initialPrice: 12_347 })])?.cents).toBe(6_174));

  it('covers the last night of a stay', () => expect(nightlyPrice('2026-07-10', [week])?.cents).toBe(6_429));

  it('does not cover the departure day of a stay, whose night is not part of it', () => expect(nightlyPrice('2026-07-11', [week])).toBeNull());

  it('does not cover the day before a stay arrives', () => expect(nightlyPrice('2026-07-03', [week])).toBeNull());

  it('is none when no rate is known', () => expect(nightlyPrice('2026-07-06', [])).toBeNull());

  it('prices every day of a range at once, one night at a time', () =>
    expect(nightlyPrices('2026-07-03', '2026-07-13', [week]).map(({ date, price }) => [date, price?.cents ?? null])).toEqual([
      ['2026-07-03', null],
      ['2026-07-04', 6_429],
      ['2026-07-05', 6_429],
      ['2026-07-06', 6_429],
      ['2026-07-07', 6_429],
      ['2026-07-08', 6_429],
      ['2026-07-09', 6_429],
      ['2026-07-10', 6_429],
      ['2026-07-11', null],
      ['2026-07-12', null],
    ]));
});
