import { accommodationDetails } from '../../../test/support/catalogue-fixtures';
import { decoded, type DecodedEvent, type RecordedEvent } from '../../event-store/event-store.port';
import type { Projection } from '../../event-store/projection/projection';
import { UnreadableEvent } from '../../shared/kernel/event-codec';
import { event, type Event } from '../../shared/kernel/message';
import type { OwnerDetails } from '../domain/owner/owner-details';
import type { SupplementDetails } from '../domain/supplement/supplement-details';
import { accommodationsProjection } from './accommodation.projection';
import { ageRangesProjection } from './age-range.projection';
import { establishmentsProjection } from './establishment.projection';
import { ownersProjection } from './owner.projection';
import { supplementsProjection } from './supplement.projection';

const OWNER = '6f1c2b9a-0d4e-4a7b-8c3d-1e2f3a4b5c6d';
const ACCOMMODATION = '0b6f6a8e-3c1f-4d2a-9e55-2f4f1f0c7a11';
const SUPPLEMENT = '5a2d7c1e-9b3f-4e8a-a6d0-7c4b2e1f9a38';
const AGE_RANGE = 'c3e9a1f7-2b6d-4c8e-9f0a-4d7b1e3c5a92';

const T1 = '2026-03-01T09:00:00.000Z';
const T2 = '2026-03-02T10:30:00.000Z';
const T3 = '2026-03-03T18:45:00.000Z';

let position = 0n;

/** An event as the store hands it over: the payload as JSON, plus the store's envelope (version 1 unless said). */
function recorded(e: Event, occurredAt: string, schemaVersion = 1): RecordedEvent {
  position += 1n;
  return {
    id: `event-${position}`,
    streamName: 'any-stream',
    revision: Number(position),
    position: { commit: position, prepare: position },
    type: e.type,
    schemaVersion,
    data: JSON.parse(JSON.stringify(e.data)) as Record<string, unknown>,
    metadata: { occurredAt, actor: { kind: 'owner', id: OWNER }, correlationId: 'corr-1', causationId: null },
    recordedAt: new Date(occurredAt),
  };
}

/** What the runner hands a projection: the stored event read by the projection's own decode. */
function read<Row extends { id: string }, E extends Event>(projection: Projection<Row, E>, stored: RecordedEvent): DecodedEvent<E> {
  return decoded(stored, projection.decode(stored));
}

/** "Given these events, this row": reads and folds them the way the runner does, from no row. */
function project<Row extends { id: string }, E extends Event>(projection: Projection<Row, E>, events: readonly RecordedEvent[]): Row | null {
  return events.map((stored) => read(projection, stored)).reduce<Row | null>((row, e) => projection.evolve(row, e, projection.rowIds(e)[0]), null);
}

describe('Accommodations projection', () => {
  const ids = { accommodationId: ACCOMMODATION, ownerId: OWNER };
  const created = recorded(event('AccommodationCreated', { ...ids, reference: 'OSMB-7-1', details: accommodationDetails() }), T1);

  it('writes every detail of a new accommodation into its row, hidden and not archived', () =>
    expect(project(accommodationsProjection, [created])).toEqual({
      id: ACCOMMODATION,
      ownerId: OWNER,
      reference: 'OSMB-7-1',
      name: 'Gîte des Vignes',
      kind: 'HOLIDAY_RENTAL',
      starRating: 3,
      address: '3 chemin des Vignes',
      postalCode: '84000',
      city: 'Avignon',
      latitude: 43.9493,
      longitude: 4.8055,
      altitude: 23,
      minCapacity: 2,
      maxCapacity: 6,
      surface: 85.5,
      floor: 1,
      orientation: 'SOUTH',
      securityDepositCents: 30_000,
      descriptionFr: 'Une maison au calme.',
      descriptionEn: 'A quiet house.',
      characteristics: ['WIFI', 'GARDEN'],
      photos: [{ url: 'https://photos.example.fr/1.jpg', caption: { fr: 'La façade', en: null } }],
      visibility: 'HIDDEN',
      archived: false,
      registrationNumber: null,
      communeRequiresRegistration: false,
      classificationDecidedOn: null,
      createdAt: new Date(T1),
      updatedAt: new Date(T1),
    }));

  it('replaces the details on update, clearing what the owner emptied, and keeps the creation time', () =>
    expect(
      project(accommodationsProjection, [
        created,
        recorded(event('AccommodationUpdated', { ...ids, details: accommodationDetails({ location: null, securityDeposit: null, characteristics: [], maxCapacity: 8 }) }), T2),
      ]),
    ).toMatchObject({ latitude: null, longitude: null, securityDepositCents: null, characteristics: [], maxCapacity: 8, createdAt: new Date(T1), updatedAt: new Date(T2) }));

  it('follows the visibility', () =>
    expect(project(accommodationsProjection, [created, recorded(event('AccommodationVisibilityChanged', { ...ids, visibility: 'BOOKABLE' }), T2)])).toMatchObject({
      visibility: 'BOOKABLE',
      updatedAt: new Date(T2),
    }));

  it('marks an archived accommodation, hidden first', () =>
    expect(
      project(accommodationsProjection, [
        created,
        recorded(event('AccommodationVisibilityChanged', { ...ids, visibility: 'LISTED' }), T2),
        recorded(event('AccommodationVisibilityChanged', { ...ids, visibility: 'HIDDEN' }), T3),
        recorded(event('AccommodationArchived', ids), T3),
      ]),
    ).toMatchObject({ visibility: 'HIDDEN', archived: true, updatedAt: new Date(T3) }));

  it('clears the mark when the accommodation is restored', () =>
    expect(project(accommodationsProjection, [created, recorded(event('AccommodationArchived', ids), T2), recorded(event('AccommodationRestored', ids), T3)])).toMatchObject({
      archived: false,
      updatedAt: new Date(T3),
    }));

  it('takes the registration as it now is, a cleared number and date included', () => {
    const registered = recorded(
      event('AccommodationRegistrationSet', { ...ids, registrationNumber: '84007123456AB', communeRequiresRegistration: true, classificationDecidedOn: '2022-05-10' }),
      T2,
    );
    expect(project(accommodationsProjection, [created, registered])).toMatchObject({
      registrationNumber: '84007123456AB',
      communeRequiresRegistration: true,
      classificationDecidedOn: '2022-05-10',
      createdAt: new Date(T1),
      updatedAt: new Date(T2),
    });
    const cleared = recorded(event('AccommodationRegistrationSet', { ...ids, registrationNumber: null, communeRequiresRegistration: false, classificationDecidedOn: null }), T3);
    expect(project(accommodationsProjection, [created, registered, cleared])).toMatchObject({
      registrationNumber: null,
      communeRequiresRegistration: false,
      classificationDecidedOn: null,
      updatedAt: new Date(T3),
    });
  });

  it('makes no row from a change to an accommodation it never saw created', () =>
    expect(project(accommodationsProjection, [recorded(event('AccommodationVisibilityChanged', { ...ids, visibility: 'LISTED' }), T1)])).toBeNull());

  it('keys every event by its accommodation', () => expect(accommodationsProjection.rowIds(read(accommodationsProjection, created))).toEqual([ACCOMMODATION]));

  it('refuses to read an event without an accommodation id, rather than keying it to no row', () =>
    expect(() => accommodationsProjection.decode(recorded(event('AccommodationArchived', { ownerId: OWNER }), T1))).toThrow(UnreadableEvent));
});

describe('Supplements projection', () => {
  const ids = { supplementId: SUPPLEMENT, ownerId: OWNER };
  const details = (overrides: Partial<SupplementDetails> = {}): SupplementDetails => ({
    name: { fr: 'Ménage', en: 'Cleaning' },
    mandatory: true,
    price: { cents: 6_000, currency: 'EUR' },
    unit: 'PER_STAY',
    accommodationIds: [ACCOMMODATION],
    ...overrides,
  });
  const defined = recorded(event('SupplementDefined', { ...ids, details: details() }), T1);

  it('writes a defined supplement into its row', () =>
    expect(project(supplementsProjection, [defined])).toEqual({
      id: SUPPLEMENT,
      ownerId: OWNER,
      nameFr: 'Ménage',
      nameEn: 'Cleaning',
      mandatory: true,
      priceCents: 6_000,
      unit: 'PER_STAY',
      accommodationIds: [ACCOMMODATION],
      createdAt: new Date(T1),
      updatedAt: new Date(T1),
    }));

  it('replaces the details on update and keeps the creation time', () =>
    expect(
      project(supplementsProjection, [
        defined,
        recorded(
          event('SupplementUpdated', { ...ids, details: details({ name: { fr: 'Ménage', en: null }, mandatory: false, unit: 'PER_NIGHT', accommodationIds: [] }) }),
          T2,
        ),
      ]),
    ).toMatchObject({ nameEn: null, mandatory: false, unit: 'PER_NIGHT', accommodationIds: [], createdAt: new Date(T1), updatedAt: new Date(T2) }));

  it('deletes the row of a removed supplement', () => expect(project(supplementsProjection, [defined, recorded(event('SupplementRemoved', ids), T2)])).toBeNull());

  it('keys every event by its supplement', () => expect(supplementsProjection.rowIds(read(supplementsProjection, recorded(event('SupplementRemoved', ids), T2)))).toEqual([SUPPLEMENT]));
});

describe('Establishments projection', () => {
  const described = (name: string, at: string) =>
    recorded(
      event('EstablishmentDescribed', {
        ownerId: OWNER,
        details: { name, slogan: null, description: { fr: 'Trois gîtes.', en: null }, photos: [{ url: 'https://photos.example.fr/cour.jpg', caption: { fr: null, en: null } }] },
      }),
      at,
    );

  it('writes the description into the owner’s one row', () =>
    expect(project(establishmentsProjection, [described('Domaine des Vignes', T1)])).toEqual({
      id: OWNER,
      name: 'Domaine des Vignes',
      slogan: null,
      descriptionFr: 'Trois gîtes.',
      descriptionEn: null,
      photos: [{ url: 'https://photos.example.fr/cour.jpg', caption: { fr: null, en: null } }],
      updatedAt: new Date(T1),
    }));

  it('keeps only the latest description', () =>
    expect(project(establishmentsProjection, [described('Domaine des Vignes', T1), described('Mas des Vignes', T2)])).toMatchObject({
      name: 'Mas des Vignes',
      updatedAt: new Date(T2),
    }));

  it('keys the row by the owner', () => expect(establishmentsProjection.rowIds(read(establishmentsProjection, described('Domaine', T1)))).toEqual([OWNER]));
});

describe('Age ranges projection', () => {
  const defined = recorded(event('AgeRangeDefined', { ownerId: OWNER, ageRangeId: AGE_RANGE, label: 'Child', minAge: 3, maxAge: 16 }), T1);
  const range = { ownerId: OWNER, ageRangeId: AGE_RANGE };

  it('writes a range defined before v2 into its row as counting towards capacity', () =>
    expect(project(ageRangesProjection, [defined])).toEqual({ id: AGE_RANGE, ownerId: OWNER, label: 'Child', minAge: 3, maxAge: 16, countsTowardsCapacity: true }));

  it('writes whether a range counts towards capacity', () =>
    expect(project(ageRangesProjection, [recorded(event('AgeRangeDefined', { ...range, label: 'Baby', minAge: 0, maxAge: 2, countsTowardsCapacity: false }), T1, 2)])).toEqual({
      id: AGE_RANGE,
      ownerId: OWNER,
      label: 'Baby',
      minAge: 0,
      maxAge: 2,
      countsTowardsCapacity: false,
    }));

  it('takes the new label and bounds of a changed range', () =>
    expect(
      project(ageRangesProjection, [defined, recorded(event('AgeRangeChanged', { ...range, label: 'Kid', minAge: 4, maxAge: 15 }), T2)]),
    ).toEqual({
      id: AGE_RANGE,
      ownerId: OWNER,
      label: 'Kid',
      minAge: 4,
      maxAge: 15,
      countsTowardsCapacity: true,
    }));

  it('takes whether a changed range counts', () =>
    expect(
      project(ageRangesProjection, [defined, recorded(event('AgeRangeChanged', { ...range, label: 'Child', minAge: 3, maxAge: 16, countsTowardsCapacity: false }), T2, 2)]),
    ).toMatchObject({ countsTowardsCapacity: false }));

  it('deletes the row of a removed range', () =>
    expect(project(ageRangesProjection, [defined, recorded(event('AgeRangeRemoved', { ownerId: OWNER, ageRangeId: AGE_RANGE }), T2)])).toBeNull());

  it('keys every event by its range, not its owner', () => expect(ageRangesProjection.rowIds(read(ageRangesProjection, defined))).toEqual([AGE_RANGE]));
});

describe('Owners projection', () => {
  const details = (overrides: Partial<OwnerDetails> = {}): OwnerDetails => ({
    company: null,
    civility: 'Mme',
    lastName: 'Martin',
    firstName: 'Marie',
    address: null,
    postalCode: '84000',
    city: 'Avignon',
    country: 'France',
    phone1: '06 12 34 56 78',
    phone2: null,
    fax: null,
    website: null,
    ...overrides,
  });
  const signedUp = recorded(event('OwnerSignedUp', { ownerId: OWNER, email: 'Marie@Example.fr', passwordHash: 'argon2-hash', details: details() }), T1);

  it('writes a new account without a number until one is assigned, and never the password hash', () =>
    expect(project(ownersProjection, [signedUp])).toEqual({
      id: OWNER,
      email: 'Marie@Example.fr',
      number: null,
      ...details(),
      signedUpAt: new Date(T1),
      updatedAt: new Date(T1),
      sessionVersion: 0,
    }));

  it('counts the changes of password and email that end the sessions before them', () =>
    expect(
      project(ownersProjection, [
        signedUp,
        recorded(event('OwnerPasswordChanged', { ownerId: OWNER, passwordHash: 'argon2-hash-2' }), T2),
        recorded(event('OwnerEmailChanged', { ownerId: OWNER, previousEmail: 'Marie@Example.fr', email: 'marie@gite.fr' }), T3),
        recorded(event('OwnerDetailsUpdated', { ownerId: OWNER, details: details({ city: 'Arles' }) }), T3),
      ]),
    ).toMatchObject({ sessionVersion: 2 }));

  it('sets the owner number once assigned', () =>
    expect(project(ownersProjection, [signedUp, recorded(event('OwnerNumberAssigned', { ownerId: OWNER, number: 92750 }), T1)])).toMatchObject({ number: 92750 }));

  it('follows the details, the address and the time of the last change', () =>
    expect(
      project(ownersProjection, [
        signedUp,
        recorded(event('OwnerDetailsUpdated', { ownerId: OWNER, details: details({ city: 'Arles', phone1: null }) }), T2),
        recorded(event('OwnerEmailChanged', { ownerId: OWNER, previousEmail: 'Marie@Example.fr', email: 'marie@gite.fr' }), T3),
      ]),
    ).toMatchObject({ city: 'Arles', phone1: null, email: 'marie@gite.fr', signedUpAt: new Date(T1), updatedAt: new Date(T3) }));

  it('records when the password changed without holding it', () => {
    const row = project(ownersProjection, [signedUp, recorded(event('OwnerPasswordChanged', { ownerId: OWNER, passwordHash: 'argon2-hash-2' }), T2)]);
    expect(row).toMatchObject({ updatedAt: new Date(T2) });
    expect(row).not.toHaveProperty('passwordHash');
  });

  it('makes no row from a number assigned to an account it never saw open', () =>
    expect(project(ownersProjection, [recorded(event('OwnerNumberAssigned', { ownerId: OWNER, number: 92750 }), T1)])).toBeNull());

  it('keys every event by its owner', () => expect(ownersProjection.rowIds(read(ownersProjection, signedUp))).toEqual([OWNER]));

  it('leaves the owner’s age ranges and references to other projections', () =>
    expect([...ownersProjection.handles].sort()).toEqual(['OwnerDetailsUpdated', 'OwnerEmailChanged', 'OwnerNumberAssigned', 'OwnerPasswordChanged', 'OwnerSignedUp']));

  it('refuses to read an event of the owner stream it does not follow', () =>
    expect(() => ownersProjection.decode(recorded(event('AgeRangeRemoved', { ownerId: OWNER, ageRangeId: AGE_RANGE }), T1))).toThrow(UnreadableEvent));
});
