import { addDays, WEEKDAYS } from '../../../shared/kernel/calendar-date';
import { InvalidInput } from '../../../shared/kernel/errors';
import { thrown } from '../../../../test/support/tarification-fixtures';
import {
  arrivalDates,
  expandRateSetting,
  MAX_PERIOD_DAYS,
  MAX_STAY_RATES_PER_SETTING,
  parseRateSetting,
  parseStayRateId,
  stayRateId,
  type RateSettingInput,
  type StayRate,
} from './rate-grid';

const input = (overrides: Partial<RateSettingInput> = {}): RateSettingInput => ({
  periods: [{ from: '2026-07-01', to: '2026-07-31' }],
  nights: [7],
  arrivalDays: ['SATURDAY'],
  initialPrice: 45_000,
  ...overrides,
});

const expand = (overrides: Partial<RateSettingInput> = {}) => expandRateSetting(parseRateSetting('input', input(overrides)));

describe('Rate grid', () => {
  describe('expansion', () => {
    it('makes a 7-night rate for each Saturday of July 2026: the 4th, 11th, 18th and 25th', () =>
      expect(expand().map((rate) => [rate.arrival, rate.nights])).toEqual([
        ['2026-07-04', 7],
        ['2026-07-11', 7],
        ['2026-07-18', 7],
        ['2026-07-25', 7],
      ]));

    it('gives every stay rate the price of the setting', () =>
      expect(expand({ discount: { cents: 5_000 } })[0]).toEqual({
        arrival: '2026-07-04',
        nights: 7,
        initialPrice: { cents: 45_000, currency: 'EUR' },
        discount: { kind: 'AMOUNT', amount: { cents: 5_000, currency: 'EUR' } },
        salePrice: { cents: 40_000, currency: 'EUR' },
        occupancy: null,
      }));

    it('makes one rate per period × stay length × arrival weekday, in arrival order', () =>
      expect(
        expand({
          periods: [
            { from: '2026-10-01', to: '2026-10-11' },
            { from: '2026-01-01', to: '2026-01-11' },
          ],
          nights: [2, 7],
          arrivalDays: ['SUNDAY', 'FRIDAY'],
        }).map((rate) => stayRateId(rate.arrival, rate.nights)),
      ).toEqual([
        '2026-01-02/P2D',
        '2026-01-02/P7D',
        '2026-01-04/P2D',
        '2026-01-04/P7D',
        '2026-01-09/P2D',
        '2026-01-09/P7D',
        '2026-01-11/P2D',
        '2026-01-11/P7D',
        '2026-10-02/P2D',
        '2026-10-02/P7D',
        '2026-10-04/P2D',
        '2026-10-04/P7D',
        '2026-10-09/P2D',
        '2026-10-09/P7D',
        '2026-10-11/P2D',
        '2026-10-11/P7D',
      ]));

    it('includes both the first and the last day of a period', () =>
      expect(arrivalDates({ periods: [{ from: '2026-07-04', to: '2026-07-25' }], arrivalDays: ['SATURDAY'] })).toEqual(['2026-07-04', '2026-07-11', '2026-07-18', '2026-07-25']));

    it('makes a rate for a period of a single day that falls on a chosen weekday', () =>
      expect(arrivalDates({ periods: [{ from: '2026-07-11', to: '2026-07-11' }], arrivalDays: ['SATURDAY'] })).toEqual(['2026-07-11']));

    it('makes nothing for a period with none of the chosen weekdays', () =>
      expect(arrivalDates({ periods: [{ from: '2026-07-05', to: '2026-07-10' }], arrivalDays: ['SATURDAY'] })).toEqual([]));

    it('makes each stay once where periods overlap', () =>
      expect(
        expand({
          periods: [
            { from: '2026-07-01', to: '2026-07-20' },
            { from: '2026-07-10', to: '2026-07-31' },
          ],
        }).map((rate) => rate.arrival),
      ).toEqual(['2026-07-04', '2026-07-11', '2026-07-18', '2026-07-25']));

    it('makes every day an arrival when every weekday is chosen', () =>
      expect(arrivalDates({ periods: [{ from: '2026-02-01', to: '2026-02-28' }], arrivalDays: WEEKDAYS })).toHaveLength(28));

    it('counts the 29th of February of a leap year', () =>
      expect(arrivalDates({ periods: [{ from: '2028-02-26', to: '2028-03-01' }], arrivalDays: ['TUESDAY'] })).toEqual(['2028-02-29']));

    // rrule works on UTC date-times: a day on which Paris changes its clocks must still be a day.
    it('keeps the days on which the clocks change', () =>
      expect(
        arrivalDates({
          periods: [
            { from: '2026-03-29', to: '2026-03-29' },
            { from: '2026-10-25', to: '2026-10-25' },
          ],
          arrivalDays: ['SUNDAY'],
        }),
      ).toEqual(['2026-03-29', '2026-10-25']));

    // rrule's datetime() reads years 0–99 as 1900–1999, as Date.UTC does: either the year is
    // refused as a date or its arrivals stay in it, but no rate may land in another century.
    it('never makes a stay rate outside its periods, even for a year written as 0026', () => {
      let rates: StayRate[] = [];
      try {
        rates = expand({ periods: [{ from: '0026-07-01', to: '0026-07-31' }] });
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidInput);
      }
      expect(rates.map((rate) => rate.arrival).filter((arrival) => arrival < '0026-07-01' || arrival > '0026-07-31')).toEqual([]);
    });
  });

  describe('stay rate ids', () => {
    it('names a stay rate by its stay in ISO 8601 interval form', () => expect(stayRateId('2026-07-04', 7)).toBe('2026-07-04/P7D'));

    it('reads back the stay an id names', () => expect(parseStayRateId('input.ids[0]', '2026-07-04/P7D')).toEqual({ arrival: '2026-07-04', nights: 7 }));

    it('reads back a stay of 90 nights', () => expect(parseStayRateId('input.ids[0]', stayRateId('2026-06-01', 90))).toEqual({ arrival: '2026-06-01', nights: 90 }));

    it.each(['2026-07-04', '2026-07-04/7', '2026-07-04/P7W', '2026-07-04/P123D', 'P7D', ' 2026-07-04/P7D', '2026-7-4/P7D'])('refuses "%s", which is no stay rate id', (id) =>
      expect(thrown(() => parseStayRateId('input.ids[3]', id))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.ids[3]',
        message: `input.ids[3]: must be a stay rate id such as 2026-07-04/P7D (got "${id}")`,
      }));

    it('refuses an id whose arrival is not a day of the calendar', () =>
      expect(thrown(() => parseStayRateId('input.ids[0]', '2026-02-30/P7D'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.ids[0]' }));

    // Every other input takes 1 to 90 nights; an id of 0 or 91 nights can name no stay rate.
    it.each(['2026-07-04/P0D', '2026-07-04/P91D'])('refuses "%s", whose nights no stay may have', (id) =>
      expect(thrown(() => parseStayRateId('input.ids[0]', id))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.ids[0]' }));
  });

  describe('limits', () => {
    it('accepts a period spanning one day less than five leap years', () =>
      expect(parseRateSetting('input', input({ periods: [{ from: '2026-01-01', to: addDays('2026-01-01', MAX_PERIOD_DAYS - 1) }] })).periods).toHaveLength(1));

    it('accepts a setting that makes exactly the most stay rates one operation may write', () => {
      const days = MAX_STAY_RATES_PER_SETTING / 20;
      const nights = Array.from({ length: 20 }, (_, i) => i + 1);
      const setting = parseRateSetting('input', input({ periods: [{ from: '2026-01-01', to: addDays('2026-01-01', days - 1) }], nights, arrivalDays: WEEKDAYS }));
      expect(expandRateSetting(setting)).toHaveLength(MAX_STAY_RATES_PER_SETTING);
    });

    it('refuses a setting that would make one stay rate too many, saying how many', () => {
      const nights = Array.from({ length: 20 }, (_, i) => i + 1);
      const days = MAX_STAY_RATES_PER_SETTING / 20 + 1;
      expect(
        thrown(() => parseRateSetting('input', input({ periods: [{ from: '2026-01-01', to: addDays('2026-01-01', days - 1) }], nights, arrivalDays: WEEKDAYS }))),
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.periods',
        message: `input.periods: would write ${MAX_STAY_RATES_PER_SETTING + 20} stay rates; split it into operations of at most ${MAX_STAY_RATES_PER_SETTING}`,
      });
    });

    it.each<[string, Partial<RateSettingInput>, string]>([
      ['no period', { periods: [] }, 'input.periods'],
      ['more than 50 periods', { periods: Array.from({ length: 51 }, (_, i) => ({ from: addDays('2026-01-01', i), to: addDays('2026-01-01', i) })) }, 'input.periods'],
      ['a period ending before it starts', { periods: [{ from: '2026-07-31', to: '2026-07-01' }] }, 'input.periods[0].to'],
      ['a period of five leap years', { periods: [{ from: '2026-01-01', to: addDays('2026-01-01', MAX_PERIOD_DAYS) }] }, 'input.periods[0].to'],
      ['a start that is not a date', { periods: [{ from: '2026-02-30', to: '2026-03-31' }] }, 'input.periods[0].from'],
      ['an end that is not a date, in the second period', { periods: [{ from: '2026-01-01', to: '2026-01-31' }, { from: '2026-03-01', to: '31/03/2026' }] }, 'input.periods[1].to'],
      ['no stay length', { nights: [] }, 'input.nights'],
      ['a stay of no nights', { nights: [0] }, 'input.nights[0]'],
      ['a stay of 91 nights', { nights: [7, 91] }, 'input.nights[1]'],
      ['a fraction of a night', { nights: [1.5] }, 'input.nights[0]'],
      ['a stay length listed twice', { nights: [7, 2, 7] }, 'input.nights[2]'],
      ['no arrival weekday', { arrivalDays: [] }, 'input.arrivalDays'],
      ['a weekday in lower case', { arrivalDays: ['saturday'] }, 'input.arrivalDays[0]'],
      ['a weekday in French', { arrivalDays: ['SATURDAY', 'SAMEDI'] }, 'input.arrivalDays[1]'],
      ['a weekday listed twice', { arrivalDays: ['SATURDAY', 'SATURDAY'] }, 'input.arrivalDays[1]'],
      ['a free stay', { initialPrice: 0 }, 'input.initialPrice'],
      ['a discount as large as the price', { discount: { cents: 45_000 } }, 'input.discount.cents'],
    ])('refuses %s, naming the field', (_, overrides, field) =>
      expect(thrown(() => parseRateSetting('input', input(overrides)))).toMatchObject({ code: 'BAD_USER_INPUT', field }));

    it('says which earlier entry a repeated one repeats', () => expect(thrown(() => parseRateSetting('input', input({ nights: [7, 2, 7] }))).message).toBe('input.nights[2]: repeats nights[0]'));
  });
});
