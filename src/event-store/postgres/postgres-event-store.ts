import { randomUUID } from 'node:crypto';
import { Client, Pool, type PoolClient, type PoolConfig } from 'pg';
import type {
  AppendResult,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  ReadAllOptions,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
} from '../event-store.port';
import type { EventMetadata } from '../../shared/kernel/message';
import type { Position } from '../position';
import { WrongExpectedRevision } from '../wrong-expected-revision.error';
import { migrateEventStoreSchema } from './postgres-event-store.schema';

const CHANNEL = 'events_appended';

interface EventRow {
  global_position: string;
  transaction_id: string;
  event_id: string;
  stream_name: string;
  stream_revision: string;
  type: string;
  data: Record<string, unknown>;
  metadata: EventMetadata;
  recorded_at: Date;
}

const COLUMNS =
  'global_position, transaction_id::text AS transaction_id, event_id, stream_name, stream_revision, type, data, metadata, recorded_at';

/**
 * Only transactions below the oldest one still running are finished, so reading strictly below
 * `pg_snapshot_xmin` and in (transaction id, sequence) order never lets a late commit slip in
 * behind a position a reader has already passed.
 */
const VISIBLE = 'transaction_order < (pg_snapshot_xmin(pg_current_snapshot())::text)::bigint';

export interface PostgresEventStoreOptions {
  /** How often an idle subscription looks for events when no notification woke it. */
  readonly pollIntervalMs?: number;
  readonly batchSize?: number;
}

export class PostgresEventStore implements EventStore {
  private readonly pool: Pool;
  private listener: Client | null = null;
  private listenerStarting: Promise<void> | null = null;
  private readonly wakers = new Set<() => void>();
  private notifiedAt = 0;
  private closed = false;

  constructor(
    private readonly connection: PoolConfig,
    private readonly options: PostgresEventStoreOptions = {},
  ) {
    this.pool = new Pool({ max: 10, ...connection });
    this.pool.on('error', () => undefined);
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
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const last = await this.claimRevisions(client, streamName, events.length, expectedRevision);
      const first = last - events.length + 1;
      const inserted = await client.query<{ global_position: string; transaction_id: string }>(
        `INSERT INTO events (event_id, stream_name, stream_revision, type, data, metadata)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::bigint[], $4::text[], $5::jsonb[], $6::jsonb[])
         RETURNING global_position, transaction_id::text AS transaction_id`,
        [
          events.map((e) => e.id ?? randomUUID()),
          events.map(() => streamName),
          events.map((_, i) => first + i),
          events.map((e) => e.type),
          events.map((e) => JSON.stringify(e.data)),
          events.map((e) => JSON.stringify(e.metadata)),
        ],
      );
      await client.query('SELECT pg_notify($1, $2)', [CHANNEL, streamName]);
      await client.query('COMMIT');
      const prepare = inserted.rows.reduce((max, r) => (BigInt(r.global_position) > max ? BigInt(r.global_position) : max), 0n);
      return { nextExpectedRevision: last, position: { commit: BigInt(inserted.rows[0].transaction_id), prepare } };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** Moves the stream's revision forward under its row lock; returns the new last revision. */
  private async claimRevisions(client: PoolClient, streamName: string, count: number, expected: ExpectedRevision): Promise<number> {
    const claimed =
      expected === 'any'
        ? await client.query<{ revision: string }>(
            `INSERT INTO event_streams (stream_name, revision) VALUES ($1, $2 - 1)
             ON CONFLICT (stream_name) DO UPDATE SET revision = event_streams.revision + $2
             RETURNING revision`,
            [streamName, count],
          )
        : expected === 'no_stream'
          ? await client.query<{ revision: string }>(
              `INSERT INTO event_streams (stream_name, revision) VALUES ($1, $2 - 1)
               ON CONFLICT (stream_name) DO NOTHING RETURNING revision`,
              [streamName, count],
            )
          : await client.query<{ revision: string }>(
              `UPDATE event_streams SET revision = revision + $3
               WHERE stream_name = $1 AND revision = $2 RETURNING revision`,
              [streamName, expected, count],
            );
    if (claimed.rows.length === 1) return Number(claimed.rows[0].revision);
    const actual = await client.query<{ revision: string }>('SELECT revision FROM event_streams WHERE stream_name = $1', [streamName]);
    throw new WrongExpectedRevision(streamName, expected, actual.rows.length ? Number(actual.rows[0].revision) : 'no_stream');
  }

  private async read<R extends object>(sql: string, params: unknown[]): Promise<R[]> {
    return (await this.pool.query<R & Record<string, unknown>>(sql, params)).rows;
  }

  async readStream(streamName: string): Promise<RecordedEvent[]> {
    const rows = await this.read<EventRow>(
      `SELECT ${COLUMNS} FROM events WHERE stream_name = $1 ORDER BY stream_revision`,
      [streamName],
    );
    return rows.map(toRecorded);
  }

  async readAll({ after, maxCount = 1000 }: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const rows = after
      ? await this.read<EventRow>(
          `SELECT ${COLUMNS} FROM events
           WHERE (transaction_order, global_position) > ($1::bigint, $2::bigint) AND ${VISIBLE}
           ORDER BY transaction_order, global_position LIMIT $3`,
          [positiveText(after.commit), after.prepare.toString(), maxCount],
        )
      : await this.read<EventRow>(
          `SELECT ${COLUMNS} FROM events WHERE ${VISIBLE} ORDER BY transaction_order, global_position LIMIT $1`,
          [maxCount],
        );
    return rows.map(toRecorded);
  }

  async headPosition(): Promise<Position | null> {
    const result = await this.pool.query<{ transaction_id: string; global_position: string }>(
      `SELECT transaction_id::text AS transaction_id, global_position FROM events WHERE ${VISIBLE}
       ORDER BY transaction_order DESC, global_position DESC LIMIT 1`,
    );
    const row = result.rows[0];
    return row ? { commit: BigInt(row.transaction_id), prepare: BigInt(row.global_position) } : null;
  }

  subscribeToAll({ after, onBatch, onError }: SubscribeOptions): Subscription {
    let stopped = false;
    let wake: (() => void) | null = null;
    const batchSize = this.options.batchSize ?? 500;
    const pollIntervalMs = this.options.pollIntervalMs ?? 250;
    const sleep = (ms: number) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(done, ms);
        function done() {
          clearTimeout(timer);
          resolve();
        }
        wake = done;
        this.wakers.add(done);
      }).finally(() => {
        if (wake) this.wakers.delete(wake);
        wake = null;
      });

    const loop = async () => {
      await this.startListener().catch(() => undefined);
      let position = after;
      let failures = 0;
      while (!stopped) {
        let batch: RecordedEvent[];
        try {
          batch = await this.readAll({ after: position, maxCount: batchSize });
          failures = 0;
        } catch {
          // A lost connection is not the subscriber's fault: back off and read again.
          failures += 1;
          await sleep(Math.min(5000, 100 * 2 ** failures));
          continue;
        }
        if (stopped) break;
        if (batch.length > 0) {
          try {
            await onBatch(batch);
          } catch (error) {
            stopped = true;
            onError?.(error);
            break;
          }
          position = batch[batch.length - 1].position;
          continue;
        }
        // Just after a notification an event may still wait behind an older open transaction:
        // look again soon rather than at the next slow poll.
        const recentlyNotified = Date.now() - this.notifiedAt < 2000;
        await sleep(recentlyNotified ? 10 : pollIntervalMs);
      }
    };
    const running = loop();
    return {
      stop: async () => {
        stopped = true;
        wake?.();
        await running;
      },
    };
  }

  private startListener(): Promise<void> {
    if (this.listener || this.closed) return Promise.resolve();
    this.listenerStarting ??= (async () => {
      const client = new Client(this.connection);
      client.on('error', () => {
        this.listener = null;
        this.listenerStarting = null;
      });
      client.on('notification', () => {
        this.notifiedAt = Date.now();
        for (const wake of [...this.wakers]) wake();
      });
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      if (this.closed) await client.end();
      else this.listener = client;
    })().catch((error: unknown) => {
      this.listenerStarting = null;
      throw error;
    });
    return this.listenerStarting;
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1 FROM events LIMIT 1');
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const wake of [...this.wakers]) wake();
    await this.listenerStarting?.catch(() => undefined);
    await this.listener?.end().catch(() => undefined);
    this.listener = null;
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
    data: row.data,
    metadata: row.metadata,
    recordedAt: row.recorded_at,
  };
}
