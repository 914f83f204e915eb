import { givenDecider } from '../../../../test/support/decider-spec';
import { itKeepsTheEventContract } from '../../../../test/support/event-contract-spec';
import { command, event } from '../../../shared/kernel/message';
import { ReleaseDaysOutOfRange, reservationSettingsDecider, reservationSettingsEvents, type ReservationSettingsEvent } from './reservation-settings.decider';

const given = givenDecider(reservationSettingsDecider);
const set = (afterDays: number | null) => command('SetUnpaidOptionRelease', { ownerId: 'owner-1', afterDays });
const released = (afterDays: number | null): ReservationSettingsEvent => event('UnpaidOptionReleaseSet', { ownerId: 'owner-1', afterDays });

describe('Reservation settings: releasing unpaid options', () => {
  it('is off until the owner turns it on', () => expect(reservationSettingsDecider.initialState()).toEqual({ releaseUnpaidOptionsAfterDays: null }));

  it('releases unpaid options the chosen number of days after their due date', () => given([]).when(set(5)).then([released(5)]));

  it('turns off with 0 or null, and records nothing when nothing changes', () => {
    given([released(5)]).when(set(0)).then([released(null)]);
    given([released(5)]).when(set(null)).then([released(null)]);
    given([released(5)]).when(set(5)).thenNothing();
    given([]).when(set(0)).thenNothing();
  });

  it.each([-1, 61, 2.5])('refuses %s days by name', (days) => given([]).when(set(days)).thenThrows(ReleaseDaysOutOfRange, { field: 'afterDays', reason: 'RELEASE_DAYS_OUT_OF_RANGE' }));

  describe('its events', () => itKeepsTheEventContract(reservationSettingsEvents, [released(5), released(null)]));
});
