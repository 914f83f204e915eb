import { EntitySchema } from '@mikro-orm/core';

/** Read model of the outbox: an email's status for the owner, and when the sender tries it next. */
export interface EmailRow {
  id: string;
  ownerId: string;
  dossierId: string | null;
  kind: string;
  recipient: string;
  copy: boolean;
  to: string | null;
  subject: string;
  /** QUEUED (waiting or being retried), SENT or FAILED. */
  status: string;
  attempts: number;
  /** Null once sent or failed. */
  nextAttemptAt: Date | null;
  /** The last failure, as the owner reads it. */
  error: string | null;
  queuedAt: Date;
  updatedAt: Date;
}

export const EmailRowSchema = new EntitySchema<EmailRow>({
  name: 'EmailRow',
  tableName: 'emails',
  properties: {
    id: { type: 'uuid', primary: true },
    ownerId: { type: 'uuid' },
    dossierId: { type: 'uuid', nullable: true },
    kind: { type: 'text' },
    recipient: { type: 'text' },
    copy: { type: 'boolean' },
    to: { type: 'text', nullable: true, fieldName: 'to' },
    subject: { type: 'text' },
    status: { type: 'text' },
    attempts: { type: 'integer' },
    nextAttemptAt: { type: 'datetime', columnType: 'timestamptz', nullable: true },
    error: { type: 'text', nullable: true },
    queuedAt: { type: 'datetime', columnType: 'timestamptz' },
    updatedAt: { type: 'datetime', columnType: 'timestamptz' },
  },
});
