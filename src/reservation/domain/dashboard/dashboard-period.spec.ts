import { refusal } from '../../../../test/support/thrown';
import { dashboardPeriod, MAX_MONTHS, monthBefore } from './dashboard-period';

describe('The period a dashboard covers', () => {
  it('is the last 12 months, the current one whole, when nothing is asked', () => {
    const period = dashboardPeriod('2026-12-03');
    expect(period).toMatchObject({ from: '2026-01-01', to: '2026-12-31', previousYear: { from: '2025-01-01', to: '2025-12-31' } });
    expect(period.months).toHaveLength(12);
    expect(period.months[0]).toBe('2026-01');
  });

  it('counts 3 months back across a new year', () => {
    expect(dashboardPeriod('2027-01-15', { months: 3 })).toMatchObject({ from: '2026-11-01', to: '2027-01-31', months: ['2026-11', '2026-12', '2027-01'] });
  });

  it('takes days and cuts their months there; a year before the 29 February is the 28th', () => {
    expect(dashboardPeriod('2028-03-10', { from: '2028-02-29', to: '2028-03-05' })).toMatchObject({
      from: '2028-02-29',
      to: '2028-03-05',
      months: ['2028-02', '2028-03'],
      previousYear: { from: '2027-02-28', to: '2027-03-05' },
    });
  });

  it('ends at today when only from is given, and begins 11 months before the end when only to is', () => {
    expect(dashboardPeriod('2026-12-03', { from: '2026-10-10' })).toMatchObject({ from: '2026-10-10', to: '2026-12-03' });
    expect(dashboardPeriod('2026-12-03', { to: '2026-06-30' })).toMatchObject({ from: '2025-07-01', to: '2026-06-30' });
  });

  it('always gives the recent days ending today, whatever the period', () => {
    expect(dashboardPeriod('2026-03-01', { months: 3 }).recent).toEqual({
      last7Days: { from: '2026-02-23', to: '2026-03-01' },
      last30Days: { from: '2026-01-31', to: '2026-03-01' },
      last12Months: { from: '2025-03-02', to: '2026-03-01' },
    });
  });

  it(`may cover ${MAX_MONTHS} months, not one more`, () => {
    expect(dashboardPeriod('2026-12-03', { months: MAX_MONTHS }).months).toHaveLength(MAX_MONTHS);
    expect(dashboardPeriod('2026-12-03', { from: '2024-01-01', to: '2026-12-31' }).months).toHaveLength(MAX_MONTHS);
    expect(refusal(() => dashboardPeriod('2026-12-03', { from: '2023-12-31', to: '2026-12-31' }))).toMatchObject({ field: 'from' });
  });

  it.each<[string, object, string]>([
    ['no month', { months: 0 }, 'months'],
    ['a part of a month', { months: 1.5 }, 'months'],
    ['months and days', { months: 6, to: '2026-12-01' }, 'months'],
    ['a day that is not one', { from: '2026-02-30' }, 'from'],
    ['a start after the end', { from: '2026-12-02', to: '2026-12-01' }, 'from'],
  ])('refuses %s by name', (_, input, field) => {
    expect(refusal(() => dashboardPeriod('2026-12-03', input))).toMatchObject({ field });
  });

  it('pairs a month with the same month a year before', () => expect(monthBefore('2026-01')).toBe('2025-01'));
});
