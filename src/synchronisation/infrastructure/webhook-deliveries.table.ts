import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { SealedValueUnreadable, type SealedValue } from '../../shared/crypto/aes-gcm-sealing';
import type { ClaimedDelivery, DeliveryStatus, WebhookDeliveryRecord, WebhookDeliveryStore } from '../application/webhook-ports';
import type { FeedPosition } from '../domain/integration/cursor';
import type { AfterFailure } from '../domain/webhook/delivery-schedule';
import { positionParams } from './webhook-endpoints.table';
import { WebhookSecrets } from './webhook-secrets';

interface DeliveryRow {
  id: string;
  endpoint_id: string;
  event_id: string;
  event_type: string;
  position_commit: string;
  position_prepare: string;
  position_index: number;
  status: DeliveryStatus;
  attempts: number;
  last_status_code: number | null;
  last_attempt_at: Date | string | null;
  next_attempt_at: Date | string | null;
  delivered_at: Date | string | null;
  last_error: string | null;
  created_at: Date | string;
}

interface ClaimedRow {
  id: string;
  endpoint_id: string;
  event_id: string;
  ordering_key: string;
  position_commit: string;
  position_prepare: string;
  position_index: number;
  body: string;
  run_attempts: number;
  first_attempt_at: Date | string | null;
  url: string;
  secret: SealedValue;
  previous_secret: SealedValue | null;
  previous_secret_until: Date | string | null;
}

const COLUMNS = (alias: string) =>
  ['id', 'endpoint_id', 'event_id', 'event_type', 'position_commit', 'position_prepare', 'position_index', 'status', 'attempts', 'last_status_code', 'last_attempt_at', 'next_attempt_at', 'delivered_at', 'last_error', 'created_at']
    .map((column) => `${alias}.${column}`)
    .join(', ');

const date = (value: Date | string | null): Date | null => (value === null ? null : new Date(value));

/** What a log may say of a failure: one short line, never a stack or the receiver's answer. */
const MAX_ERROR_LENGTH = 200;

/** `webhook_deliveries`: each public event an endpoint is to receive, and how its attempts went. */
@Injectable()
export class WebhookDeliveriesTable implements WebhookDeliveryStore {
  constructor(
    private readonly em: EntityManager,
    private readonly secrets: WebhookSecrets,
  ) {}

  async claimDue(now: Date, leaseUntil: Date, limit: number, lane?: { endpointId: string; orderingKey: string }): Promise<ClaimedDelivery[]> {
    // The ordering rule (domain/webhook/delivery-order.ts) across instances: nothing is taken while
    // an earlier delivery of its lane is pending, even one leased by another instance right now.
    const rows = await this.em.fork().execute<ClaimedRow[]>(
      `WITH due AS (
         SELECT d.id FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id AND e.enabled
          WHERE d.status = 'PENDING' AND d.next_attempt_at <= ?
            AND (?::uuid IS NULL OR (d.endpoint_id = ?::uuid AND d.ordering_key = ?))
            AND NOT EXISTS (
              SELECT 1 FROM webhook_deliveries p
               WHERE p.endpoint_id = d.endpoint_id AND p.ordering_key = d.ordering_key AND p.status = 'PENDING'
                 AND (p.position_commit, p.position_prepare, p.position_index) < (d.position_commit, d.position_prepare, d.position_index))
          ORDER BY d.next_attempt_at, d.position_commit, d.position_prepare, d.position_index
          LIMIT ?
          FOR UPDATE OF d SKIP LOCKED)
       UPDATE webhook_deliveries d SET next_attempt_at = ?
         FROM due, webhook_endpoints e
        WHERE d.id = due.id AND e.id = d.endpoint_id
       RETURNING d.id, d.endpoint_id, d.event_id, d.ordering_key, d.position_commit, d.position_prepare, d.position_index, d.body, d.run_attempts, d.first_attempt_at,
                 e.url, e.secret, e.previous_secret, e.previous_secret_until`,
      [now, lane?.endpointId ?? null, lane?.endpointId ?? null, lane?.orderingKey ?? null, limit, leaseUntil],
    );
    return rows.map((row) => ({
      id: row.id,
      endpointId: row.endpoint_id,
      eventId: row.event_id,
      orderingKey: row.ordering_key,
      position: { commit: BigInt(row.position_commit), prepare: BigInt(row.position_prepare), index: row.position_index },
      url: row.url,
      body: row.body,
      secrets: this.signingSecrets(row, now),
      runAttempts: row.run_attempts,
      firstAttemptAt: date(row.first_attempt_at),
    }));
  }

  /** The current secret, and the previous one while it still counts; none when they no longer open (the key changed). */
  private signingSecrets(row: ClaimedRow, now: Date): string[] {
    try {
      const previous = row.previous_secret && row.previous_secret_until && new Date(row.previous_secret_until) > now ? [this.secrets.open(row.endpoint_id, row.previous_secret)] : [];
      return [this.secrets.open(row.endpoint_id, row.secret), ...previous];
    } catch (error) {
      if (error instanceof SealedValueUnreadable) return [];
      throw error;
    }
  }

  /** One statement (the delivery, and its endpoint no longer failing): the sender's hot path, one round trip. */
  async recordSuccess(delivery: ClaimedDelivery, status: number, now: Date): Promise<void> {
    await this.em.fork().execute(
      `WITH done AS (
         UPDATE webhook_deliveries SET status = 'DELIVERED', attempts = attempts + 1, run_attempts = run_attempts + 1, first_attempt_at = coalesce(first_attempt_at, ?),
                last_attempt_at = ?, last_status_code = ?, last_error = NULL, delivered_at = ?, next_attempt_at = NULL
          WHERE id = ? RETURNING endpoint_id)
       -- Only when it was failing: every delivery writing its endpoint's row would queue them all behind one lock.
       UPDATE webhook_endpoints e SET failing_since = NULL FROM done WHERE e.id = done.endpoint_id AND e.failing_since IS NOT NULL`,
      [now, now, status, now, delivery.id],
    );
  }

  async recordFailure(delivery: ClaimedDelivery, status: number | null, error: string, outcome: AfterFailure, now: Date): Promise<void> {
    await this.em.fork().execute(
      `WITH failed AS (
         UPDATE webhook_deliveries SET status = ?, attempts = attempts + 1, run_attempts = run_attempts + 1, first_attempt_at = coalesce(first_attempt_at, ?),
                last_attempt_at = ?, last_status_code = ?, last_error = ?, next_attempt_at = ?
          WHERE id = ? RETURNING endpoint_id)
       UPDATE webhook_endpoints e SET failing_since = ? FROM failed WHERE e.id = failed.endpoint_id AND e.failing_since IS NULL`,
      [outcome.status, now, now, status, error.slice(0, MAX_ERROR_LENGTH), outcome.status === 'PENDING' ? outcome.nextAttemptAt : null, delivery.id, now],
    );
  }

  async page(ownerId: string, endpointId: string, before: FeedPosition | null, limit: number): Promise<WebhookDeliveryRecord[] | null> {
    const em = this.em.fork();
    const [endpoint] = await em.execute<{ id: string }[]>('SELECT id FROM webhook_endpoints WHERE id = ? AND owner_id = ?', [endpointId, ownerId]);
    if (!endpoint) return null;
    const rows = await em.execute<DeliveryRow[]>(
      `SELECT ${COLUMNS('d')} FROM webhook_deliveries d
        WHERE d.endpoint_id = ? AND (?::bigint IS NULL OR (d.position_commit, d.position_prepare, d.position_index) < (?::bigint, ?::bigint, ?::integer))
        ORDER BY d.position_commit DESC, d.position_prepare DESC, d.position_index DESC
        LIMIT ?`,
      [endpointId, positionParams(before)[0], ...positionParams(before), limit],
    );
    return rows.map(recordOf);
  }

  async find(ownerId: string, deliveryId: string): Promise<WebhookDeliveryRecord | null> {
    const [row] = await this.em
      .fork()
      .execute<DeliveryRow[]>(`SELECT ${COLUMNS('d')} FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id WHERE d.id = ? AND e.owner_id = ?`, [deliveryId, ownerId]);
    return row ? recordOf(row) : null;
  }

  async redeliver(ownerId: string, deliveryId: string, now: Date): Promise<WebhookDeliveryRecord | null> {
    const [row] = await this.em.fork().execute<DeliveryRow[]>(
      `UPDATE webhook_deliveries d SET status = 'PENDING', next_attempt_at = ?, run_attempts = 0, first_attempt_at = NULL, delivered_at = NULL
         FROM webhook_endpoints e
        WHERE d.id = ? AND e.id = d.endpoint_id AND e.owner_id = ? AND d.status <> 'PENDING'
       RETURNING ${COLUMNS('d')}`,
      [now, deliveryId, ownerId],
    );
    return row ? recordOf(row) : null;
  }
}

function recordOf(row: DeliveryRow): WebhookDeliveryRecord {
  return {
    id: row.id,
    endpointId: row.endpoint_id,
    eventId: row.event_id,
    eventType: row.event_type,
    position: { commit: BigInt(row.position_commit), prepare: BigInt(row.position_prepare), index: row.position_index },
    status: row.status,
    attempts: row.attempts,
    lastStatusCode: row.last_status_code,
    lastAttemptAt: date(row.last_attempt_at),
    nextAttemptAt: date(row.next_attempt_at),
    deliveredAt: date(row.delivered_at),
    lastError: row.last_error,
    createdAt: new Date(row.created_at),
  };
}
