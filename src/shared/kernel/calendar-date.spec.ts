import { addDays, calendarDate, daysBetween, describeDate, isTimeZone, localDayAndHour, weekdayOf } from './calendar-date';
import { refusal } from '../../../test/support/thrown';

describe('Calendar date', () => {
  it('keeps a day written as an ISO date', () => expect(calendarDate('input.arrival', '2026-07-04')).toBe('2026-07-04'));

  it('keeps the 29th of February of a leap year', () => expect(calendarDate('input.arrival', '2028-02-29')).toBe('2028-02-29'));

  it.each([
    ['a day that does not exist', '2026-02-30'],
    ['the 29th of February of a common year', '2026-02-29'],
    ['a thirteenth month', '2026-13-01'],
    ['a day without leading zeros', '2026-7-4'],
    ['a date with a time', '2026-07-04T10:00:00Z'],
    ['a French date', '04/07/2026'],
    ['nothing', ''],
  ])('refuses %s, naming the field and the value', (_, value) =>
    expect(refusal(() => calendarDate('input.arrival', value))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.arrival',
      message: `input.arrival: must be an ISO date such as 2026-07-04 (got "${value}")`,
    }));

  describe('arithmetic', () => {
    it('moves on across the end of a month', () => expect(addDays('2026-06-28', 7)).toBe('2026-07-05'));

    it('moves on across the end of a year', () => expect(addDays('2026-12-30', 3)).toBe('2027-01-02'));

    it('moves back with a negative count', () => expect(addDays('2026-03-01', -1)).toBe('2026-02-28'));

    it('counts the 29th of February in a leap year', () => expect(addDays('2028-02-28', 1)).toBe('2028-02-29'));

    // Europe/Paris skips an hour on 29 March 2026; days here have no zone and always 24 hours.
    it('counts whole days across a change to summer time', () => expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2));

    it('counts whole days across a change to winter time', () => expect(addDays('2026-10-24', 2)).toBe('2026-10-26'));

    it('counts days forward as positive and backward as negative', () => {
      expect(daysBetween('2026-07-04', '2026-07-11')).toBe(7);
      expect(daysBetween('2026-07-11', '2026-07-04')).toBe(-7);
      expect(daysBetween('2026-07-04', '2026-07-04')).toBe(0);
    });

    it('counts the days of a whole leap year', () => expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366));
  });

  it.each([
    ['2026-07-04', 'SATURDAY'],
    ['2026-07-05', 'SUNDAY'],
    ['2026-07-06', 'MONDAY'],
    ['2026-06-30', 'TUESDAY'],
    ['2026-07-01', 'WEDNESDAY'],
    ['2026-07-02', 'THURSDAY'],
    ['2026-07-03', 'FRIDAY'],
  ])('knows %s is a %s', (date, weekday) => expect(weekdayOf(date)).toBe(weekday));

  describe('day and hour where the accommodation is', () => {
    it('is already the next day in Paris at half past ten in the evening UTC in summer', () =>
      expect(localDayAndHour(new Date('2026-06-30T22:30:00Z'), 'Europe/Paris')).toEqual({ date: '2026-07-01', hour: 0 }));

    it('is still the same day in UTC at that instant', () =>
      expect(localDayAndHour(new Date('2026-06-30T22:30:00Z'), 'UTC')).toEqual({ date: '2026-06-30', hour: 22 }));

    it('is one hour ahead of UTC in Paris in winter', () =>
      expect(localDayAndHour(new Date('2026-01-15T17:00:00Z'), 'Europe/Paris')).toEqual({ date: '2026-01-15', hour: 18 }));

    it('is still the previous day in Guadeloupe when Paris is past midnight', () =>
      expect(localDayAndHour(new Date('2026-07-01T01:00:00Z'), 'America/Guadeloupe')).toEqual({ date: '2026-06-30', hour: 21 }));
  });

  it('knows the IANA zones of mainland France and overseas', () => {
    expect(isTimeZone('Europe/Paris')).toBe(true);
    expect(isTimeZone('Indian/Reunion')).toBe(true);
  });

  it('does not take a misspelt zone for a real one', () => expect(isTimeZone('Europe/Pariss')).toBe(false));

  it('writes a date as a person reads it, weekday first', () => expect(describeDate('2026-07-05')).toBe('Sunday 5 July 2026'));
});
