import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { BatchWriter } from '../../event-store/following/batch-follower';
import type { DecodedEvent } from '../../event-store/event-store.port';
import { dossierEvents, planningEvents } from '../../reservation/contracts';
import { onlinePaymentEvents, paymentsEvents } from '../../paiement/contracts';
import { ratesEvents } from '../../tarification/contracts';
import { decoderOf } from '../../shared/kernel/event-codec';
import { nameBasedUuid } from '../../shared/kernel/ids';
import { PUBLIC_EVENTS } from '../domain/integration/public-events';
import { subjectKeys, translate, type SourceEvent, type Subject } from '../application/translate-events';

export const INTEGRATION_EVENTS = 'integration-events';
/** Readers of the public events on other instances are woken on this channel. */
export const INTEGRATION_EVENTS_CHANNEL = 'integration_events_written';

const SOURCES = [dossierEvents, paymentsEvents, onlinePaymentEvents, planningEvents, ratesEvents] as const;

/** One public event as stored: the envelope's columns, its data, and its personal data apart. */
export interface IntegrationEventRow {
  readonly id: string;
  readonly position_commit: string;
  readonly position_prepare: string;
  readonly position_index: number;
  readonly type: string;
  readonly version: number;
  readonly occurred_at: Date;
  readonly owner_id: string;
  readonly accommodation_id: string | null;
  readonly accommodation_ids: readonly string[];
  readonly ordering_key: string;
  readonly data: Record<string, unknown>;
  readonly guest: Record<string, unknown> | null;
}

/** Runs in the same transaction as the public events it is handed: webhook deliveries are facts first. */
export type IntegrationEventsListener = (tx: EntityManager, rows: readonly IntegrationEventRow[]) => Promise<void>;

/**
 * Translates the domain events integrators may hear about into public events (domain/
 * integration), in the global order, and stores them where the event feed, the subscriptions and
 * the webhooks read them. Each public event's id and cursor come from its domain event, so a
 * replay writes the same rows, never new ones.
 */
@Injectable()
export class IntegrationEventsWriter implements BatchWriter {
  readonly name = INTEGRATION_EVENTS;
  readonly handles = SOURCES.flatMap((codec) => codec.types as readonly string[]);
  readonly decode = decoderOf<SourceEvent>(...SOURCES);
  private readonly listeners: IntegrationEventsListener[] = [];

  /** Webhooks register here to fan each public event out to the endpoints that want it. */
  onWritten(listener: IntegrationEventsListener): void {
    this.listeners.push(listener);
  }

  async write(tx: EntityManager, events: readonly DecodedEvent[]): Promise<void> {
    const sources = events as readonly DecodedEvent<SourceEvent>[];
    const known = await this.subjects(tx, [...new Set(sources.flatMap((e) => subjectKeys(e)))]);
    const changed = new Map<string, Subject>();
    const rows: IntegrationEventRow[] = [];
    const erased: string[] = [];
    for (const event of sources) {
      const { drafts, remember, erase = [] } = translate(event, known);
      erased.push(...erase);
      drafts.forEach((draft, index) =>
        rows.push({
          id: nameBasedUuid(`integration-event/${event.id}/${index}`),
          position_commit: event.position.commit.toString(),
          position_prepare: event.position.prepare.toString(),
          position_index: index,
          type: draft.type,
          version: PUBLIC_EVENTS[draft.type].version,
          occurred_at: event.recordedAt,
          owner_id: draft.ownerId,
          accommodation_id: draft.accommodationId,
          accommodation_ids: draft.accommodationIds,
          ordering_key: draft.orderingKey,
          data: draft.data,
          guest: draft.guest,
        }),
      );
      for (const [key, subject] of remember) {
        known.set(key, subject);
        changed.set(key, subject);
      }
    }
    if (changed.size > 0) {
      await tx.execute(
        `INSERT INTO integration_subjects (key, value) SELECT s.key, s.value FROM jsonb_to_recordset(?::jsonb) AS s(key text, value jsonb)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
        [JSON.stringify([...changed].map(([key, value]) => ({ key, value })))],
      );
    }
    if (erased.length > 0) await forgetGuests(tx, erased);
    if (rows.length === 0) return;
    const inserted = await tx.execute<IntegrationEventRow[]>(
      `INSERT INTO integration_events (id, position_commit, position_prepare, position_index, type, version, occurred_at, owner_id, accommodation_id, accommodation_ids, ordering_key, data, guest)
       SELECT r.id, r.position_commit, r.position_prepare, r.position_index, r.type, r.version, r.occurred_at, r.owner_id, r.accommodation_id,
              ARRAY(SELECT jsonb_array_elements_text(r.accommodation_ids))::uuid[], r.ordering_key, r.data, r.guest
         FROM jsonb_to_recordset(?::jsonb) AS r(id uuid, position_commit bigint, position_prepare bigint, position_index integer, type text, version integer,
              occurred_at timestamptz, owner_id uuid, accommodation_id uuid, accommodation_ids jsonb, ordering_key text, data jsonb, guest jsonb)
       ON CONFLICT (id) DO NOTHING
       RETURNING id`,
      [JSON.stringify(rows)],
    );
    // A replay finds its rows already there: only the new ones go on to webhooks.
    const fresh = new Set(inserted.map((row) => row.id));
    const written = rows.filter((row) => fresh.has(row.id));
    if (written.length === 0) return;
    for (const listener of this.listeners) await listener(tx, written);
    await tx.execute(`SELECT pg_notify('${INTEGRATION_EVENTS_CHANNEL}', '')`);
  }

  private async subjects(tx: EntityManager, keys: readonly string[]): Promise<Map<string, Subject>> {
    if (keys.length === 0) return new Map();
    const rows = await tx.execute<{ key: string; value: Subject }[]>('SELECT key, value FROM integration_subjects WHERE key IN (SELECT jsonb_array_elements_text(?::jsonb))', [JSON.stringify(keys)]);
    return new Map(rows.map((row) => [row.key, row.value]));
  }
}

/**
 * The guests of these booking files were erased: the public events kept for the feed and the
 * webhook deliveries not yet sent or kept for their log hold them no more. Those already received
 * are told by the booking.guest_changed that follows, naming nobody.
 */
async function forgetGuests(tx: EntityManager, dossierIds: readonly string[]): Promise<void> {
  const keys = JSON.stringify(dossierIds.map((id) => `booking:${id}`));
  await tx.execute('UPDATE integration_events SET guest = NULL WHERE guest IS NOT NULL AND ordering_key IN (SELECT jsonb_array_elements_text(?::jsonb))', [keys]);
  await tx.execute(
    `UPDATE webhook_deliveries SET body = jsonb_set(body::jsonb, '{data,booking,guest}', 'null')::text
      WHERE ordering_key IN (SELECT jsonb_array_elements_text(?::jsonb)) AND body::jsonb #> '{data,booking,guest}' IS NOT NULL
        AND body::jsonb #> '{data,booking,guest}' <> 'null'::jsonb`,
    [keys],
  );
}
