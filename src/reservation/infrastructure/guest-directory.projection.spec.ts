import { guest } from '../../../test/support/reservation-fixtures';
import { decoded, type RecordedEvent } from '../../event-store/event-store.port';
import { euros } from '../../shared/kernel/money';
import type { DossierStay } from '../domain/dossier/dossier';
import { dossierEvents, type DossierEvent } from '../domain/dossier/dossier.events';
import { guestIdOf } from '../domain/guests/guest-identity';
import { guestDirectoryProjection } from './guest-directory.projection';
import type { GuestFileRow } from './guest-directory.row';

const ID = '7d1e2f3a-4b5c-4d6e-8f7a-0b1c2d3e4f5a';
const OWNER = '3fef0ab7-3717-4e35-bb97-1df92968300e';
const MARIE = guest({ lastName: 'Dupont', firstName: 'Marie', email: 'marie@example.org', phone1: '06 12 34 56 78' });
const PAUL = guest({ lastName: 'Durand', firstName: 'Paul', email: 'paul@example.org' });

const stay = (stayId: string, arrival: string, departure: string): DossierStay => ({
  stayId,
  holdId: `hold-${stayId}`,
  accommodationId: 'acc-1',
  arrival,
  departure,
  occupants: [{ ageRangeId: 'adults', count: 2 }],
  optionalSupplementIds: [],
  pricing: { accommodationPrice: euros(50_000), overridden: true, discounts: [], supplements: [], touristTax: euros(0) },
});

/** An event as the projection is handed it. */
type Delivered = Parameters<typeof guestDirectoryProjection.evolve>[1];

let revision = 0;

/** As the runner hands it over: stored as JSON, then read by the projection's own codec. */
function delivered(e: DossierEvent, occurredAt = '2026-06-01T09:00:00.000Z'): Delivered {
  revision += 1;
  const recorded: RecordedEvent = {
    id: `event-${revision}`,
    streamName: `dossier-${ID}`,
    revision,
    position: { commit: BigInt(revision), prepare: BigInt(revision) },
    type: e.type,
    schemaVersion: dossierEvents.versionOf(e.type),
    data: JSON.parse(JSON.stringify(e.data)),
    metadata: { occurredAt, actor: { kind: 'owner', id: OWNER }, correlationId: 'c', causationId: null },
    recordedAt: new Date(occurredAt),
  };
  return decoded(recorded, guestDirectoryProjection.decode(recorded));
}

const project = (...events: Delivered[]): GuestFileRow | null =>
  events.reduce<GuestFileRow | null>((row, e) => guestDirectoryProjection.evolve(row, e, guestDirectoryProjection.rowIds(e)[0]), null);

const opened = (overrides: Partial<Extract<DossierEvent, { type: 'DossierOpened' }>['data']> = {}) =>
  delivered({
    type: 'DossierOpened',
    data: {
      dossierId: ID,
      ownerId: OWNER,
      createdAt: '2026-06-01T09:00:00.000Z',
      timeZone: 'Europe/Paris',
      origin: 'BACK_OFFICE',
      destinationId: null,
      guest: MARIE,
      stays: [stay('s1', '2026-07-04', '2026-07-11')],
      note: null,
      internalNote: null,
      promoCode: null,
      deposit: { kind: 'ARRHES', percent: 25, dueDate: '2026-06-08' },
      balanceDueDate: '2026-07-04',
      ...overrides,
    },
  });

describe('the guest directory’s fold of a file', () => {
  it('files the guest under their entry, named as back offices write it', () =>
    expect(project(opened())).toMatchObject({ id: ID, ownerId: OWNER, guestId: guestIdOf(OWNER, MARIE), guest: MARIE, label: 'DUPONT Marie', sortName: 'dupont marie', status: 'OPTION', arrival: '2026-07-04', departure: '2026-07-11' }));

  it('moves the file to the new guest’s entry when the owner changes the guest, with the details’ date', () =>
    expect(project(opened(), delivered({ type: 'GuestChanged', data: { dossierId: ID, ownerId: OWNER, guest: PAUL, previous: MARIE } }, '2026-06-05T10:00:00.000Z'))).toMatchObject({
      guestId: guestIdOf(OWNER, PAUL),
      guest: PAUL,
      label: 'DURAND Paul',
      guestAt: new Date('2026-06-05T10:00:00.000Z'),
    }));

  it('spans every stay, one added or moved', () =>
    expect(
      project(
        opened(),
        delivered({ type: 'StayAdded', data: { dossierId: ID, ownerId: OWNER, stay: stay('s2', '2026-07-11', '2026-07-14') } }),
        delivered({ type: 'StayChanged', data: { dossierId: ID, ownerId: OWNER, stay: stay('s1', '2026-07-01', '2026-07-08'), previous: stay('s1', '2026-07-04', '2026-07-11') } }),
      ),
    ).toMatchObject({ arrival: '2026-07-01', departure: '2026-07-14', stays: [{ stayId: 's1', arrival: '2026-07-01' }, { stayId: 's2', arrival: '2026-07-11' }] }));

  it('follows the file’s status', () =>
    expect(project(opened(), delivered({ type: 'DossierStatusChanged', data: { dossierId: ID, ownerId: OWNER, from: 'OPTION', to: 'CANCELLED' } }))?.status).toBe('CANCELLED'));

  it('forgets a deleted file', () => expect(project(opened(), delivered({ type: 'DossierDeleted', data: { dossierId: ID, ownerId: OWNER, holdIds: [] } }))).toBeNull());
});
