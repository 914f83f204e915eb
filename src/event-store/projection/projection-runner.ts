import { Logger } from '@nestjs/common';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import type { EventStore, RecordedEvent, Subscription } from '../event-store.port';
import { comparePositions, isAfter, type Position } from '../position';
import { advanceCheckpoint, CheckpointMoved, readCheckpoint } from './checkpoints';
import type { Projection } from './projection';

export interface ProjectionRunnerOptions {
  /** How often an instance that does not hold a projection's lock asks for it again. */
  readonly lockRetryMs?: number;
  /** How often an idle runner looks whether a rebuild reset its checkpoint. */
  readonly resetCheckMs?: number;
}

type Listener = (name: string, position: Position) => void;

/**
 * Feeds each projection from the event store. Rows and checkpoint are written in one transaction,
 * so a crash between batches loses nothing and doubles nothing. A session advisory lock per
 * projection lets any number of app instances run side by side while only one of them writes.
 */
export class ProjectionRunner {
  private readonly logger = new Logger(ProjectionRunner.name);
  private readonly running = new Map<string, Promise<void>>();
  private readonly listeners = new Set<Listener>();
  private stopped = true;
  private readonly wakeAll = new Set<() => void>();

  constructor(
    private readonly orm: MikroORM,
    private readonly store: EventStore,
    private readonly databaseUrl: string,
    private readonly projections: { all(): readonly Projection[] },
    private readonly options: ProjectionRunnerOptions = {},
  ) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    for (const projection of this.projections.all()) this.running.set(projection.name, this.run(projection));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const wake of this.wakeAll) wake();
    await Promise.all(this.running.values());
    this.running.clear();
  }

  /** Lets a waiter in this process learn at once that a read model moved. */
  onAdvance(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Applies one batch; exported for tests that replay or interrupt a projection by hand. */
  async applyBatch(projection: Projection, events: readonly RecordedEvent[], from: Position): Promise<Position> {
    const handled = new Set(projection.handles);
    let to = from;
    const fresh = events.filter((e) => {
      if (!isAfter(e.position, to)) return false;
      to = e.position;
      return true;
    });
    if (fresh.length === 0) return from;
    const em = this.orm.em.fork({ clear: true, useContext: false });
    await em.transactional(async (tx) => {
      const rows = new Map<string, { id: string } | null>();
      const relevant = fresh.filter((e) => handled.has(e.type)).map((e) => ({ e, rowIds: projection.rowIds(e) }));
      const ids = [...new Set(relevant.flatMap(({ rowIds }) => rowIds))];
      for (const chunk of chunks(ids)) {
        const existing = await tx.find(projection.entity, { id: { $in: chunk } }, { disableIdentityMap: true });
        for (const row of existing) rows.set(row.id, { ...row });
      }
      for (const { e, rowIds } of relevant) {
        for (const id of rowIds) rows.set(id, projection.evolve(rows.get(id) ?? null, e, id));
      }
      const deleted = ids.filter((id) => rows.get(id) === null);
      const kept = ids.map((id) => rows.get(id)).filter((row): row is { id: string } => row != null);
      for (const chunk of chunks(deleted)) await tx.nativeDelete(projection.entity, { id: { $in: chunk } });
      for (const chunk of chunks(kept)) await tx.upsertMany(projection.entity, chunk);
      await advanceCheckpoint(tx, projection.name, from, to);
    });
    for (const listener of this.listeners) listener(projection.name, to);
    return to;
  }

  private async run(projection: Projection): Promise<void> {
    while (!this.stopped) {
      const lock = await this.acquireLock(projection.name);
      if (!lock) continue;
      try {
        await this.follow(projection, lock);
      } catch (error) {
        if (!(error instanceof CheckpointMoved)) {
          this.logger.error(`Projection ${projection.name} stopped on ${describe(error)}; restarting`);
          await this.pause(1000);
        }
      } finally {
        await lock.end().catch(() => undefined);
      }
    }
  }

  /**
   * Follows the store until stopped, until the lock's connection is lost, until a batch fails, or
   * until a rebuild moves the checkpoint back. A batch notices a rebuild by itself; with no events
   * coming, the periodic look at the checkpoint does, so a rebuild never waits for a write.
   */
  private async follow(projection: Projection, lock: Client): Promise<void> {
    let checkpoint = await readCheckpoint(this.orm.em.fork(), projection.name);
    let subscription: Subscription | undefined;
    let watch: NodeJS.Timeout | undefined;
    await new Promise<void>((resolve, reject) => {
      const end = (error?: unknown) => {
        clearInterval(watch);
        this.wakeAll.delete(wake);
        void (subscription?.stop() ?? Promise.resolve()).finally(() => (error ? reject(error instanceof Error ? error : new Error(describe(error))) : resolve()));
      };
      const wake = () => end();
      this.wakeAll.add(wake);
      lock.once('error', () => end(new Error('lost the connection holding the projection lock')));
      subscription = this.store.subscribeToAll({
        after: checkpoint,
        onBatch: async (events) => {
          checkpoint = await this.applyBatch(projection, events, checkpoint);
        },
        onError: (error) => end(error),
      });
      watch = setInterval(() => {
        readCheckpoint(this.orm.em.fork(), projection.name)
          .then((stored) => {
            if (comparePositions(stored, checkpoint) < 0) end();
          })
          .catch(() => undefined);
      }, this.options.resetCheckMs ?? 1000);
      if (this.stopped) end();
    });
  }

  private async acquireLock(name: string): Promise<Client | null> {
    const client = new Client({ connectionString: this.databaseUrl });
    client.on('error', () => undefined);
    try {
      await client.connect();
      const result = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [`projection:${name}`]);
      if (result.rows[0]?.locked) return client;
    } catch (error) {
      this.logger.warn(`Could not ask for the lock of projection ${name}: ${describe(error)}`);
    }
    await client.end().catch(() => undefined);
    await this.pause(this.options.lockRetryMs ?? 1000);
    return null;
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakeAll.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakeAll.add(done);
    });
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * One event may touch thousands of rows (a rate grid set over three years); PostgreSQL takes at
 * most 65 535 parameters per statement, so rows go in slices well under that.
 */
function chunks<T>(items: readonly T[], size = 500): T[][] {
  const slices: T[][] = [];
  for (let i = 0; i < items.length; i += size) slices.push(items.slice(i, i + size));
  return slices;
}
