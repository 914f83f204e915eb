import type { DecodedEvent } from '../../event-store/event-store.port';
import type { Projection } from '../../event-store/projection/projection';
import { assertNever } from '../../shared/kernel/assert-never';
import { emailEvents, type EmailEvent, type FailureReason } from '../domain/email/email.events';
import { EmailRowSchema, type EmailRow } from './email.row';

/** What the owner reads of a failure, in English like every message of the API. */
export function failureText(reason: FailureReason, detail: string | null): string {
  switch (reason) {
    case 'NO_ADDRESS':
      return 'not sent: no address';
    case 'REFUSED':
      return `refused by the receiving server: ${detail ?? 'no reason given'}`;
    case 'GAVE_UP':
      return `not delivered after many attempts: ${detail ?? 'no reason given'}`;
    default:
      return assertNever(reason);
  }
}

function evolve(row: EmailRow | null, e: DecodedEvent<EmailEvent>): EmailRow | null {
  const updatedAt = new Date(e.metadata.occurredAt);
  if (e.type === 'EmailQueued') {
    const { emailId, ownerId, dossierId, kind, recipient, copy, to, subject, queuedAt } = e.data;
    const at = new Date(queuedAt);
    return { id: emailId, ownerId, dossierId, kind, recipient, copy, to, subject, status: 'QUEUED', attempts: 0, nextAttemptAt: at, error: null, queuedAt: at, updatedAt };
  }
  if (row === null) return null;
  switch (e.type) {
    case 'EmailDeferred':
      return { ...row, attempts: e.data.attempt, nextAttemptAt: new Date(e.data.retryAt), error: e.data.detail, updatedAt };
    case 'EmailSent':
      return { ...row, status: 'SENT', attempts: e.data.attempt, nextAttemptAt: null, error: null, updatedAt };
    case 'EmailFailed':
      return { ...row, status: 'FAILED', attempts: e.data.attempt, nextAttemptAt: null, error: failureText(e.data.reason, e.data.detail), updatedAt };
    case 'EmailErased':
      // As its events read once the key is gone; a mail server's words may have quoted the address.
      return { ...row, to: null, subject: '', error: row.error === null ? null : 'personal data erased', updatedAt };
    default:
      return assertNever(e);
  }
}

/** One row per email of the outbox. */
export const emailsProjection: Projection<EmailRow, EmailEvent> = {
  name: 'emails',
  entity: EmailRowSchema,
  tables: ['emails'],
  handles: emailEvents.types,
  decode: emailEvents.decode,
  rowIds: (e) => [e.data.emailId],
  evolve,
};
