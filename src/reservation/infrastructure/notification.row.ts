import { EntitySchema } from '@mikro-orm/core';

/**
 * ONLINE_BOOKING: a file opened by someone other than the owner (a guest online, a channel);
 * SYNC_CONFLICT: another platform's calendar lists a stay on nights held here;
 * EMAIL_FAILED: an email about a file could not be delivered.
 */
export const NOTIFICATION_KINDS = ['ONLINE_BOOKING', 'SYNC_CONFLICT', 'EMAIL_FAILED'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * Read model of what an owner should look at: one row per thing that happened, named from its
 * cause (`booking:<dossierId>`, `conflict:<importedHoldId>`, `email:<emailId>`), so an event seen
 * again changes nothing. Whether the owner saw it is kept apart (`owner_notification_reads`): a
 * rebuild of these rows forgets nothing the owner read.
 */
export interface NotificationRow {
  id: string;
  ownerId: string;
  kind: NotificationKind;
  /** False while it has not happened yet: an email still being delivered. */
  active: boolean;
  /** The file it is about; null for a conflict on nights the owner blocked. */
  dossierId: string | null;
  accommodationId: string | null;
  /** A few words for the owner, in English like every message of the API. */
  detail: string | null;
  /** When it happened: a later occurrence under the same id is news again. */
  occurredAt: Date;
}

export const NotificationRowSchema = new EntitySchema<NotificationRow>({
  name: 'NotificationRow',
  tableName: 'owner_notifications',
  properties: {
    id: { type: 'text', primary: true },
    ownerId: { type: 'uuid' },
    kind: { type: 'text' },
    active: { type: 'boolean' },
    dossierId: { type: 'uuid', nullable: true },
    accommodationId: { type: 'uuid', nullable: true },
    detail: { type: 'text', nullable: true },
    occurredAt: { type: 'datetime', columnType: 'timestamptz' },
  },
});
