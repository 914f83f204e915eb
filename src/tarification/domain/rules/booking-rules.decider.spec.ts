import { givenDecider } from '../../../../test/support/decider-spec';
import { GITE, INTRUDER, OWNER, rules } from '../../../../test/support/tarification-fixtures';
import { AccommodationNotFound, NotYourAccommodation } from '../../../shared/kernel/accommodation-access';
import { command, event } from '../../../shared/kernel/message';
import type { BookingRules } from './booking-rules';
import { bookingRulesDecider, bookingRulesStream, type BookingRulesEvent, type SetBookingRules } from './booking-rules.decider';

const given = givenDecider(bookingRulesDecider);

const weekOnSaturdays = rules({ minimumStay: 7, closedToArrival: ['SUNDAY', 'MONDAY'], leadTime: { kind: 'NEXT_DAY_UNTIL', hour: 12 } });

const setRules = (value: BookingRules, ownerId = OWNER, accommodationOwnerId: string | null = OWNER): SetBookingRules =>
  command('SetBookingRules', { accommodationId: GITE, ownerId, accommodationOwnerId, value });
const rulesSet = (value: BookingRules): BookingRulesEvent => event('BookingRulesSet', { accommodationId: GITE, ownerId: OWNER, value });

describe('Booking rules of an accommodation', () => {
  it('records the rules the owner sets', () => given([]).when(setRules(weekOnSaturdays)).then([rulesSet(weekOnSaturdays)]));

  it('records nothing when the defaults are set on an accommodation that never had rules', () => given([]).when(setRules(rules())).thenNothing());

  it('records rules that changed', () => given([rulesSet(weekOnSaturdays)]).when(setRules(rules({ minimumStay: 3 }))).then([rulesSet(rules({ minimumStay: 3 }))]));

  it('records nothing when the same rules are set again', () => given([rulesSet(weekOnSaturdays)]).when(setRules(rules({ minimumStay: 7, closedToArrival: ['MONDAY', 'SUNDAY'], leadTime: { kind: 'NEXT_DAY_UNTIL', hour: 12 } }))).thenNothing());

  it('records nothing when the held rules came back from the store with their keys in another order', () => {
    const readBack = JSON.parse(
      '{"timeZone":"Europe/Paris","closedToDeparture":[],"closedToArrival":["MONDAY","SUNDAY"],"leadTime":{"hour":12,"kind":"NEXT_DAY_UNTIL"},"minimumStay":7}',
    ) as BookingRules;
    given([rulesSet(readBack)]).when(setRules(weekOnSaturdays)).thenNothing();
  });

  it('holds the last rules set', () => {
    const state = bookingRulesDecider.evolve(bookingRulesDecider.evolve(bookingRulesDecider.initialState(), rulesSet(weekOnSaturdays)), rulesSet(rules()));
    expect(state).toEqual({ status: 'set', ownerId: OWNER, value: rules() });
  });

  it('refuses an accommodation that does not exist', () =>
    given([]).when(setRules(weekOnSaturdays, OWNER, null)).thenThrows(AccommodationNotFound, { code: 'NOT_FOUND', field: 'accommodationId' }));

  it('refuses the accommodation of another owner, even with the rules already held', () =>
    given([rulesSet(weekOnSaturdays)])
      .when(setRules(weekOnSaturdays, INTRUDER, OWNER))
      .thenThrows(NotYourAccommodation, { code: 'NOT_FOUND', field: 'accommodationId', message: `accommodationId: Accommodation ${GITE} was not found` }));

  it('keeps one stream per accommodation', () => expect(bookingRulesStream(GITE)).toBe('booking-rules-acc-gite'));
});
