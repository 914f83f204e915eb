import { dossierDecider } from '../../src/reservation/domain/dossier/dossier.decider';
import { dossierEvents, type DossierOpened } from '../../src/reservation/domain/dossier/dossier.events';
import { guestBookingEvents, type GuestBookingRequested } from '../../src/reservation/domain/guest-booking/guest-booking.events';
import { InvalidInput } from '../../src/shared/kernel/errors';
import { command, event } from '../../src/shared/kernel/message';
import { euros } from '../../src/shared/kernel/money';
import { givenDecider } from '../support/decider-spec';
import { expectUnreadable } from '../support/event-contract-spec';
import { guest } from '../support/reservation-fixtures';

/**
 * Files and guest bookings stored before the marketplace came from no destination: read back
 * today, they say so (destinationId null), and only a MARKETPLACE file may name one.
 */
const DESTINATION = '5b0f1c52-8f6e-4d0a-9a51-3c7b2e9d4f10';
const MARIE = guest({ lastName: 'Dupont', firstName: 'Marie', email: 'marie.dupont@example.org' });

const OPENED_V3: DossierOpened = {
  dossierId: 'dossier-1',
  ownerId: 'owner-1',
  createdAt: '2027-06-01T08:00:00.000Z',
  timeZone: 'America/Martinique',
  origin: 'ONLINE',
  destinationId: null,
  guest: MARIE,
  stays: [
    {
      stayId: 'stay-1',
      holdId: 'hold-1',
      accommodationId: 'acc-1',
      arrival: '2027-07-03',
      departure: '2027-07-10',
      occupants: [{ ageRangeId: 'age-adults', count: 2 }],
      optionalSupplementIds: [],
      pricing: { accommodationPrice: euros(60_000), overridden: false, discounts: [], supplements: [], touristTax: euros(0) },
    },
  ],
  note: null,
  internalNote: null,
  promoCode: null,
  deposit: { kind: 'ACOMPTE', percent: 25, dueDate: '2027-06-11' },
  balanceDueDate: '2027-07-03',
};

const REQUESTED_V2: GuestBookingRequested = {
  guestBookingId: 'gb-1',
  ownerId: 'owner-1',
  accommodationId: 'acc-1',
  destinationId: null,
  arrival: '2027-07-03',
  departure: '2027-07-10',
  occupants: [{ ageRangeId: 'age-adults', count: 2 }],
  optionalSupplementIds: [],
  promoCode: null,
  guest: MARIE,
  lang: 'FR',
  terms: { version: '0123456789abcdef', acceptedAt: '2027-06-01T08:00:00.000Z' },
  marketingConsent: { given: false, text: null, link: null, at: '2027-06-01T08:00:00.000Z' },
  payOnline: false,
  holdId: null,
  amountDue: euros(0),
  total: euros(60_000),
  expiresAt: null,
  tokenHash: 'ab'.repeat(32),
  payment: null,
  requestedAt: '2027-06-01T08:00:00.000Z',
};

/** A payload as an older version stored it: today's, less the fields that version did not have. */
const storedWithout = (data: object, ...fields: string[]): Record<string, unknown> => Object.fromEntries(Object.entries(data).filter(([field]) => !fields.includes(field)));

describe('marketplace events read back from older versions', () => {
  it('reads a DossierOpened of version 2 as a file from no destination', () => {
    const decoded = dossierEvents.decode({ type: 'DossierOpened', schemaVersion: 2, data: storedWithout(OPENED_V3, 'destinationId') });
    expect(decoded).toEqual(event('DossierOpened', OPENED_V3));
  });

  it('reads a DossierOpened of version 1 in Paris time, from no destination', () => {
    const decoded = dossierEvents.decode({ type: 'DossierOpened', schemaVersion: 1, data: storedWithout(OPENED_V3, 'destinationId', 'timeZone') });
    expect(decoded).toEqual(event('DossierOpened', { ...OPENED_V3, timeZone: 'Europe/Paris' }));
  });

  it('reads a marketplace DossierOpened of version 3 with its destination', () => {
    const marketplace: DossierOpened = { ...OPENED_V3, origin: 'MARKETPLACE', destinationId: DESTINATION };
    expect(dossierEvents.decode({ type: 'DossierOpened', schemaVersion: 3, data: JSON.parse(JSON.stringify(marketplace)) })).toEqual(event('DossierOpened', marketplace));
  });

  it('refuses a DossierOpened of version 3 that lost its destinationId', () =>
    expectUnreadable(() => dossierEvents.decode({ type: 'DossierOpened', schemaVersion: 3, data: storedWithout(OPENED_V3, 'destinationId') }), 'DossierOpened'));

  it('reads a GuestBookingRequested of version 1 as a booking on the owner’s own site', () => {
    const decoded = guestBookingEvents.decode({ type: 'GuestBookingRequested', schemaVersion: 1, data: storedWithout(REQUESTED_V2, 'destinationId') });
    expect(decoded).toEqual(event('GuestBookingRequested', REQUESTED_V2));
  });

  it('reads a GuestBookingRequested of version 2 with its destination', () => {
    const throughDestination: GuestBookingRequested = { ...REQUESTED_V2, destinationId: DESTINATION };
    expect(guestBookingEvents.decode({ type: 'GuestBookingRequested', schemaVersion: 2, data: JSON.parse(JSON.stringify(throughDestination)) })).toEqual(
      event('GuestBookingRequested', throughDestination),
    );
  });
});

describe('opening a marketplace file', () => {
  const given = givenDecider(dossierDecider);
  const open = (data: DossierOpened) => command('OpenDossier', data);

  it('opens a MARKETPLACE file that names its destination', () => {
    const marketplace: DossierOpened = { ...OPENED_V3, origin: 'MARKETPLACE', destinationId: DESTINATION };
    given([]).when(open(marketplace)).then([event('DossierOpened', marketplace)]);
  });

  it('refuses a MARKETPLACE file without a destination', () =>
    given([])
      .when(open({ ...OPENED_V3, origin: 'MARKETPLACE', destinationId: null }))
      .thenThrows(InvalidInput, { field: 'destinationId' }));

  it.each(['ONLINE', 'BACK_OFFICE'] as const)('refuses a destination on a file of origin %s', (origin) =>
    given([])
      .when(open({ ...OPENED_V3, origin, destinationId: DESTINATION }))
      .thenThrows(InvalidInput, { field: 'destinationId' }));
});
