import fc from 'fast-check';
import { addDays, weekdayOf, WEEKDAYS, type CalendarDate } from '../../../shared/kernel/calendar-date';
import { arrivalDates, expandRateSetting, parseRateSetting, settingCovers, stayRateId, type RateSetting } from './rate-grid';

const settings: fc.Arbitrary<RateSetting> = fc
  .record({
    periods: fc.array(
      fc.record({ start: fc.integer({ min: 0, max: 1_500 }), length: fc.integer({ min: 0, max: 120 }) }).map(({ start, length }) => ({
        from: addDays('2025-01-01', start),
        to: addDays('2025-01-01', start + length),
      })),
      { minLength: 1, maxLength: 4 },
    ),
    nights: fc.uniqueArray(fc.integer({ min: 1, max: 90 }), { minLength: 1, maxLength: 4 }),
    arrivalDays: fc.subarray([...WEEKDAYS], { minLength: 1 }),
    initialPrice: fc.integer({ min: 1, max: 1_000_000 }),
  })
  .map((input) => parseRateSetting('input', input));

/** The arrivals a setting should make, found the slow way: every day of every period. */
function naiveArrivals(setting: RateSetting): CalendarDate[] {
  const found = new Set<CalendarDate>();
  for (const { from, to } of setting.periods) {
    for (let day = from; day <= to; day = addDays(day, 1)) if (setting.arrivalDays.includes(weekdayOf(day))) found.add(day);
  }
  return [...found].sort();
}

const RUNS = { numRuns: 100 };

describe('Rate grid expansion, for any periods, stay lengths and arrival weekdays', () => {
  it('makes arrivals only inside a period and on a chosen weekday', () =>
    fc.assert(
      fc.property(settings, (setting) => {
        const strays = expandRateSetting(setting).filter(
          (rate) => !setting.periods.some(({ from, to }) => from <= rate.arrival && rate.arrival <= to) || !setting.arrivalDays.includes(weekdayOf(rate.arrival)),
        );
        expect(strays).toEqual([]);
      }),
      RUNS,
    ));

  it('says a setting covers a stay exactly when its expansion makes that stay', () =>
    fc.assert(
      fc.property(settings, fc.integer({ min: -10, max: 1_700 }), fc.integer({ min: 1, max: 90 }), (setting, offset, nights) => {
        const arrival = addDays('2025-01-01', offset);
        const made = expandRateSetting(setting).some((rate) => rate.arrival === arrival && rate.nights === nights);
        expect(settingCovers(setting, arrival, weekdayOf(arrival), nights)).toBe(made);
      }),
      RUNS,
    ));

  it('misses no day that matches, and makes each once', () => fc.assert(fc.property(settings, (setting) => expect(arrivalDates(setting)).toEqual(naiveArrivals(setting))), RUNS));

  it('makes one stay rate per distinct arrival and stay length', () =>
    fc.assert(
      fc.property(settings, (setting) => {
        const rates = expandRateSetting(setting);
        expect(rates).toHaveLength(new Set(rates.map((rate) => rate.arrival)).size * setting.nights.length);
        expect(new Set(rates.map((rate) => stayRateId(rate.arrival, rate.nights))).size).toBe(rates.length);
      }),
      RUNS,
    ));

  it('lists the stay rates in arrival order, each with the price of the setting', () =>
    fc.assert(
      fc.property(settings, (setting) => {
        const rates = expandRateSetting(setting);
        const arrivals = rates.map((rate) => rate.arrival);
        expect(arrivals).toEqual([...arrivals].sort());
        expect(rates.filter((rate) => rate.salePrice.cents !== setting.price.salePrice.cents || rate.initialPrice.cents !== setting.price.initialPrice.cents)).toEqual([]);
      }),
      RUNS,
    ));
});
