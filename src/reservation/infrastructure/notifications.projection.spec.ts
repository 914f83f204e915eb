import { guest } from '../../../test/support/reservation-fixtures';
import { emailEvents } from '../../communication/contracts';
import { decoded, type RecordedEvent } from '../../event-store/event-store.port';
import { euros } from '../../shared/kernel/money';
import { dossierEvents } from '../domain/dossier/dossier.events';
import type { Hold } from '../domain/planning/hold';
import { planningEvents } from '../domain/planning/planning.events';
import type { NotificationRow } from './notification.row';
import { notificationsProjection } from './notifications.projection';

const OWNER = '3fef0ab7-3717-4e35-bb97-1df92968300e';
const FILE = '7d1e2f3a-4b5c-4d6e-8f7a-0b1c2d3e4f5a';
const GITE = '2f9a1c3e-7b6d-4e5f-8a9b-0c1d2e3f4a5b';
const T1 = '2026-06-01T09:00:00.000Z';
const T2 = '2026-06-02T09:00:00.000Z';

/** An event as the projection is handed it. */
type Delivered = Parameters<typeof notificationsProjection.evolve>[1];

let revision = 0;

/** Stored as JSON with the version its codec writes, then read by the projection's own decoder. */
function delivered(type: string, data: Record<string, unknown>, occurredAt = T1): Delivered {
  revision += 1;
  const codec = [dossierEvents, planningEvents, emailEvents].find((c) => c.handles(type));
  const recorded: RecordedEvent = {
    id: `event-${revision}`,
    streamName: 'some-stream',
    revision,
    position: { commit: BigInt(revision), prepare: BigInt(revision) },
    type,
    schemaVersion: codec?.contracts[type].version ?? 1,
    data: JSON.parse(JSON.stringify(data)),
    metadata: { occurredAt, actor: { kind: 'system', id: 'test' }, correlationId: 'c', causationId: null },
    recordedAt: new Date(occurredAt),
  };
  return decoded(recorded, notificationsProjection.decode(recorded));
}

/** Every row the events touch, folded in order. */
function project(...events: Delivered[]): Map<string, NotificationRow | null> {
  const rows = new Map<string, NotificationRow | null>();
  for (const e of events) for (const id of notificationsProjection.rowIds(e)) rows.set(id, notificationsProjection.evolve(rows.get(id) ?? null, e, id));
  return rows;
}

const opened = (origin: string) =>
  delivered('DossierOpened', {
    dossierId: FILE,
    ownerId: OWNER,
    createdAt: T1,
    timeZone: 'Europe/Paris',
    origin,
    destinationId: origin === 'MARKETPLACE' ? 'destination-1' : null,
    guest: guest({ lastName: 'Dupont' }),
    stays: [
      {
        stayId: 's1',
        holdId: 'h1',
        accommodationId: GITE,
        arrival: '2026-07-04',
        departure: '2026-07-11',
        occupants: [],
        optionalSupplementIds: [],
        pricing: { accommodationPrice: euros(1), overridden: true, discounts: [], supplements: [], touristTax: euros(0) },
      },
    ],
    note: null,
    internalNote: null,
    promoCode: null,
    deposit: { kind: 'ARRHES', percent: 25, dueDate: '2026-06-08' },
    balanceDueDate: '2026-07-04',
  });

const hold = (holdId: string, kind: Hold['kind'], dossierId: string | null = null): Hold => ({ holdId, kind, arrival: '2026-07-04', departure: '2026-07-11', dossierId, reason: kind === 'IMPORTED' ? 'Airbnb' : null });
const conflicted = (clash: Hold, at = T1) => delivered('ImportConflicted', { accommodationId: GITE, ownerId: OWNER, source: 'feed-1', hold: hold('imp-1', 'IMPORTED'), clash }, at);

const queued = (to: string | null = 'marie@example.org') =>
  delivered('EmailQueued', {
    emailId: 'mail-1',
    ownerId: OWNER,
    dossierId: FILE,
    kind: 'PAYMENT_RECEIVED',
    lang: 'FR',
    recipient: 'GUEST',
    copy: false,
    to,
    replyTo: null,
    fromName: 'Gîte',
    messageId: '<m@x>',
    subject: 'Règlement reçu',
    html: '',
    text: '',
    attachment: null,
    queuedAt: T1,
  });
const failed = (reason: string) => delivered('EmailFailed', { emailId: 'mail-1', ownerId: 'owner-1', dossierId: 'dossier-1', attempt: 1, reason, detail: '550 mailbox unavailable', failedAt: T2 });

describe('the owner’s notifications', () => {
  it('tell of a file a guest opened online, not of one the owner opened', () => {
    expect(project(opened('ONLINE')).get(`booking:${FILE}`)).toMatchObject({ ownerId: OWNER, kind: 'ONLINE_BOOKING', active: true, dossierId: FILE, accommodationId: GITE, detail: 'ONLINE' });
    expect(project(opened('BACK_OFFICE')).size).toBe(0);
  });

  it('forget an online booking whose file was deleted', () =>
    expect(project(opened('ONLINE'), delivered('DossierDeleted', { dossierId: FILE, ownerId: OWNER, holdIds: [] })).get(`booking:${FILE}`)).toBeNull());

  it('tell of a calendar conflict with a file, as old as its first sighting', () =>
    expect(project(conflicted(hold('h1', 'DOSSIER', FILE)), conflicted(hold('h2', 'BLOCK'), T2)).get('conflict:imp-1')).toMatchObject({
      kind: 'SYNC_CONFLICT',
      dossierId: null,
      detail: 'Airbnb: 2026-07-04 to 2026-07-11',
      occurredAt: new Date(T1),
    }));

  it('say nothing of two calendars listing the same nights, and forget a conflict that ended', () => {
    expect(project(conflicted(hold('imp-2', 'IMPORTED'))).get('conflict:imp-1')).toBeNull();
    expect(project(conflicted(hold('h1', 'DOSSIER', FILE)), delivered('ImportConflictEnded', { accommodationId: GITE, ownerId: OWNER, source: 'feed-1', hold: hold('imp-1', 'IMPORTED') })).get('conflict:imp-1')).toBeNull();
  });

  it('tell of an email about a file that was refused, once it failed and not before', () => {
    expect(project(queued()).get('email:mail-1')).toMatchObject({ kind: 'EMAIL_FAILED', active: false });
    expect(project(queued(), failed('REFUSED')).get('email:mail-1')).toMatchObject({
      active: true,
      dossierId: FILE,
      detail: 'Règlement reçu: refused by the receiving server: 550 mailbox unavailable',
      occurredAt: new Date(T2),
    });
  });

  it('say nothing of an email that left, or that had no address the owner could have given', () => {
    expect(project(queued(), delivered('EmailSent', { emailId: 'mail-1', ownerId: 'owner-1', dossierId: 'dossier-1', attempt: 1, sentAt: T2, response: '250 OK' })).get('email:mail-1')).toBeNull();
    expect(project(queued(null), failed('NO_ADDRESS')).get('email:mail-1') ?? null).toBeNull();
  });
});
