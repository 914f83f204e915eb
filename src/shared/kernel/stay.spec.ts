import { DepartureNotAfterArrival, MAX_STAY_NIGHTS, stay, stayOfNights, StayTooLong } from './stay';
import { refusal } from '../../../test/support/thrown';

describe('Stay', () => {
  it('counts its nights from arrival to departure', () =>
    expect(stay('input', '2026-02-10', '2026-02-15')).toEqual({ arrival: '2026-02-10', departure: '2026-02-15', nights: 5 }));

  it('accepts a single night', () => expect(stay('input', '2026-07-04', '2026-07-05').nights).toBe(1));

  it('counts the nights across the end of a year', () => expect(stay('input', '2026-12-26', '2027-01-02').nights).toBe(7));

  it('refuses a departure on the day of arrival, naming the departure', () =>
    expect(refusal(() => stay('input', '2026-07-04', '2026-07-04'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.departure',
      message: 'input.departure: the departure must be after the arrival',
    }));

  it('refuses a departure before the arrival', () => expect(refusal(() => stay('input', '2026-07-11', '2026-07-04'))).toBeInstanceOf(DepartureNotAfterArrival));

  it('accepts the 90 nights a seasonal let may last', () => expect(stay('input', '2026-06-01', '2026-08-30').nights).toBe(MAX_STAY_NIGHTS));

  it('refuses a 91st night, the legal limit of a seasonal let', () => {
    const error = refusal(() => stay('input', '2026-06-01', '2026-08-31'));
    expect(error).toBeInstanceOf(StayTooLong);
    expect(error).toMatchObject({ field: 'input.departure', message: expect.stringContaining('at most 90 nights') });
    expect(error.message).toContain('got 91');
  });

  it('names the arrival when it is not a date', () => expect(refusal(() => stay('input', '2026-02-30', '2026-03-02')).field).toBe('input.arrival'));

  it('names the departure when it is not a date', () => expect(refusal(() => stay('input', '2026-07-04', 'next week')).field).toBe('input.departure'));

  it('names the input that holds the stay', () => expect(refusal(() => stay('input.lines[2]', '2026-07-04', '2026-07-04')).field).toBe('input.lines[2].departure'));

  it('derives the departure from the nights when built from them', () =>
    expect(stayOfNights('2026-07-25', 8)).toEqual({ arrival: '2026-07-25', departure: '2026-08-02', nights: 8 }));
});
