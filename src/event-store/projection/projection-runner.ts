import { Logger } from '@nestjs/common';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import type { EventStore, RecordedEvent, Subscription } from '../event-store.port';
import { comparePositions, isAfter, type Position } from '../position';
import { advanceCheckpoint, CheckpointMoved, readCheckpoint } from './checkpoints';
import type { Policy } from '../policy/policy';
import type { Projection } from './projection';

export interface ProjectionRunnerOptions {
  /** How often an instance that does not hold a projection's lock asks for it again. */
  readonly lockRetryMs?: number;
  /** How often an idle runner looks whether a rebuild reset its checkpoint. */
  readonly resetCheckMs?: number;
}

type Listener = (name: string, position: Position) => void;

/** What the runner follows the store for: a projection's rows, or a policy's reactions. */
interface Follower {
  /** Names its checkpoint. */
  readonly name: string;
  /** Names its advisory lock. */
  readonly lockKey: string;
  apply(events: readonly RecordedEvent[], from: Position): Promise<Position>;
}

/**
 * Feeds each projection and each policy from the event store. A projection's rows and checkpoint
 * are written in one transaction, so a crash between batches loses nothing and doubles nothing; a
 * policy moves its checkpoint after each reaction, and its reactions are idempotent, so a crash
 * at worst repeats one. A session advisory lock per follower lets any number of app instances
 * run side by side while only one of them acts.
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
    private readonly policies: { all(): readonly Policy[] } = { all: () => [] },
  ) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    for (const projection of this.projections.all()) {
      this.running.set(projection.name, this.run({ name: projection.name, lockKey: `projection:${projection.name}`, apply: (events, from) => this.applyBatch(projection, events, from) }));
    }
    for (const policy of this.policies.all()) {
      const name = policyCheckpoint(policy.name);
      this.running.set(name, this.run({ name, lockKey: name, apply: (events, from) => this.react(policy, name, events, from) }));
    }
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

  /** One policy's reactions to a batch, each followed by its checkpoint. */
  private async react(policy: Policy, name: string, events: readonly RecordedEvent[], from: Position): Promise<Position> {
    const handled = new Set(policy.handles);
    let at = from;
    let seen = from;
    const advance = async (to: Position) => {
      await advanceCheckpoint(this.orm.em.fork(), name, at, to);
      at = to;
      for (const listener of this.listeners) listener(name, at);
    };
    for (const e of events) {
      if (!isAfter(e.position, seen)) continue;
      seen = e.position;
      if (!handled.has(e.type)) continue;
      await policy.react(e);
      await advance(e.position);
    }
    if (isAfter(seen, at)) await advance(seen);
    return at;
  }

  private async run(follower: Follower): Promise<void> {
    while (!this.stopped) {
      const lock = await this.acquireLock(follower.name, follower.lockKey);
      if (!lock) continue;
      try {
        await this.follow(follower, lock);
      } catch (error) {
        if (!(error instanceof CheckpointMoved)) {
          this.logger.error(`${follower.name} stopped on ${describe(error)}; restarting`);
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
  private async follow(follower: Follower, lock: Client): Promise<void> {
    let checkpoint = await readCheckpoint(this.orm.em.fork(), follower.name);
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
          checkpoint = await follower.apply(events, checkpoint);
        },
        onError: (error) => end(error),
      });
      watch = setInterval(() => {
        readCheckpoint(this.orm.em.fork(), follower.name)
          .then((stored) => {
            if (comparePositions(stored, checkpoint) < 0) end();
          })
          .catch(() => undefined);
      }, this.options.resetCheckMs ?? 1000);
      if (this.stopped) end();
    });
  }

  private async acquireLock(name: string, key: string): Promise<Client | null> {
    const client = new Client({ connectionString: this.databaseUrl });
    client.on('error', () => undefined);
    try {
      await client.connect();
      const result = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [key]);
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

/** Policies and projections share the checkpoints table; a prefix keeps their names apart. */
export const policyCheckpoint = (name: string): string => `policy:${name}`;

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
