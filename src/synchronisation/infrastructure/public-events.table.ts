import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { FeedQuery, PublicEventReads, StoredPublicEvent } from '../application/integration-feed';
import type { FeedPosition } from '../domain/integration/cursor';
import type { PublicEventType } from '../domain/integration/public-events';

interface Row {
  id: string;
  position_commit: string;
  position_prepare: string;
  position_index: number;
  type: PublicEventType;
  version: number;
  occurred_at: Date;
  owner_id: string;
  accommodation_id: string | null;
  data: Record<string, unknown>;
  guest: Record<string, unknown> | null;
}

/** Reads `integration_events` (written by IntegrationEventsWriter) in their one order, by the owner's index. */
@Injectable()
export class PublicEventsTable implements PublicEventReads {
  constructor(private readonly em: EntityManager) {}

  async page({ ownerId, after, limit, types, accommodationId }: FeedQuery): Promise<StoredPublicEvent[]> {
    const from = after ?? { commit: -1n, prepare: -1n, index: -1 };
    const rows = await this.em.fork().execute<Row[]>(
      `SELECT id, position_commit, position_prepare, position_index, type, version, occurred_at, owner_id, accommodation_id, data, guest
         FROM integration_events
        WHERE owner_id = ? AND (position_commit, position_prepare, position_index) > (?::bigint, ?::bigint, ?::integer)
          AND type IN (SELECT jsonb_array_elements_text(?::jsonb)) AND (?::uuid IS NULL OR ?::uuid = ANY(accommodation_ids))
        ORDER BY position_commit, position_prepare, position_index
        LIMIT ?`,
      [ownerId, from.commit.toString(), from.prepare.toString(), from.index, JSON.stringify(types), accommodationId, accommodationId, limit],
    );
    return rows.map((row) => ({
      id: row.id,
      position: positionOf(row),
      type: row.type,
      version: row.version,
      occurredAt: new Date(row.occurred_at),
      ownerId: row.owner_id,
      accommodationId: row.accommodation_id,
      data: row.data,
      guest: row.guest,
    }));
  }

  async last(ownerId: string): Promise<FeedPosition | null> {
    const [row] = await this.em.fork().execute<Row[]>(
      `SELECT position_commit, position_prepare, position_index FROM integration_events WHERE owner_id = ?
        ORDER BY position_commit DESC, position_prepare DESC, position_index DESC LIMIT 1`,
      [ownerId],
    );
    return row ? positionOf(row) : null;
  }
}

const positionOf = (row: Pick<Row, 'position_commit' | 'position_prepare' | 'position_index'>): FeedPosition => ({
  commit: BigInt(row.position_commit),
  prepare: BigInt(row.position_prepare),
  index: row.position_index,
});
