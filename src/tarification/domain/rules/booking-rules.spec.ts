import { thrown } from '../../../../test/support/tarification-fixtures';
import { DEFAULT_BOOKING_RULES, describeLeadTime, earliestArrival, MAX_DAYS_AHEAD, parseBookingRules, type BookingRulesInput, type LeadTime } from './booking-rules';

const parse = (input: BookingRulesInput) => parseBookingRules('input', input);

describe('Booking rules', () => {
  describe('defaults', () => {
    it('lets a stay of one night start the day it is booked, in Paris, with no closed day, when nothing is given', () =>
      expect(parse({})).toEqual({ minimumStay: 1, leadTime: { kind: 'SAME_DAY' }, closedToArrival: [], closedToDeparture: [], timeZone: 'Europe/Paris' }));

    it('takes the defaults for values given as null', () =>
      expect(parse({ minimumStay: null, leadTime: null, closedToArrival: null, closedToDeparture: null, timeZone: null })).toEqual(DEFAULT_BOOKING_RULES));

    it('takes Paris for a time zone of only spaces', () => expect(parse({ timeZone: '  ' }).timeZone).toBe('Europe/Paris'));

    it('keeps an overseas time zone, trimmed', () => expect(parse({ timeZone: ' Indian/Reunion ' }).timeZone).toBe('Indian/Reunion'));

    it('keeps a minimum stay of a week', () => expect(parse({ minimumStay: 7 }).minimumStay).toBe(7));
  });

  describe('lead time', () => {
    it.each<[string, NonNullable<BookingRulesInput['leadTime']>, LeadTime]>([
      ['the same day', { kind: 'SAME_DAY' }, { kind: 'SAME_DAY' }],
      ['the same day until an hour', { kind: 'SAME_DAY_UNTIL', hour: 18 }, { kind: 'SAME_DAY_UNTIL', hour: 18 }],
      ['the next day', { kind: 'NEXT_DAY', hour: null, days: null }, { kind: 'NEXT_DAY' }],
      ['the next day until an hour', { kind: 'NEXT_DAY_UNTIL', hour: 12 }, { kind: 'NEXT_DAY_UNTIL', hour: 12 }],
      ['some days ahead', { kind: 'DAYS_AHEAD', days: 3 }, { kind: 'DAYS_AHEAD', days: 3 }],
    ])('keeps a lead time of %s with only what it needs', (_, leadTime, expected) => expect(parse({ leadTime }).leadTime).toEqual(expected));

    describe('earliest arrival', () => {
      const today = '2026-06-30';

      it('is today for a same-day lead time, even late at night', () => expect(earliestArrival({ kind: 'SAME_DAY' }, today, 23)).toBe('2026-06-30'));

      it('is today when booked before the hour of a same-day-until lead time', () => expect(earliestArrival({ kind: 'SAME_DAY_UNTIL', hour: 18 }, today, 17)).toBe('2026-06-30'));

      it('is tomorrow when booked at the hour of a same-day-until lead time', () => expect(earliestArrival({ kind: 'SAME_DAY_UNTIL', hour: 18 }, today, 18)).toBe('2026-07-01'));

      it('is tomorrow for a next-day lead time, even early in the morning', () => expect(earliestArrival({ kind: 'NEXT_DAY' }, today, 0)).toBe('2026-07-01'));

      it('is tomorrow when booked before the hour of a next-day-until lead time', () => expect(earliestArrival({ kind: 'NEXT_DAY_UNTIL', hour: 12 }, today, 11)).toBe('2026-07-01'));

      it('is the day after tomorrow when booked at the hour of a next-day-until lead time', () =>
        expect(earliestArrival({ kind: 'NEXT_DAY_UNTIL', hour: 12 }, today, 12)).toBe('2026-07-02'));

      it('is that many days on for a days-ahead lead time', () => expect(earliestArrival({ kind: 'DAYS_AHEAD', days: 3 }, today, 9)).toBe('2026-07-03'));

      it('does not depend on the hour for a days-ahead lead time', () => expect(earliestArrival({ kind: 'DAYS_AHEAD', days: 3 }, today, 23)).toBe('2026-07-03'));
    });

    it.each<[string, LeadTime, string]>([
      ['the same day', { kind: 'SAME_DAY' }, 'stays may start the day they are booked'],
      ['the same day until an hour', { kind: 'SAME_DAY_UNTIL', hour: 18 }, 'stays may start the day they are booked until 18:00'],
      ['the next day', { kind: 'NEXT_DAY' }, 'stays must be booked by the day before arrival'],
      ['the next day until an hour', { kind: 'NEXT_DAY_UNTIL', hour: 12 }, 'stays must be booked by 12:00 the day before arrival'],
      ['some days ahead', { kind: 'DAYS_AHEAD', days: 3 }, 'stays must be booked at least 3 days ahead'],
    ])('tells a guest what a lead time of %s asks of them', (_, leadTime, text) => expect(describeLeadTime(leadTime)).toBe(text));
  });

  describe('closed weekdays', () => {
    it('lists closed weekdays in week order, so equal rules compare equal whatever order they came in', () =>
      expect(parse({ closedToArrival: ['SUNDAY', 'FRIDAY', 'MONDAY'] }).closedToArrival).toEqual(['MONDAY', 'FRIDAY', 'SUNDAY']));

    it('lists a weekday given twice once', () => expect(parse({ closedToDeparture: ['SUNDAY', 'SUNDAY'] }).closedToDeparture).toEqual(['SUNDAY']));

    it('accepts six closed weekdays, leaving one for arrivals', () =>
      expect(parse({ closedToArrival: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SUNDAY'] }).closedToArrival).toHaveLength(6));

    it('refuses closing all seven days to arrivals', () =>
      expect(thrown(() => parse({ closedToArrival: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.closedToArrival',
        message: 'input.closedToArrival: must leave at least one weekday open',
      }));

    it('refuses closing all seven days to departures', () =>
      expect(thrown(() => parse({ closedToDeparture: ['SUNDAY', 'SATURDAY', 'FRIDAY', 'THURSDAY', 'WEDNESDAY', 'TUESDAY', 'MONDAY'] }))).toMatchObject({
        field: 'input.closedToDeparture',
      }));

    it('refuses closing all seven days even when one of them is listed twice', () =>
      expect(thrown(() => parse({ closedToArrival: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY', 'MONDAY'] }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.closedToArrival',
      }));
  });

  it.each<[string, BookingRulesInput, string]>([
    ['a minimum stay of no night', { minimumStay: 0 }, 'input.minimumStay'],
    ['a minimum stay over 90 nights', { minimumStay: 91 }, 'input.minimumStay'],
    ['a minimum stay in fractions of a night', { minimumStay: 1.5 }, 'input.minimumStay'],
    ['an unknown lead time', { leadTime: { kind: 'TWO_DAYS' } }, 'input.leadTime.kind'],
    ['an hour on a same-day lead time', { leadTime: { kind: 'SAME_DAY', hour: 18 } }, 'input.leadTime.hour'],
    ['an hour on a next-day lead time', { leadTime: { kind: 'NEXT_DAY', hour: 18 } }, 'input.leadTime.hour'],
    ['an hour on a days-ahead lead time', { leadTime: { kind: 'DAYS_AHEAD', days: 3, hour: 18 } }, 'input.leadTime.hour'],
    ['days on a same-day lead time', { leadTime: { kind: 'SAME_DAY', days: 2 } }, 'input.leadTime.days'],
    ['days on a same-day-until lead time', { leadTime: { kind: 'SAME_DAY_UNTIL', hour: 18, days: 2 } }, 'input.leadTime.days'],
    ['days on a next-day-until lead time', { leadTime: { kind: 'NEXT_DAY_UNTIL', hour: 12, days: 2 } }, 'input.leadTime.days'],
    ['a same-day-until lead time without its hour', { leadTime: { kind: 'SAME_DAY_UNTIL' } }, 'input.leadTime.hour'],
    ['a next-day-until lead time without its hour', { leadTime: { kind: 'NEXT_DAY_UNTIL', hour: null } }, 'input.leadTime.hour'],
    ['midnight as the hour, which would never let a stay start that day', { leadTime: { kind: 'SAME_DAY_UNTIL', hour: 0 } }, 'input.leadTime.hour'],
    ['an hour past 23', { leadTime: { kind: 'NEXT_DAY_UNTIL', hour: 24 } }, 'input.leadTime.hour'],
    ['a half hour', { leadTime: { kind: 'SAME_DAY_UNTIL', hour: 17.5 } }, 'input.leadTime.hour'],
    ['a days-ahead lead time without its days', { leadTime: { kind: 'DAYS_AHEAD' } }, 'input.leadTime.days'],
    ['no days ahead', { leadTime: { kind: 'DAYS_AHEAD', days: 0 } }, 'input.leadTime.days'],
    ['more than a year ahead', { leadTime: { kind: 'DAYS_AHEAD', days: MAX_DAYS_AHEAD + 1 } }, 'input.leadTime.days'],
    ['an unknown weekday, pointing at it', { closedToArrival: ['SATURDAY', 'Sunday'] }, 'input.closedToArrival[1]'],
    ['an unknown weekday to departures', { closedToDeparture: ['DIMANCHE'] }, 'input.closedToDeparture[0]'],
    ['a misspelt time zone', { timeZone: 'Europe/Pariss' }, 'input.timeZone'],
    ['an abbreviation that is no IANA zone', { timeZone: 'CEST' }, 'input.timeZone'],
  ])('refuses %s, naming the field', (_, input, field) => expect(thrown(() => parse(input))).toMatchObject({ code: 'BAD_USER_INPUT', field }));

  it('accepts a year ahead, the longest lead time', () => expect(parse({ leadTime: { kind: 'DAYS_AHEAD', days: MAX_DAYS_AHEAD } }).leadTime).toEqual({ kind: 'DAYS_AHEAD', days: 365 }));

  it('says which zone it did not know', () =>
    expect(thrown(() => parse({ timeZone: 'Europe/Pariss' })).message).toBe('input.timeZone: must be an IANA time zone such as Europe/Paris (got "Europe/Pariss")'));

  // luxon reads "local" and "system" as the server's own zone: the rules would follow the host.
  it.each(['local', 'system'])('refuses "%s", which names the server’s zone rather than the accommodation’s', (timeZone) =>
    expect(thrown(() => parse({ timeZone }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.timeZone' }));
});
