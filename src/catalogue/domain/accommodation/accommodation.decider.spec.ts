import { accommodationDetails } from '../../../../test/support/catalogue-fixtures';
import { givenDecider } from '../../../../test/support/decider-spec';
import { fold } from '../../../shared/kernel/decider';
import { command, event } from '../../../shared/kernel/message';
import { parseAccommodationDetails, type AccommodationDetails, type AccommodationDetailsInput } from './accommodation-details';
import {
  AccommodationAlreadyExists,
  AccommodationIsArchived,
  AccommodationNotFound,
  ClassificationWithoutStars,
  NotYourAccommodation,
  RegistrationNotForGuestRooms,
  RegistrationNumberRequired,
} from './accommodation.errors';
import { NO_REGISTRATION, type AccommodationRegistration } from './registration';
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
const NUMBER = '84007123456AB';
const registration = (overrides: Partial<AccommodationRegistration> = {}): AccommodationRegistration => ({ ...NO_REGISTRATION, ...overrides });
const register = (value: AccommodationRegistration, ownerId = OWNER): AccommodationCommand =>
  command('SetAccommodationRegistration', { accommodationId: ID, ownerId, registration: value });

const created = (value: AccommodationDetails = details()): AccommodationEvent =>
  event('AccommodationCreated', { accommodationId: ID, ownerId: OWNER, reference: REFERENCE, details: value });
const updated = (value: AccommodationDetails): AccommodationEvent => event('AccommodationUpdated', { accommodationId: ID, ownerId: OWNER, details: value });
const visibilityChanged = (visibility: Visibility): AccommodationEvent =>
  event('AccommodationVisibilityChanged', { accommodationId: ID, ownerId: OWNER, visibility });
const archived: AccommodationEvent = event('AccommodationArchived', { accommodationId: ID, ownerId: OWNER });
const restored: AccommodationEvent = event('AccommodationRestored', { accommodationId: ID, ownerId: OWNER });
const registered = (value: AccommodationRegistration): AccommodationEvent => event('AccommodationRegistrationSet', { accommodationId: ID, ownerId: OWNER, ...value });
/** In a commune that asks for a registration number, and without one. */
const required = registered(registration({ communeRequiresRegistration: true }));
const requiredAndGiven = registered(registration({ communeRequiresRegistration: true, registrationNumber: NUMBER }));

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
        registration: NO_REGISTRATION,
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
      ['set the registration of', register(registration({ registrationNumber: NUMBER }), INTRUDER)],
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
      ['registration', register(registration({ registrationNumber: NUMBER }))],
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

  describe('registration', () => {
    it('records the number, whether the commune requires it and the classement’s date, all at once', () =>
      given([created()])
        .when(register(registration({ registrationNumber: NUMBER, communeRequiresRegistration: true, classificationDecidedOn: '2022-05-10' })))
        .then([registered(registration({ registrationNumber: NUMBER, communeRequiresRegistration: true, classificationDecidedOn: '2022-05-10' }))]));

    it('records nothing when the registration is the one already held', () =>
      given([created(), requiredAndGiven]).when(register(registration({ communeRequiresRegistration: true, registrationNumber: NUMBER }))).thenNothing());

    it('records nothing for an accommodation never registered that is given no registration', () => given([created()]).when(register(NO_REGISTRATION)).thenNothing());

    it('refuses a registration for an archived accommodation', () =>
      given([created(), archived]).when(register(registration({ registrationNumber: NUMBER }))).thenThrows(AccommodationIsArchived));

    it('refuses a number for a chambre d’hôtes, which is no meublé de tourisme', () =>
      given([created(details({ kind: 'GUEST_ROOM' }))])
        .when(register(registration({ registrationNumber: NUMBER })))
        .thenThrows(RegistrationNotForGuestRooms, { code: 'BAD_USER_INPUT', field: 'input.registrationNumber', reason: 'REGISTRATION_NOT_FOR_GUEST_ROOMS' }));

    it('refuses a chambre d’hôtes said to be in a commune that requires a number', () =>
      given([created(details({ kind: 'GUEST_ROOM' }))])
        .when(register(registration({ communeRequiresRegistration: true })))
        .thenThrows(RegistrationNotForGuestRooms, { field: 'input.registrationRequired' }));

    it('lets a chambre d’hôtes carry the date of its classement', () =>
      given([created(details({ kind: 'GUEST_ROOM' }))])
        .when(register(registration({ classificationDecidedOn: '2022-05-10' })))
        .then([registered(registration({ classificationDecidedOn: '2022-05-10' }))]));

    it('refuses the date of a classement for an unclassified accommodation', () =>
      given([created(details({ starRating: 0 }))])
        .when(register(registration({ classificationDecidedOn: '2022-05-10' })))
        .thenThrows(ClassificationWithoutStars, { field: 'input.classificationDecidedOn', reason: 'CLASSIFICATION_WITHOUT_STARS' }));

    it('drops the number of a holiday rental that becomes a chambre d’hôtes, keeping the classement’s date', () =>
      given([created(), registered(registration({ registrationNumber: NUMBER, communeRequiresRegistration: true, classificationDecidedOn: '2022-05-10' }))])
        .when(update(details({ kind: 'GUEST_ROOM' })))
        .then([updated(details({ kind: 'GUEST_ROOM' })), registered(registration({ classificationDecidedOn: '2022-05-10' }))]));

    it('changes nothing of the registration when a holiday rental stays one', () =>
      given([created(), requiredAndGiven]).when(update(details({ city: 'Arles' }))).then([updated(details({ city: 'Arles' }))]));
  });

  describe('bookable online only with the number its commune requires', () => {
    it('refuses to make it bookable in a commune that requires a number it has not got', () =>
      given([created(), required])
        .when(setVisibility('BOOKABLE'))
        .thenThrows(RegistrationNumberRequired, { code: 'CONFLICT', field: 'visibility', reason: 'REGISTRATION_NUMBER_REQUIRED' }));

    it('still lets it be listed or hidden without the number', () => {
      given([created(), required]).when(setVisibility('LISTED')).then([visibilityChanged('LISTED')]);
      given([created(), required, visibilityChanged('LISTED')]).when(setVisibility('HIDDEN')).then([visibilityChanged('HIDDEN')]);
    });

    it('makes it bookable once the number is given', () => given([created(), requiredAndGiven]).when(setVisibility('BOOKABLE')).then([visibilityChanged('BOOKABLE')]));

    it('makes it bookable where the commune requires no number', () => given([created()]).when(setVisibility('BOOKABLE')).then([visibilityChanged('BOOKABLE')]));

    it('refuses to take the number away while it is bookable', () =>
      given([created(), requiredAndGiven, visibilityChanged('BOOKABLE')])
        .when(register(registration({ communeRequiresRegistration: true })))
        .thenThrows(RegistrationNumberRequired, { field: 'input.registrationNumber' }));

    it('refuses to say the commune requires a number, and give none, while it is bookable', () =>
      given([created(), visibilityChanged('BOOKABLE')])
        .when(register(registration({ communeRequiresRegistration: true })))
        .thenThrows(RegistrationNumberRequired, { field: 'input.registrationRequired' }));

    it('lets the number go once it is no longer bookable', () =>
      given([created(), requiredAndGiven, visibilityChanged('BOOKABLE'), visibilityChanged('LISTED')])
        .when(register(registration({ communeRequiresRegistration: true })))
        .then([required]));

    it('lets a bookable one change its number', () =>
      given([created(), requiredAndGiven, visibilityChanged('BOOKABLE')])
        .when(register(registration({ communeRequiresRegistration: true, registrationNumber: '84007654321ZZ' })))
        .then([registered(registration({ communeRequiresRegistration: true, registrationNumber: '84007654321ZZ' }))]));

    it('asks nothing of a bookable one that becomes a chambre d’hôtes, which needs no number', () =>
      given([created(), requiredAndGiven, visibilityChanged('BOOKABLE')])
        .when(update(details({ kind: 'GUEST_ROOM' })))
        .then([updated(details({ kind: 'GUEST_ROOM' })), registered(NO_REGISTRATION)]));
  });

  describe('names', () => {
    it('writes a reference as OSMB, the owner number, then the rank among the owner’s accommodations', () =>
      expect(accommodationReference(92750, 3)).toBe('OSMB-92750-3'));

    it('keeps one stream per accommodation', () => expect(accommodationStream(ID)).toBe('accommodation-acc-1'));
  });
});
