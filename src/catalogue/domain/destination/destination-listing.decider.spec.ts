import { givenDecider } from '../../../../test/support/decider-spec';
import { AccommodationNotFound } from '../../../shared/kernel/accommodation-access';
import { command, event } from '../../../shared/kernel/message';
import type { Visibility } from '../accommodation/visibility';
import { destinationListingDecider, MAX_LISTED_ACCOMMODATIONS, type AccommodationStanding, type DestinationListingCommand, type DestinationListingEvent } from './destination-listing.decider';
import { AccommodationNotBookable, ArchivedAccommodationNotListable, DestinationAlreadyJoined, DestinationNotJoined, NothingToList, TooManyListed } from './destination.errors';

const given = givenDecider(destinationListingDecider);

const D = 'dest-1';
const OWNER = 'owner-1';

const mine = (accommodationId: string, visibility: Visibility = 'BOOKABLE', archived = false): AccommodationStanding => ({ accommodationId, exists: true, ownerId: OWNER, visibility, archived });
const theirs = (accommodationId: string): AccommodationStanding => ({ accommodationId, exists: true, ownerId: 'owner-2', visibility: 'BOOKABLE', archived: false });
const unknown = (accommodationId: string): AccommodationStanding => ({ accommodationId, exists: false });

const join = (...accommodations: AccommodationStanding[]): DestinationListingCommand => command('JoinDestination', { destinationId: D, ownerId: OWNER, accommodations });
const change = (...accommodations: AccommodationStanding[]): DestinationListingCommand => command('ChangeDestinationListing', { destinationId: D, ownerId: OWNER, accommodations });
const leave: DestinationListingCommand = command('LeaveDestination', { destinationId: D, ownerId: OWNER });
const listed = (...accommodationIds: string[]): DestinationListingEvent => event('DestinationListingChanged', { destinationId: D, ownerId: OWNER, accommodationIds });

describe('An owner’s listing with a destination', () => {
  describe('joining', () => {
    it('lists the bookable accommodations the owner chose', () => given([]).when(join(mine('a1'), mine('a2'))).then([listed('a1', 'a2')]));

    it('lists each accommodation once, however often it was chosen', () => given([]).when(join(mine('a1'), mine('a1'))).then([listed('a1')]));

    it('refuses another owner’s accommodation as if it did not exist, naming it', () =>
      given([]).when(join(mine('a1'), theirs('b1'))).thenThrows(AccommodationNotFound, { code: 'NOT_FOUND', field: 'accommodationIds[1]' }));

    it('refuses an accommodation that does not exist', () => given([]).when(join(unknown('x'))).thenThrows(AccommodationNotFound, { field: 'accommodationIds[0]' }));

    it.each<Visibility>(['HIDDEN', 'LISTED'])('refuses an accommodation %s, not bookable online', (visibility) =>
      given([]).when(join(mine('a1', visibility))).thenThrows(AccommodationNotBookable, { code: 'BAD_USER_INPUT', field: 'accommodationIds[0]', reason: 'ACCOMMODATION_NOT_BOOKABLE' }));

    it('refuses an archived accommodation', () => given([]).when(join(mine('a1', 'HIDDEN', true))).thenThrows(ArchivedAccommodationNotListable, { reason: 'ACCOMMODATION_ARCHIVED' }));

    it('refuses to join with nothing to list', () => given([]).when(join()).thenThrows(NothingToList, { field: 'accommodationIds' }));

    it(`refuses more than ${MAX_LISTED_ACCOMMODATIONS} accommodations`, () =>
      given([])
        .when(join(...Array.from({ length: MAX_LISTED_ACCOMMODATIONS + 1 }, (_, i) => mine(`a${i}`))))
        .thenThrows(TooManyListed));

    it('records nothing when the owner joins again with the same choice (a second click, a second tab)', () => given([listed('a1', 'a2')]).when(join(mine('a2'), mine('a1'))).thenNothing());

    it('refuses to join again with another choice: the other tab’s join stands, and the owner changes it knowingly', () =>
      given([listed('a1')]).when(join(mine('a2'))).thenThrows(DestinationAlreadyJoined, { code: 'CONFLICT' }));

    it('lets an owner who left join again', () => given([listed('a1'), listed()]).when(join(mine('a2'))).then([listed('a2')]));
  });

  describe('changing the choice', () => {
    it('replaces the whole list', () => given([listed('a1', 'a2')]).when(change(mine('a2'), mine('a3'))).then([listed('a2', 'a3')]));

    it('records nothing when the choice is the same', () => given([listed('a1', 'a2')]).when(change(mine('a2'), mine('a1'))).thenNothing());

    it('refuses an owner who has not joined', () => given([]).when(change(mine('a1'))).thenThrows(DestinationNotJoined, { field: 'destinationId' }));

    it('refuses an empty choice: leaving is said as such', () => given([listed('a1')]).when(change()).thenThrows(NothingToList));

    it('refuses an accommodation no longer bookable', () => given([listed('a1')]).when(change(mine('a1', 'LISTED'))).thenThrows(AccommodationNotBookable));
  });

  describe('leaving', () => {
    it('empties the list', () => given([listed('a1', 'a2')]).when(leave).then([listed()]));

    it('records nothing when the owner already left, or never joined', () => {
      given([listed('a1'), listed()]).when(leave).thenNothing();
      given([]).when(leave).thenNothing();
    });
  });
});
