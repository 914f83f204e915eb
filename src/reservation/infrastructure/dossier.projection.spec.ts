import { guest } from '../../../test/support/reservation-fixtures';
import { decoded, type DecodedEvent, type RecordedEvent } from '../../event-store/event-store.port';
import { event } from '../../shared/kernel/message';
import { euros } from '../../shared/kernel/money';
import { dossierStream } from '../domain/dossier/dossier.decider';
import { dossierEvents, type DossierEvent, type DossierOpened } from '../domain/dossier/dossier.events';
import { dossiersProjection } from './dossier.projection';
import type { DossierRow } from './dossier.row';

const ID = 'dossier-1';
const OWNER = 'owner-1';
const T1 = '2026-06-01T09:00:00.000Z';
const T2 = '2026-06-03T14:15:00.000Z';

const CLAIRE = guest({ firstName: 'Claire', email: 'claire.martin@example.fr' });
const MARRIED = guest({ lastName: 'Dubois', firstName: 'Claire', company: 'Atelier Dubois', email: 'claire@dubois.example' });

let position = 0n;

/** As the runner hands it over: stored as JSON, then read by the projection's own codec. */
function delivered(e: DossierEvent, occurredAt: string): DecodedEvent<DossierEvent> {
  position += 1n;
  const recorded: RecordedEvent = {
    id: `event-${position}`,
    streamName: dossierStream(ID),
    revision: Number(position),
    position: { commit: position, prepare: position },
    type: e.type,
    schemaVersion: dossierEvents.versionOf(e.type),
    data: JSON.parse(JSON.stringify(e.data)),
    metadata: { occurredAt, actor: { kind: 'owner', id: OWNER }, correlationId: 'corr-1', causationId: null },
    recordedAt: new Date(occurredAt),
  };
  return decoded(recorded, dossiersProjection.decode(recorded));
}

const project = (events: readonly DecodedEvent<DossierEvent>[]): DossierRow | null =>
  events.reduce<DossierRow | null>((row, e) => dossiersProjection.evolve(row, e, dossiersProjection.rowIds(e)[0]), null);

const OPENING: DossierOpened = {
  dossierId: ID,
  ownerId: OWNER,
  createdAt: T1,
  timeZone: 'Europe/Paris',
  origin: 'BACK_OFFICE',
  destinationId: null,
  guest: CLAIRE,
  stays: [
    {
      stayId: 'stay-1',
      holdId: 'hold-1',
      accommodationId: 'acc-gite',
      arrival: '2026-07-04',
      departure: '2026-07-11',
      occupants: [{ ageRangeId: 'age-adults', count: 2 }],
      optionalSupplementIds: [],
      pricing: { accommodationPrice: euros(50_000), overridden: true, discounts: [], supplements: [], touristTax: euros(0) },
    },
  ],
  note: null,
  internalNote: null,
  promoCode: null,
  deposit: { kind: 'ACOMPTE', percent: 25, dueDate: '2026-06-11' },
  balanceDueDate: '2026-07-04',
};

const opened = delivered(event('DossierOpened', OPENING), T1);
const guestChanged = delivered(event('GuestChanged', { dossierId: ID, ownerId: OWNER, guest: MARRIED, previous: CLAIRE }), T2);

describe('Booking files projection', () => {
  it('shows the guest the file was opened with', () =>
    expect(project([opened])).toMatchObject({ guestName: 'Claire Martin', guestSearch: 'martin claire claire.martin@example.fr', document: { guest: CLAIRE } }));

  it('shows the corrected guest wherever the row names them (the file, the planning’s name, the search) and changes nothing else', () => {
    const before = project([opened]);
    expect(project([opened, guestChanged])).toEqual({
      ...before,
      guestName: 'Claire Dubois',
      guestSearch: 'dubois claire atelier dubois claire@dubois.example',
      document: { ...before?.document, guest: MARRIED, updatedAt: T2 },
    });
  });
});
