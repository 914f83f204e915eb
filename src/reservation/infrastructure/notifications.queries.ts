import { EntityManager } from '@mikro-orm/postgresql';
import { Inject } from '@nestjs/common';
import { Command, CommandHandler, Query, QueryHandler, type ICommandHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { InvalidInput } from '../../shared/kernel/errors';
import { isUuid } from '../../shared/kernel/ids';
import { pageSize } from '../../shared/kernel/page';
import type { Guest } from '../domain/dossier/guest';
import { backOfficeName } from '../domain/guests/guest-identity';
import type { NotificationKind } from './notification.row';

/**
 * Notifications are news for 30 days: past that the file is in the lists anyway, and a read model
 * built for the first time over years of files does not make news of every one of them.
 */
export const NOTIFICATION_DAYS = 30;
export const DEFAULT_NOTIFICATIONS = 20;
export const MAX_NOTIFICATIONS = 100;
const MAX_IDS_MARKED = 500;

export interface OwnerNotification {
  readonly id: string;
  readonly kind: NotificationKind;
  readonly dossierId: string | null;
  readonly dossierNumber: number | null;
  /** "DUPONT Marie"; null when the file is not (or no longer) listed. */
  readonly guestName: string | null;
  readonly accommodationId: string | null;
  readonly detail: string | null;
  readonly occurredAt: Date;
  readonly seen: boolean;
}

export interface OwnerNotifications {
  /** Notifications not seen yet. */
  readonly unseen: number;
  /** Files with something not seen yet, each counted once; a conflict on blocked nights counts as one. */
  readonly unseenFiles: number;
  readonly notifications: OwnerNotification[];
}

/** The caller's latest notifications, newest first, and how many are not seen yet. */
export class ListNotifications extends Query<OwnerNotifications> {
  constructor(
    readonly ownerId: string,
    readonly first: number | null,
    readonly unseenOnly: boolean,
  ) {
    super();
  }
}

/** What the owner has seen: the notifications named, those of one file, or (neither) all of them. */
export interface SeenScope {
  readonly ids?: readonly string[] | null;
  readonly dossierId?: string | null;
}

/**
 * Marks the caller's notifications seen as they stand: one that happens again later (the same
 * email failing after a retry by hand, say) is news again. Answers how many were not seen yet.
 * Kept beside the notifications rather than as events: reading is no business fact, and the
 * marks outlive a rebuild of the notifications.
 */
export class MarkNotificationsSeen extends Command<number> {
  constructor(
    readonly ownerId: string,
    readonly scope: SeenScope,
  ) {
    super();
  }
}

/** Not seen: never marked, or marked before it happened again. */
const UNSEEN = '(r.id IS NULL OR r.seen_through < n.occurred_at)';

interface NotificationSql {
  id: string;
  kind: NotificationKind;
  dossier_id: string | null;
  number: number | null;
  guest: Guest | null;
  accommodation_id: string | null;
  detail: string | null;
  occurred_at: Date;
  seen: boolean;
}

@QueryHandler(ListNotifications)
export class ListNotificationsHandler implements IQueryHandler<ListNotifications> {
  constructor(
    private readonly em: EntityManager,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ ownerId, first, unseenOnly }: ListNotifications): Promise<OwnerNotifications> {
    const size = pageSize(first, DEFAULT_NOTIFICATIONS, MAX_NOTIFICATIONS);
    const since = new Date(this.clock.now().getTime() - NOTIFICATION_DAYS * 86_400_000);
    const news = 'n.owner_id = ? AND n.active AND n.occurred_at >= ?';
    // One statement, so the counts and the list are read from the same moment: a notification
    // written between two statements would be counted and not listed, or listed and not counted.
    const rows = await this.em.fork().execute<(NotificationSql & { unseen: string; files: string })[]>(
      `WITH news AS (
         SELECT n.id, n.kind, n.dossier_id, n.owner_id, n.accommodation_id, n.detail, n.occurred_at, NOT ${UNSEEN} AS seen
           FROM owner_notifications n
           LEFT JOIN owner_notification_reads r ON r.id = n.id
          WHERE ${news}
       ), counts AS (
         SELECT count(*)::text AS unseen, count(DISTINCT coalesce(CAST(dossier_id AS text), id))::text AS files FROM news WHERE NOT seen
       )
       SELECT c.unseen, c.files, p.*
         FROM counts c
         LEFT JOIN LATERAL (
           SELECT x.id, x.kind, x.dossier_id, d.number, d.document->'guest' AS guest, x.accommodation_id, x.detail, x.occurred_at, x.seen
             FROM news x
             LEFT JOIN dossiers d ON d.id = x.dossier_id AND d.owner_id = x.owner_id
            ${unseenOnly ? 'WHERE NOT x.seen' : ''}
            ORDER BY x.occurred_at DESC, x.id DESC LIMIT ?
         ) p ON true
        ORDER BY p.occurred_at DESC, p.id DESC`,
      [ownerId, since, size],
    );
    const counts = rows[0] ?? { unseen: '0', files: '0' };
    return {
      unseen: Number(counts.unseen),
      unseenFiles: Number(counts.files),
      notifications: rows.filter((row) => row.id !== null).map((row) => ({
        id: row.id,
        kind: row.kind,
        dossierId: row.dossier_id,
        dossierNumber: row.number,
        guestName: row.guest === null ? null : backOfficeName(row.guest),
        accommodationId: row.accommodation_id,
        detail: row.detail,
        occurredAt: new Date(row.occurred_at),
        seen: row.seen,
      })),
    };
  }
}

@CommandHandler(MarkNotificationsSeen)
export class MarkNotificationsSeenHandler implements ICommandHandler<MarkNotificationsSeen> {
  constructor(private readonly em: EntityManager) {}

  async execute({ ownerId, scope }: MarkNotificationsSeen): Promise<number> {
    const clauses: string[] = [];
    const params: unknown[] = [ownerId];
    if (scope.dossierId != null) {
      // Any id may be read; only a file's id can have notifications.
      if (!isUuid(scope.dossierId)) return 0;
      clauses.push('n.dossier_id = ?');
      params.push(scope.dossierId);
    }
    if (scope.ids != null) {
      if (scope.ids.length > MAX_IDS_MARKED) throw new InvalidInput('ids', `must name at most ${MAX_IDS_MARKED} notifications`);
      if (scope.ids.length === 0) return 0;
      clauses.push('n.id IN (?)');
      params.push([...scope.ids]);
    }
    // Only what is not seen yet is written: reading a file that has nothing new writes nothing.
    const marked = await this.em.fork().execute<{ id: string }[]>(
      `INSERT INTO owner_notification_reads (id, owner_id, seen_through)
       SELECT n.id, n.owner_id, n.occurred_at FROM owner_notifications n LEFT JOIN owner_notification_reads r ON r.id = n.id
        WHERE n.owner_id = ? AND n.active AND ${UNSEEN}${clauses.map((c) => ` AND ${c}`).join('')}
       ON CONFLICT (id) DO UPDATE SET seen_through = greatest(owner_notification_reads.seen_through, EXCLUDED.seen_through)
       RETURNING id`,
      params,
    );
    return marked.length;
  }
}
