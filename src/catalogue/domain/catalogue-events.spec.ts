import { accommodationDetails } from '../../../test/support/catalogue-fixtures';
import { UnreadableEvent, type EventCodec } from '../../shared/kernel/event-codec';
import { event, type Event } from '../../shared/kernel/message';
import { accommodationEvents, type AccommodationEvent, type AccommodationVisibilityChanged } from './accommodation/accommodation.events';
import { establishmentEvents, type EstablishmentEvent } from './establishment/establishment.events';
import { emailClaimEvents, type EmailClaimEvent } from './owner/email-claim.events';
import type { OwnerDetails } from './owner/owner-details';
import { ownerNumberClaimEvents, type OwnerNumberClaimEvent } from './owner/owner-number-claim.events';
import { ownerEvents, type OwnerEvent } from './owner/owner.events';
import type { SupplementDetails } from './supplement/supplement-details';
import { supplementEvents, type SupplementEvent } from './supplement/supplement.events';

const OWNER = 'owner-1';

const ownerDetails: OwnerDetails = {
  company: null,
  civility: 'Mme',
  lastName: 'Martin',
  firstName: 'Marie',
  address: '3 chemin des Vignes',
  postalCode: '84000',
  city: 'Avignon',
  country: 'France',
  phone1: '06 12 34 56 78',
  phone2: null,
  fax: null,
  website: null,
};

/** Events as the deciders write them in their specs, with every nullable value both set and empty. */
const owner: OwnerEvent[] = [
  event('OwnerSignedUp', { ownerId: OWNER, email: 'Marie.Martin@Example.fr', passwordHash: 'hash-1', details: ownerDetails }),
  event('OwnerDetailsUpdated', {
    ownerId: OWNER,
    details: {
      company: 'SARL Vignes',
      civility: null,
      lastName: 'Martin',
      firstName: null,
      address: null,
      postalCode: null,
      city: null,
      country: null,
      phone1: null,
      phone2: '04 90 12 34 56',
      fax: '04 90 12 34 57',
      website: 'https://gite-des-vignes.fr',
    },
  }),
  event('OwnerPasswordChanged', { ownerId: OWNER, passwordHash: 'hash-2' }),
  event('OwnerEmailChanged', { ownerId: OWNER, previousEmail: 'marie@example.fr', email: 'marie@gite-des-vignes.fr' }),
  event('OwnerNumberAssigned', { ownerId: OWNER, number: 7 }),
  event('AccommodationReferenceReserved', { ownerId: OWNER, sequence: 1 }),
  event('AgeRangeDefined', { ownerId: OWNER, ageRangeId: 'baby', label: 'Baby', minAge: 0, maxAge: 2, countsTowardsCapacity: false }),
  event('AgeRangeChanged', { ownerId: OWNER, ageRangeId: 'child', label: 'Kid', minAge: 4, maxAge: 15, countsTowardsCapacity: true }),
  event('AgeRangeRemoved', { ownerId: OWNER, ageRangeId: 'child' }),
];

const emailClaim: EmailClaimEvent[] = [
  event('EmailClaimed', { email: 'marie.martin@example.fr', ownerId: OWNER }),
  event('EmailReleased', { email: 'marie.martin@example.fr', ownerId: OWNER }),
];

const ownerNumberClaim: OwnerNumberClaimEvent[] = [event('OwnerNumberClaimed', { number: 92750, ownerId: OWNER })];

const accommodationIds = { accommodationId: 'acc-1', ownerId: OWNER };
const shown: AccommodationVisibilityChanged = { ...accommodationIds, visibility: 'BOOKABLE' };
const accommodation: AccommodationEvent[] = [
  event('AccommodationCreated', { ...accommodationIds, reference: 'OSMB-7-1', details: accommodationDetails() }),
  event('AccommodationUpdated', {
    ...accommodationIds,
    details: accommodationDetails({
      address: null,
      postalCode: null,
      location: null,
      altitude: null,
      surface: null,
      floor: null,
      orientation: null,
      securityDeposit: null,
      description: { fr: 'Une maison.', en: null },
      characteristics: [],
      photos: [],
    }),
  }),
  event('AccommodationVisibilityChanged', shown),
  event('AccommodationArchived', accommodationIds),
  event('AccommodationRestored', accommodationIds),
  event('AccommodationRegistrationSet', { ...accommodationIds, registrationNumber: '84007123456AB', communeRequiresRegistration: true, classificationDecidedOn: '2022-05-10' }),
  event('AccommodationRegistrationSet', { ...accommodationIds, registrationNumber: null, communeRequiresRegistration: false, classificationDecidedOn: null }),
];

const supplementIds = { supplementId: 'sup-1', ownerId: OWNER };
const supplementDetails: SupplementDetails = { name: { fr: 'Ménage', en: 'Cleaning' }, mandatory: true, price: { cents: 6_000, currency: 'EUR' }, unit: 'PER_STAY', accommodationIds: ['acc-1'] };
const supplement: SupplementEvent[] = [
  event('SupplementDefined', { ...supplementIds, details: supplementDetails }),
  event('SupplementUpdated', { ...supplementIds, details: { ...supplementDetails, name: { fr: 'Ménage', en: null }, mandatory: false, accommodationIds: [] } }),
  event('SupplementRemoved', supplementIds),
];

const establishment: EstablishmentEvent[] = [
  event('EstablishmentDescribed', {
    ownerId: OWNER,
    details: { name: 'Domaine des Vignes', slogan: null, description: { fr: null, en: null }, photos: [{ url: 'https://photos.example.fr/cour.jpg', caption: { fr: 'La cour', en: null } }] },
  }),
  event('EstablishmentDescribed', {
    ownerId: OWNER,
    details: { name: 'Mas des Vignes', slogan: 'Le calme au cœur du Luberon', description: { fr: 'Trois gîtes.', en: 'Three cottages.' }, photos: [] },
  }),
];

/** An event as the store keeps it: the payload as JSON, at the version given (today's unless said). */
const stored = (codec: EventCodec<Event>, e: Event, schemaVersion = codec.versionOf(e.type)) => ({
  type: e.type,
  schemaVersion,
  data: JSON.parse(JSON.stringify(e.data)) as unknown,
});

function expectUnreadable(read: () => unknown, type: string): void {
  expect(read).toThrow(UnreadableEvent);
  expect(read).toThrow(expect.objectContaining({ type }));
}

describe.each<[string, EventCodec<Event>, readonly Event[]]>([
  ['owner', ownerEvents, owner],
  ['email claim', emailClaimEvents, emailClaim],
  ['owner number claim', ownerNumberClaimEvents, ownerNumberClaim],
  ['accommodation', accommodationEvents, accommodation],
  ['supplement', supplementEvents, supplement],
  ['establishment', establishmentEvents, establishment],
])('The %s event contract', (_, codec, samples) => {
  it('has a sample of every event type of its stream', () => expect(new Set(samples.map((e) => e.type))).toEqual(new Set(codec.types)));

  it.each(samples.map((e) => [e.type, e] as const))('reads %s back as it was written', (_, e) => expect(codec.decode(stored(codec, e))).toEqual(e));

  it.each(samples.flatMap((e) => Object.keys(e.data).map((key) => [e.type, key, e] as const)))('refuses %s without its %s', (type, key, e) => {
    const data = Object.fromEntries(Object.entries(e.data).filter(([field]) => field !== key));
    expectUnreadable(() => codec.decode({ type, schemaVersion: codec.versionOf(type), data }), type);
  });

  it('refuses a version newer than the code, rather than guess at its shape', () => {
    const [e] = samples;
    expectUnreadable(() => codec.decode(stored(codec, e, codec.versionOf(e.type) + 1)), e.type);
  });

  it('refuses a type its stream never holds, such as another stream’s', () =>
    expectUnreadable(() => codec.decode({ type: 'NightsHeld', schemaVersion: 1, data: {} }), 'NightsHeld'));
});

describe('Age range events of version 1', () => {
  const v1 = { ownerId: OWNER, ageRangeId: 'baby', label: 'Baby', minAge: 0, maxAge: 2 };

  it.each(['AgeRangeDefined', 'AgeRangeChanged'] as const)('reads a %s v1 as a range that counts towards capacity, as every range then did', (type) =>
    expect(ownerEvents.decode({ type, schemaVersion: 1, data: v1 })).toEqual({ type, data: { ...v1, countsTowardsCapacity: true } }));

  it.each(['AgeRangeDefined', 'AgeRangeChanged'] as const)('writes a %s as version 2', (type) => expect(ownerEvents.versionOf(type)).toBe(2));
});
