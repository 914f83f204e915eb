import { refusal } from '../../../../test/support/thrown';
import { MAX_RANGE_NIGHTS, nightRange } from './night-range';

describe('Range of nights picked on the planning', () => {
  it('runs from the first night up to the day after the last, which it does not hold', () =>
    expect(nightRange('2026-07-04', '2026-07-11')).toEqual({ arrival: '2026-07-04', departure: '2026-07-11' }));

  it('may be a single night', () => expect(nightRange('2026-07-04', '2026-07-05')).toEqual({ arrival: '2026-07-04', departure: '2026-07-05' }));

  it('may cross the end of a year', () => expect(nightRange('2026-12-28', '2027-01-04')).toEqual({ arrival: '2026-12-28', departure: '2027-01-04' }));

  it(`may hold ${MAX_RANGE_NIGHTS} nights, two years`, () => {
    expect(MAX_RANGE_NIGHTS).toBe(731);
    expect(nightRange('2026-01-01', '2028-01-02')).toEqual({ arrival: '2026-01-01', departure: '2028-01-02' });
  });

  it.each([
    ['ending the day it starts: no night at all', '2026-07-04', '2026-07-04', 'to: must be after from: the last night is the day before it'],
    ['ending before it starts', '2026-07-11', '2026-07-04', 'to: must be after from: the last night is the day before it'],
    [`of ${MAX_RANGE_NIGHTS + 1} nights`, '2026-01-01', '2028-01-03', `to: a range may hold at most ${MAX_RANGE_NIGHTS} nights`],
    ['ending on a day that does not exist', '2026-02-27', '2026-02-30', 'to: must be an ISO date such as 2026-07-04 (got "2026-02-30")'],
  ])('refuses a range %s, naming `to`', (_, from, to, message) =>
    expect(refusal(() => nightRange(from, to))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to', message }));

  it.each([
    ['a French date', '04/07/2026'],
    ['a day without leading zeros', '2026-7-4'],
    ['a year before 2000', '0026-07-04'],
  ])('refuses a start written as %s, naming `from`', (_, from) =>
    expect(refusal(() => nightRange(from, '2026-07-11'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' }));
});
