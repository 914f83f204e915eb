import { givenDecider } from '../../../../test/support/decider-spec';
import { itKeepsTheEventContract } from '../../../../test/support/event-contract-spec';
import { command, event } from '../../../shared/kernel/message';
import { DEFAULT_GUEST_RETENTION_YEARS, ReleaseDaysOutOfRange, RetentionYearsOutOfRange, reservationSettingsDecider, reservationSettingsEvents, type ReservationSettingsEvent } from './reservation-settings.decider';

const given = givenDecider(reservationSettingsDecider);
const set = (afterDays: number | null) => command('SetUnpaidOptionRelease', { ownerId: 'owner-1', afterDays });
const released = (afterDays: number | null): ReservationSettingsEvent => event('UnpaidOptionReleaseSet', { ownerId: 'owner-1', afterDays });
const keep = (years: number) => command('SetGuestRetention', { ownerId: 'owner-1', years });
const kept = (years: number): ReservationSettingsEvent => event('GuestRetentionSet', { ownerId: 'owner-1', years });

describe('Reservation settings: releasing unpaid options', () => {
  it('is off until the owner turns it on', () => expect(reservationSettingsDecider.initialState()).toMatchObject({ releaseUnpaidOptionsAfterDays: null }));

  it('releases unpaid options the chosen number of days after their due date', () => given([]).when(set(5)).then([released(5)]));

  it('turns off with 0 or null, and records nothing when nothing changes', () => {
    given([released(5)]).when(set(0)).then([released(null)]);
    given([released(5)]).when(set(null)).then([released(null)]);
    given([released(5)]).when(set(5)).thenNothing();
    given([]).when(set(0)).thenNothing();
  });

  it.each([-1, 61, 2.5])('refuses %s days by name', (days) => given([]).when(set(days)).thenThrows(ReleaseDaysOutOfRange, { field: 'afterDays', reason: 'RELEASE_DAYS_OUT_OF_RANGE' }));

  describe('its events', () => itKeepsTheEventContract(reservationSettingsEvents, [released(5), released(null), kept(7)]));
});

describe('Reservation settings: how long guests are kept', () => {
  it('keeps them three years after their last stay unless the owner says otherwise', () => {
    expect(DEFAULT_GUEST_RETENTION_YEARS).toBe(3);
    expect(reservationSettingsDecider.initialState()).toMatchObject({ guestRetentionYears: 3 });
  });

  it('records another period, and nothing when it does not change', () => {
    given([]).when(keep(5)).then([kept(5)]);
    given([kept(5)]).when(keep(5)).thenNothing();
    given([]).when(keep(3)).thenNothing();
    given([kept(5)]).when(keep(3)).then([kept(3)]);
  });

  it('leaves the release of unpaid options as it was', () => expect(reservationSettingsDecider.evolve({ releaseUnpaidOptionsAfterDays: 4, guestRetentionYears: 3 }, kept(6))).toEqual({ releaseUnpaidOptionsAfterDays: 4, guestRetentionYears: 6 }));

  it.each([0, 11, 2.5, -3])('refuses %s years by name', (years) => given([]).when(keep(years)).thenThrows(RetentionYearsOutOfRange, { field: 'years', reason: 'RETENTION_YEARS_OUT_OF_RANGE' }));
});
