import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { FailingEndpoint, FanOutTarget, NewDelivery, WebhookEndpointRecord, WebhookEndpointSettings, WebhookEndpointStore } from '../application/webhook-ports';
import type { FeedPosition } from '../domain/integration/cursor';
import { isPublicEventType } from '../domain/integration/public-events';
import { WebhookSecrets } from './webhook-secrets';

interface EndpointRow {
  id: string;
  owner_id: string;
  url: string;
  event_types: string[];
  include_guest_details: boolean;
  enabled: boolean;
  created_at: Date | string;
  disabled_at: Date | string | null;
  previous_secret_until: Date | string | null;
  position_commit: string | null;
  position_prepare: string | null;
  position_index: number | null;
}

const COLUMNS = 'id, owner_id, url, event_types, include_guest_details, enabled, created_at, disabled_at, previous_secret_until, position_commit, position_prepare, position_index';

const date = (value: Date | string | null): Date | null => (value === null ? null : new Date(value));

export const positionOf = (row: { position_commit: string | null; position_prepare: string | null; position_index: number | null }): FeedPosition | null =>
  row.position_commit === null || row.position_prepare === null || row.position_index === null
    ? null
    : { commit: BigInt(row.position_commit), prepare: BigInt(row.position_prepare), index: row.position_index };

/** A position as three SQL parameters; null's are all null. */
export const positionParams = (position: FeedPosition | null): [string | null, string | null, number | null] =>
  position === null ? [null, null, null] : [position.commit.toString(), position.prepare.toString(), position.index];

/** `webhook_endpoints`: settings, sealed secrets, feed position and health of each endpoint. */
@Injectable()
export class WebhookEndpointsTable implements WebhookEndpointStore {
  constructor(
    private readonly em: EntityManager,
    private readonly secrets: WebhookSecrets,
  ) {}

  add(record: WebhookEndpointRecord, secret: string, position: FeedPosition | null, max: number): Promise<boolean> {
    return this.em.fork().transactional(async (tx) => {
      // Creations for one owner queue on this lock, so the second of two racing counts the first's endpoint.
      await tx.execute('SELECT pg_advisory_xact_lock(hashtextextended(?, 0))', [`webhook-endpoints:${record.ownerId}`]);
      const [{ count }] = await tx.execute<{ count: number }[]>('SELECT count(*)::int AS count FROM webhook_endpoints WHERE owner_id = ?', [record.ownerId]);
      if (count >= max) return false;
      await tx.execute(
        `INSERT INTO webhook_endpoints (id, owner_id, url, event_types, include_guest_details, enabled, secret, position_commit, position_prepare, position_index, created_at, disabled_at)
         VALUES (?, ?, ?, ARRAY(SELECT jsonb_array_elements_text(CAST(? AS jsonb))), ?, ?, CAST(? AS jsonb), ?, ?, ?, ?, ?)`,
        [
          record.id,
          record.ownerId,
          record.url,
          JSON.stringify(record.eventTypes),
          record.includeGuestDetails,
          record.enabled,
          JSON.stringify(this.secrets.seal(record.id, secret)),
          ...positionParams(position),
          record.createdAt,
          record.disabledAt,
        ],
      );
      return true;
    });
  }

  async listOf(ownerId: string): Promise<WebhookEndpointRecord[]> {
    const rows = await this.em.fork().execute<EndpointRow[]>(`SELECT ${COLUMNS} FROM webhook_endpoints WHERE owner_id = ? ORDER BY created_at, id`, [ownerId]);
    return rows.map(recordOf);
  }

  async find(ownerId: string, endpointId: string): Promise<WebhookEndpointRecord | null> {
    const [row] = await this.em.fork().execute<EndpointRow[]>(`SELECT ${COLUMNS} FROM webhook_endpoints WHERE id = ? AND owner_id = ?`, [endpointId, ownerId]);
    return row ? recordOf(row) : null;
  }

  async update(ownerId: string, endpointId: string, settings: WebhookEndpointSettings, now: Date): Promise<WebhookEndpointRecord | null> {
    // Switched on again, it starts afresh: failures before it was off do not count towards the next disablement.
    const [row] = await this.em.fork().execute<EndpointRow[]>(
      `UPDATE webhook_endpoints
          SET url = ?, event_types = ARRAY(SELECT jsonb_array_elements_text(CAST(? AS jsonb))), include_guest_details = ?,
              failing_since = CASE WHEN ? AND NOT enabled THEN NULL ELSE failing_since END,
              disabled_at = CASE WHEN ? THEN NULL WHEN enabled THEN CAST(? AS timestamptz) ELSE disabled_at END,
              enabled = ?
        WHERE id = ? AND owner_id = ? RETURNING ${COLUMNS}`,
      [settings.url, JSON.stringify(settings.eventTypes), settings.includeGuestDetails, settings.enabled, settings.enabled, now, settings.enabled, endpointId, ownerId],
    );
    return row ? recordOf(row) : null;
  }

  async remove(ownerId: string, endpointId: string): Promise<boolean> {
    const rows = await this.em.fork().execute<{ id: string }[]>('DELETE FROM webhook_endpoints WHERE id = ? AND owner_id = ? RETURNING id', [endpointId, ownerId]);
    return rows.length > 0;
  }

  async rotate(ownerId: string, endpointId: string, secret: string, previousUntil: Date): Promise<WebhookEndpointRecord | null> {
    const [row] = await this.em.fork().execute<EndpointRow[]>(
      `UPDATE webhook_endpoints SET previous_secret = secret, previous_secret_until = ?, secret = CAST(? AS jsonb)
        WHERE id = ? AND owner_id = ? RETURNING ${COLUMNS}`,
      [previousUntil, JSON.stringify(this.secrets.seal(endpointId, secret)), endpointId, ownerId],
    );
    return row ? recordOf(row) : null;
  }

  async fanOutTargets(): Promise<FanOutTarget[]> {
    const rows = await this.em.fork().execute<EndpointRow[]>(`SELECT ${COLUMNS} FROM webhook_endpoints WHERE enabled ORDER BY id`);
    return rows.map((row) => {
      const { id, ownerId, eventTypes, includeGuestDetails } = recordOf(row);
      return { id, ownerId, eventTypes, includeGuestDetails, position: positionOf(row) };
    });
  }

  fanOut(endpointId: string, expected: FeedPosition | null, deliveries: readonly NewDelivery[], to: FeedPosition, now: Date): Promise<boolean> {
    return this.em.fork().transactional(async (tx) => {
      // Another instance fanning this endpoint out holds the row: skip it rather than wait and do it twice.
      const [held] = await tx.execute<{ id: string }[]>(
        `SELECT id FROM webhook_endpoints
          WHERE id = ? AND enabled AND (position_commit, position_prepare, position_index) IS NOT DISTINCT FROM (?::bigint, ?::bigint, ?::integer)
          FOR UPDATE SKIP LOCKED`,
        [endpointId, ...positionParams(expected)],
      );
      if (!held) return false;
      for (const d of deliveries) {
        // The ordering key is the writer's, read from the event's own row.
        await tx.execute(
          `INSERT INTO webhook_deliveries (id, endpoint_id, event_id, event_type, ordering_key, position_commit, position_prepare, position_index, body, status, next_attempt_at, created_at)
           SELECT ?, ?, e.id, ?, e.ordering_key, ?, ?, ?, ?, 'PENDING', ?, ? FROM integration_events e WHERE e.id = ?
           ON CONFLICT (endpoint_id, event_id) DO NOTHING`,
          [d.id, endpointId, d.eventType, ...positionParams(d.position), d.body, now, now, d.eventId],
        );
      }
      await tx.execute('UPDATE webhook_endpoints SET position_commit = ?, position_prepare = ?, position_index = ? WHERE id = ?', [...positionParams(to), endpointId]);
      return true;
    });
  }

  async failingSince(failingBefore: Date): Promise<FailingEndpoint[]> {
    const rows = await this.em
      .fork()
      .execute<{ id: string; owner_id: string; url: string; failing_since: Date | string }[]>('SELECT id, owner_id, url, failing_since FROM webhook_endpoints WHERE enabled AND failing_since <= ?', [
        failingBefore,
      ]);
    return rows.map((row) => ({ id: row.id, ownerId: row.owner_id, url: row.url, failingSince: new Date(row.failing_since) }));
  }

  async disable(endpointId: string, now: Date): Promise<void> {
    await this.em.fork().execute('UPDATE webhook_endpoints SET enabled = false, disabled_at = ?, failing_since = NULL WHERE id = ? AND enabled', [now, endpointId]);
  }
}

function recordOf(row: EndpointRow): WebhookEndpointRecord {
  const previousUntil = date(row.previous_secret_until);
  return {
    id: row.id,
    ownerId: row.owner_id,
    url: row.url,
    eventTypes: row.event_types.filter(isPublicEventType),
    includeGuestDetails: row.include_guest_details,
    enabled: row.enabled,
    createdAt: new Date(row.created_at),
    disabledAt: date(row.disabled_at),
    previousSecretExpiresAt: previousUntil,
  };
}
