import { accommodationDetails } from '../../../../test/support/catalogue-fixtures';
import { givenDecider } from '../../../../test/support/decider-spec';
import { fold } from '../../../shared/kernel/decider';
import { command, event } from '../../../shared/kernel/message';
import { parseAccommodationDetails, type AccommodationDetails, type AccommodationDetailsInput } from './accommodation-details';
import { AccommodationAlreadyExists, AccommodationIsArchived, AccommodationNotFound, NotYourAccommodation } from './accommodation.errors';
import {
  accommodationDecider,
  accommodationReference,
  accommodationStream,
  type AccommodationCommand,
  type AccommodationEvent,
  type Visibility,
} from './accommodation.decider';

const given = givenDecider(accommodationDecider);

const ID = 'acc-1';
const OWNER = 'owner-1';
const INTRUDER = 'owner-2';
const REFERENCE = 'OSMB-7-1';

const details = accommodationDetails;

/** What a store that sorts keys (PostgreSQL jsonb) hands back: the same values, keys reordered. */
const detailsInput = (): AccommodationDetailsInput => ({
  name: 'Gîte des Vignes',
  kind: 'HOLIDAY_RENTAL',
  city: 'Avignon',
  maxCapacity: 4,
  description: { fr: 'Une maison au milieu des vignes' },
});

function storedAndReadBack<T>(value: T): T {
  const sorted = JSON.stringify(value, (_, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
  return JSON.parse(sorted) as T;
}

const create = (ownerId = OWNER): AccommodationCommand =>
  command('CreateAccommodation', { accommodationId: ID, ownerId, reference: REFERENCE, details: details() });
const update = (value: AccommodationDetails, ownerId = OWNER): AccommodationCommand =>
  command('UpdateAccommodation', { accommodationId: ID, ownerId, details: value });
const setVisibility = (visibility: Visibility, ownerId = OWNER): AccommodationCommand =>
  command('SetAccommodationVisibility', { accommodationId: ID, ownerId, visibility });
const archive = (ownerId = OWNER): AccommodationCommand => command('ArchiveAccommodation', { accommodationId: ID, ownerId });
const restore = (ownerId = OWNER): AccommodationCommand => command('RestoreAccommodation', { accommodationId: ID, ownerId });

const created = (value: AccommodationDetails = details()): AccommodationEvent =>
  event('AccommodationCreated', { accommodationId: ID, ownerId: OWNER, reference: REFERENCE, details: value });
const updated = (value: AccommodationDetails): AccommodationEvent => event('AccommodationUpdated', { accommodationId: ID, ownerId: OWNER, details: value });
const visibilityChanged = (visibility: Visibility): AccommodationEvent =>
  event('AccommodationVisibilityChanged', { accommodationId: ID, ownerId: OWNER, visibility });
const archived: AccommodationEvent = event('AccommodationArchived', { accommodationId: ID, ownerId: OWNER });
const restored: AccommodationEvent = event('AccommodationRestored', { accommodationId: ID, ownerId: OWNER });

describe('Accommodation', () => {
  describe('creating', () => {
    it('records the accommodation with its reference and details', () => given([]).when(create()).then([created()]));

    it('starts hidden, so nothing reaches guests before the owner decides', () =>
      expect(fold(accommodationDecider, [created()])).toEqual({
        status: 'active',
        accommodationId: ID,
        ownerId: OWNER,
        reference: REFERENCE,
        details: details(),
        visibility: 'HIDDEN',
      }));

    it('refuses to create the same accommodation twice', () =>
      given([created()]).when(create()).thenThrows(AccommodationAlreadyExists, { code: 'CONFLICT', message: `Accommodation ${ID} already exists` }));
  });

  describe('updating', () => {
    it('records details that changed', () =>
      given([created()]).when(update(details({ maxCapacity: 8 }))).then([updated(details({ maxCapacity: 8 }))]));

    it('records nothing when the details are the ones already held', () => given([created()]).when(update(details())).thenNothing());

    it('compares with the latest details, not those given at creation', () =>
      given([created(), updated(details({ city: 'Arles' }))]).when(update(details({ city: 'Arles' }))).thenNothing());

    it('records nothing when the held details came back from the store with their keys in another order', () => {
      const readBack = storedAndReadBack(details());
      expect(Object.keys(readBack)).not.toEqual(Object.keys(details()));
      given([created(readBack)]).when(update(details())).thenNothing();
    });

    it('records nothing when a zero typed as -0 is saved again, since the store keeps it as 0', () => {
      const typed = parseAccommodationDetails('input', { ...detailsInput(), floor: -0, altitude: -0, latitude: -0, longitude: -0, securityDeposit: -0 });
      given([created(storedAndReadBack(typed))]).when(update(typed)).thenNothing();
    });

    it('still records a real change after the details came back from the store', () =>
      given([created(storedAndReadBack(details()))])
        .when(update(details({ characteristics: ['WIFI'] })))
        .then([updated(details({ characteristics: ['WIFI'] }))]));
  });

  describe('ownership', () => {
    it.each<[string, AccommodationCommand]>([
      ['update', update(details({ city: 'Arles' }), INTRUDER)],
      ['change the visibility of', setVisibility('LISTED', INTRUDER)],
      ['archive', archive(INTRUDER)],
      ['restore', restore(INTRUDER)],
    ])('refuses another owner who tries to %s it', (_, intrusion) =>
      given([created()]).when(intrusion).thenThrows(NotYourAccommodation, { code: 'NOT_FOUND', field: 'id', message: `id: Accommodation ${ID} was not found` }));

    it('refuses another owner even once it is archived, before saying it is archived', () =>
      given([created(), archived]).when(update(details({ city: 'Arles' }), INTRUDER)).thenThrows(NotYourAccommodation, { code: 'NOT_FOUND' }));
  });

  describe('an accommodation that does not exist', () => {
    it.each<[string, AccommodationCommand]>([
      ['update', update(details())],
      ['visibility change', setVisibility('LISTED')],
      ['archive', archive()],
      ['restore', restore()],
    ])('cannot take an %s', (_, attempt) =>
      given([]).when(attempt).thenThrows(AccommodationNotFound, { code: 'NOT_FOUND', field: 'id', message: `id: Accommodation ${ID} was not found` }));
  });

  describe('visibility', () => {
    it('records a new visibility', () => given([created()]).when(setVisibility('BOOKABLE')).then([visibilityChanged('BOOKABLE')]));

    it('records nothing when the visibility is the one already set', () =>
      given([created(), visibilityChanged('LISTED')]).when(setVisibility('LISTED')).thenNothing());

    it('records nothing when hiding an accommodation that was never shown', () => given([created()]).when(setVisibility('HIDDEN')).thenNothing());
  });

  describe('archiving', () => {
    it('hides a visible accommodation first, then archives it', () =>
      given([created(), visibilityChanged('BOOKABLE')]).when(archive()).then([visibilityChanged('HIDDEN'), archived]));

    it('only archives an accommodation already hidden', () => given([created()]).when(archive()).then([archived]));

    it('records nothing when archiving again', () => given([created(), archived]).when(archive()).thenNothing());

    it('refuses to update an archived accommodation', () =>
      given([created(), archived])
        .when(update(details({ city: 'Arles' })))
        .thenThrows(AccommodationIsArchived, { code: 'CONFLICT', message: `Accommodation ${ID} is archived; restore it before changing it` }));

    it('refuses to show an archived accommodation', () =>
      given([created(), visibilityChanged('LISTED'), visibilityChanged('HIDDEN'), archived]).when(setVisibility('LISTED')).thenThrows(AccommodationIsArchived));
  });

  describe('restoring', () => {
    it('restores an archived accommodation', () => given([created(), archived]).when(restore()).then([restored]));

    it('records nothing when restoring one that is not archived', () => given([created()]).when(restore()).thenNothing());

    it('keeps a restored accommodation hidden until its owner shows it again', () =>
      expect(fold(accommodationDecider, [created(), visibilityChanged('BOOKABLE'), visibilityChanged('HIDDEN'), archived, restored])).toMatchObject({
        status: 'active',
        visibility: 'HIDDEN',
      }));

    it('lets a restored accommodation be changed again', () =>
      given([created(), archived, restored]).when(update(details({ city: 'Arles' }))).then([updated(details({ city: 'Arles' }))]));
  });

  describe('names', () => {
    it('writes a reference as OSMB, the owner number, then the rank among the owner’s accommodations', () =>
      expect(accommodationReference(92750, 3)).toBe('OSMB-92750-3'));

    it('keeps one stream per accommodation', () => expect(accommodationStream(ID)).toBe('accommodation-acc-1'));
  });
});
