import { emailEvents, type EmailEvent } from '../../communication/contracts';
import type { DecodedEvent } from '../../event-store/event-store.port';
import type { Projection } from '../../event-store/projection/projection';
import { assertNever } from '../../shared/kernel/assert-never';
import { decoderOf } from '../../shared/kernel/event-codec';
import { dossierEvents, type DossierEvent } from '../domain/dossier/dossier.events';
import { planningEvents, type PlanningEvent } from '../domain/planning/planning.events';
import { NotificationRowSchema, type NotificationRow } from './notification.row';

const HANDLED = ['DossierOpened', 'DossierDeleted', 'ImportConflicted', 'ImportConflictEnded', 'NightsHeld', 'EmailQueued', 'EmailDeferred', 'EmailSent', 'EmailFailed', 'EmailErased'] as const;
type Handled = Extract<DossierEvent | PlanningEvent | EmailEvent, { type: (typeof HANDLED)[number] }>;

const decode = decoderOf<DossierEvent | PlanningEvent | EmailEvent>(dossierEvents, planningEvents, emailEvents);

const bookingId = (dossierId: string): string => `booking:${dossierId}`;
const conflictId = (holdId: string): string => `conflict:${holdId}`;
const emailId = (id: string): string => `email:${id}`;

function rowIds(e: DecodedEvent<Handled>): string[] {
  switch (e.type) {
    case 'DossierOpened':
      // The owner knows of the files they open themselves.
      return e.data.origin === 'BACK_OFFICE' ? [] : [bookingId(e.data.dossierId)];
    case 'DossierDeleted':
      return [bookingId(e.data.dossierId)];
    case 'ImportConflicted':
    case 'ImportConflictEnded':
      return [conflictId(e.data.hold.holdId)];
    case 'NightsHeld':
      return e.data.hold.kind === 'IMPORTED' ? [conflictId(e.data.hold.holdId)] : [];
    case 'EmailQueued':
      // An email about no file is not a file to look at; one with no address to write to fails at
      // once, and the owner, who typed the file without one, knows.
      return e.data.dossierId === null || e.data.to === null ? [] : [emailId(e.data.emailId)];
    case 'EmailDeferred':
    case 'EmailSent':
    case 'EmailFailed':
    case 'EmailErased':
      return [emailId(e.data.emailId)];
    default:
      return assertNever(e);
  }
}

const failure = (reason: 'REFUSED' | 'GAVE_UP', detail: string | null): string =>
  `${reason === 'REFUSED' ? 'refused by the receiving server' : 'not delivered after many attempts'}${detail === null ? '' : `: ${detail}`}`;

function evolve(row: NotificationRow | null, e: DecodedEvent<Handled>, id: string): NotificationRow | null {
  switch (e.type) {
    case 'DossierOpened': {
      const { ownerId, dossierId, origin, stays, createdAt } = e.data;
      return { id, ownerId, kind: 'ONLINE_BOOKING', active: true, dossierId, accommodationId: stays[0]?.accommodationId ?? null, detail: origin, occurredAt: new Date(createdAt) };
    }
    case 'ImportConflicted': {
      const { ownerId, accommodationId, source, hold, clash } = e.data;
      // Two calendars listing the same nights sell nothing twice here (see planning-conflicts).
      if (clash.kind === 'IMPORTED') return null;
      const detail = `${hold.reason ?? source}: ${hold.arrival} to ${hold.departure}`;
      // The same double booking with another clash is no news: it keeps when it was first seen.
      return { id, ownerId, kind: 'SYNC_CONFLICT', active: true, dossierId: clash.dossierId, accommodationId, detail, occurredAt: row?.occurredAt ?? new Date(e.metadata.occurredAt) };
    }
    case 'EmailQueued': {
      const { ownerId, dossierId, subject, queuedAt } = e.data;
      return { id, ownerId, kind: 'EMAIL_FAILED', active: false, dossierId, accommodationId: null, detail: subject, occurredAt: new Date(queuedAt) };
    }
    case 'EmailDeferred':
      return row;
    case 'EmailFailed':
      if (row === null || row.active) return row;
      return e.data.reason === 'NO_ADDRESS' ? null : { ...row, active: true, detail: `${row.detail ?? ''}: ${failure(e.data.reason, e.data.detail)}`, occurredAt: new Date(e.data.failedAt) };
    // Over: the file is gone, the conflict ended or the imported stay got its nights, the email
    // left, or the guest it was for was erased (nothing is left to tell the owner about it).
    case 'DossierDeleted':
    case 'ImportConflictEnded':
    case 'NightsHeld':
    case 'EmailSent':
    case 'EmailErased':
      return null;
    default:
      return assertNever(e);
  }
}

/**
 * What the owner has not looked at yet: online bookings, calendar conflicts and emails that could
 * not be delivered, from Reservation's and Communication's events.
 */
export const notificationsProjection: Projection<NotificationRow, Handled> = {
  name: 'owner-notifications',
  entity: NotificationRowSchema,
  tables: ['owner_notifications'],
  handles: HANDLED,
  decode: (stored) => decode(stored) as Handled,
  rowIds,
  evolve,
};
