import { randomUUID } from 'node:crypto';
import { Pool, type PoolConfig } from 'pg';
import type {
  AppendResult,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  Lag,
  ReadAllOptions,
  RecordedEvent,
  StreamSnapshot,
  SubscribeOptions,
  Subscription,
} from '../event-store.port';
import type { EventMetadata } from '../../shared/kernel/message';
import type { Position } from '../position';
import { WrongExpectedRevision } from '../wrong-expected-revision.error';
import { AppendNotifier } from './append-notifier';
import { migrateEventStoreSchema } from './postgres-event-store.schema';

interface EventRow {
  global_position: string;
  transaction_id: string;
  event_id: string;
  stream_name: string;
  stream_revision: string;
  type: string;
  schema_version: number;
  data: Record<string, unknown>;
  metadata: EventMetadata;
  recorded_at: Date;
}

const COLUMNS =
  'global_position, transaction_id::text AS transaction_id, event_id, stream_name, stream_revision, type, schema_version, data, metadata, recorded_at';

/**
 * Only transactions below the oldest one still running are finished, so reading strictly below
 * `pg_snapshot_xmin` and in (transaction id, sequence) order never lets a late commit slip in
 * behind a position a reader has already passed.
 */
const VISIBLE = 'transaction_order < (pg_snapshot_xmin(pg_current_snapshot())::text)::bigint';
const AFTER = '(transaction_order, global_position) > ($1::bigint, $2::bigint)';

/**
 * How the stream's revision is moved forward under its row lock, for each kind of expectation:
 * exactly one of several concurrent writers finds the revision it expects.
 */
const CLAIMS = {
  any: `INSERT INTO event_streams (stream_name, revision) VALUES ($1, $3 - 1)
        ON CONFLICT (stream_name) DO UPDATE SET revision = event_streams.revision + $3 RETURNING revision`,
  no_stream: `INSERT INTO event_streams (stream_name, revision) VALUES ($1, $3 - 1)
              ON CONFLICT (stream_name) DO NOTHING RETURNING revision`,
  exact: 'UPDATE event_streams SET revision = revision + $3 WHERE stream_name = $1 AND revision = $2 RETURNING revision',
};

/**
 * One statement, so one round trip: claim the revisions, insert the events numbered from them,
 * and wake the subscribers, all in the statement's own transaction. When the claim finds another
 * revision, nothing is inserted and `revision` comes back null.
 */
const append = (claim: string) => `
WITH claim AS (${claim}),
ins AS (
  INSERT INTO events (event_id, stream_name, stream_revision, type, schema_version, data, metadata)
  SELECT e.id, $1, claim.revision - $3 + e.ord, e.type, e.version, e.data, e.metadata
  FROM claim, unnest($4::uuid[], $5::text[], $6::int[], $7::jsonb[], $8::jsonb[]) WITH ORDINALITY AS e(id, type, version, data, metadata, ord)
  RETURNING global_position, transaction_id
)
SELECT (SELECT revision FROM claim)::text AS revision, max(global_position)::text AS prepare, max(transaction_id::text) AS transaction_id,
  (SELECT pg_notify('${AppendNotifier.CHANNEL}', $1) FROM ins LIMIT 1) AS notified,
  $2::bigint AS expected
FROM ins`;

export interface PostgresEventStoreOptions {
  /** How long an idle subscription sleeps when nothing wakes it; appends wake it at once. */
  readonly pollIntervalMs?: number;
  readonly batchSize?: number;
}

export class PostgresEventStore implements EventStore {
  private readonly pool: Pool;
  private readonly notifier: AppendNotifier;

  constructor(
    connection: PoolConfig,
    private readonly options: PostgresEventStoreOptions = {},
  ) {
    // Idle connections are kept a minute: an idle server's subscription reads every ten seconds,
    // and opening a connection costs both sides far more than the read.
    this.pool = new Pool({ max: 20, idleTimeoutMillis: 60_000, ...connection });
    this.pool.on('error', () => undefined);
    this.notifier = new AppendNotifier(connection);
  }

  migrate(): Promise<void> {
    return migrateEventStoreSchema(this.pool);
  }

  async appendToStream(
    streamName: string,
    events: readonly EventToAppend[],
    { expectedRevision }: { expectedRevision: ExpectedRevision },
  ): Promise<AppendResult> {
    if (events.length === 0) throw new Error('appendToStream needs at least one event');
    const claim = expectedRevision === 'any' ? CLAIMS.any : expectedRevision === 'no_stream' ? CLAIMS.no_stream : CLAIMS.exact;
    const result = await this.pool.query<{ revision: string | null; prepare: string | null; transaction_id: string | null }>(append(claim), [
      streamName,
      typeof expectedRevision === 'number' ? expectedRevision : -1,
      events.length,
      events.map((e) => e.id ?? randomUUID()),
      events.map((e) => e.type),
      events.map((e) => e.schemaVersion),
      events.map((e) => JSON.stringify(e.data)),
      events.map((e) => JSON.stringify(e.metadata)),
    ]);
    const row = result.rows[0];
    if (row?.revision == null || row.prepare === null || row.transaction_id === null) {
      const actual = await this.pool.query<{ revision: string }>('SELECT revision FROM event_streams WHERE stream_name = $1', [streamName]);
      throw new WrongExpectedRevision(streamName, expectedRevision, actual.rows.length ? Number(actual.rows[0].revision) : 'no_stream');
    }
    // Subscribers in this process learn at once, without waiting for the notification's round trip.
    this.notifier.appended();
    return { nextExpectedRevision: Number(row.revision), position: { commit: BigInt(row.transaction_id), prepare: BigInt(row.prepare) } };
  }

  private async read<R extends object>(sql: string, params: unknown[]): Promise<R[]> {
    return (await this.pool.query<R & Record<string, unknown>>(sql, params)).rows;
  }

  async readStream(streamName: string, { fromRevision = 0 }: { fromRevision?: number } = {}): Promise<RecordedEvent[]> {
    const rows = await this.read<EventRow>(
      `SELECT ${COLUMNS} FROM events WHERE stream_name = $1 AND stream_revision >= $2 ORDER BY stream_revision`,
      [streamName, fromRevision],
    );
    return rows.map(toRecorded);
  }

  async loadStream(streamName: string, snapshotVersion: number): Promise<{ snapshot: StreamSnapshot | null; events: RecordedEvent[] }> {
    // One round trip: the snapshot's row (if it has this version) first, then the events after it.
    const rows = await this.read<EventRow & { snapshot: boolean }>(
      `WITH s AS (SELECT revision, state, commit_position, prepare_position FROM stream_snapshots WHERE stream_name = $1 AND version = $2)
       SELECT true AS snapshot, prepare_position AS global_position, commit_position::text AS transaction_id, NULL::uuid AS event_id, $1 AS stream_name,
              revision AS stream_revision, NULL::text AS type, NULL::int AS schema_version, state AS data, NULL::jsonb AS metadata, NULL::timestamptz AS recorded_at
         FROM s
       UNION ALL
       SELECT false, ${COLUMNS} FROM events
        WHERE stream_name = $1 AND stream_revision > coalesce((SELECT revision FROM s), -1)
       ORDER BY snapshot DESC, stream_revision`,
      [streamName, snapshotVersion],
    );
    const first = rows[0];
    const snapshot = first?.snapshot
      ? { revision: Number(first.stream_revision), position: { commit: BigInt(first.transaction_id), prepare: BigInt(first.global_position) }, version: snapshotVersion, state: first.data }
      : null;
    return { snapshot, events: (snapshot ? rows.slice(1) : rows).map(toRecorded) };
  }

  async saveSnapshot(streamName: string, { revision, position, version, state }: StreamSnapshot): Promise<void> {
    await this.pool.query(
      `INSERT INTO stream_snapshots AS s (stream_name, revision, commit_position, prepare_position, version, state) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (stream_name) DO UPDATE SET revision = excluded.revision, commit_position = excluded.commit_position,
         prepare_position = excluded.prepare_position, version = excluded.version, state = excluded.state, taken_at = now()
       WHERE s.revision < excluded.revision OR s.version <> excluded.version`,
      [streamName, revision, position.commit.toString(), position.prepare.toString(), version, JSON.stringify(state)],
    );
  }

  async readAll({ after, maxCount = 1000 }: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const rows = after
      ? await this.read<EventRow>(`SELECT ${COLUMNS} FROM events WHERE ${AFTER} AND ${VISIBLE} ORDER BY transaction_order, global_position LIMIT $3`, [
          positiveText(after.commit),
          after.prepare.toString(),
          maxCount,
        ])
      : await this.read<EventRow>(`SELECT ${COLUMNS} FROM events WHERE ${VISIBLE} ORDER BY transaction_order, global_position LIMIT $1`, [maxCount]);
    return rows.map(toRecorded);
  }

  /**
   * A subscriber's read: the next readable events, each row also saying whether events behind an
   * older transaction still running wait to be readable (one statement; the subquery runs once),
   * so that after a short batch the subscriber knows without asking again whether to sleep.
   */
  private async readBatch(after: Position | undefined, maxCount: number): Promise<{ events: RecordedEvent[]; pending: boolean }> {
    const from = after ?? { commit: 0n, prepare: 0n };
    const rows = await this.read<EventRow & { pending: boolean }>(
      `SELECT ${COLUMNS}, (SELECT EXISTS (SELECT 1 FROM events WHERE ${AFTER} AND NOT ${VISIBLE})) AS pending
         FROM events WHERE ${AFTER} AND ${VISIBLE} ORDER BY transaction_order, global_position LIMIT $3`,
      [after ? positiveText(from.commit) : '-1', after ? from.prepare.toString() : '-1', maxCount],
    );
    return { events: rows.map(toRecorded), pending: rows[0]?.pending ?? false };
  }

  /**
   * Whether any event after `after` is committed, readable or not: asked when a read found
   * nothing, an event behind an older transaction still running is there but not yet readable (or
   * became readable between the two statements), and must be read again soon.
   */
  private async pendingAfter(after: Position | undefined): Promise<boolean> {
    const from = after ?? { commit: 0n, prepare: 0n };
    const rows = await this.read<{ pending: boolean }>(`SELECT EXISTS (SELECT 1 FROM events WHERE ${AFTER}) AS pending`, [
      positiveText(from.commit),
      from.prepare.toString(),
    ]);
    return rows[0]?.pending ?? false;
  }

  async headPosition(): Promise<Position | null> {
    const result = await this.pool.query<{ transaction_id: string; global_position: string }>(
      `SELECT transaction_id::text AS transaction_id, global_position FROM events WHERE ${VISIBLE}
       ORDER BY transaction_order DESC, global_position DESC LIMIT 1`,
    );
    const row = result.rows[0];
    return row ? { commit: BigInt(row.transaction_id), prepare: BigInt(row.global_position) } : null;
  }

  async lagAfter(position: Position, limit: number): Promise<Lag> {
    const rows = await this.read<{ events: string; oldest: Date | null }>(
      `SELECT count(*)::text AS events, min(recorded_at) AS oldest FROM (
         SELECT recorded_at FROM events WHERE ${AFTER} AND ${VISIBLE} ORDER BY transaction_order, global_position LIMIT $3) behind`,
      [positiveText(position.commit), position.prepare.toString(), limit],
    );
    return { events: Number(rows[0]?.events ?? 0), oldestRecordedAt: rows[0]?.oldest ?? null };
  }

  /**
   * Reads in batches while there is something to read, then sleeps until an append wakes it:
   * a notification from any instance, or at once an append of this process. An event committed
   * behind an older transaction still running is not readable yet, and no notification will
   * come when that transaction ends: only then does it look again soon, backing off.
   */
  subscribeToAll({ after, onBatch, onError }: SubscribeOptions): Subscription {
    let stopped = false;
    const batchSize = this.options.batchSize ?? 500;
    const idleMs = this.options.pollIntervalMs ?? 10_000;
    const listening = this.notifier.subscribe();
    const loop = async () => {
      let position = after;
      let failures = 0;
      let pendingChecks = 0;
      let readToEnd = false;
      while (!stopped) {
        const seen = this.notifier.generation;
        let batch: RecordedEvent[];
        let pending = false;
        try {
          if (readToEnd) {
            // The last batch was the end of what could be read: sleep unless something came since.
            readToEnd = false;
            await this.notifier.sleep(this.notifier.listening ? idleMs : Math.min(idleMs, 1000), seen);
            continue;
          }
          ({ events: batch, pending } = await this.readBatch(position, batchSize));
          if (batch.length === 0) pending = await this.pendingAfter(position);
          failures = 0;
        } catch {
          // A lost connection is not the subscriber's fault: back off and read again.
          failures += 1;
          await this.notifier.sleep(Math.min(5000, 100 * 2 ** failures), seen);
          continue;
        }
        if (stopped) break;
        if (batch.length > 0) {
          pendingChecks = 0;
          try {
            await onBatch(batch);
          } catch (error) {
            stopped = true;
            onError?.(error);
            break;
          }
          position = batch[batch.length - 1].position;
          readToEnd = batch.length < batchSize && !pending && this.notifier.generation === seen;
          continue;
        }
        if (pending) {
          pendingChecks += 1;
          await this.notifier.sleep(Math.min(100, 2 ** pendingChecks), seen);
        } else {
          pendingChecks = 0;
          await this.notifier.sleep(this.notifier.listening ? idleMs : Math.min(idleMs, 1000), seen);
        }
      }
    };
    const running = loop();
    return {
      stop: async () => {
        stopped = true;
        this.notifier.wakeAll();
        await running;
        listening.end();
      },
    };
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1 FROM events LIMIT 1');
  }

  async close(): Promise<void> {
    await this.notifier.close();
    await this.pool.end();
  }
}

function positiveText(commit: bigint): string {
  return (commit < 0n ? 0n : commit).toString();
}

function toRecorded(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    streamName: row.stream_name,
    revision: Number(row.stream_revision),
    position: { commit: BigInt(row.transaction_id), prepare: BigInt(row.global_position) },
    type: row.type,
    schemaVersion: row.schema_version,
    data: row.data,
    metadata: row.metadata,
    recordedAt: row.recorded_at,
  };
}
