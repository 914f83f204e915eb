import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { decoded, type DecodedEvent, type RecordedEvent } from '../event-store.port';
import { comparePositions, isAfter, type Position } from '../position';
import type { Projection } from '../projection/projection';
import { advanceCheckpoint } from './checkpoints';
import type { Delivery, Follower } from './follower';
import { blockedRows, describeError, markResolved, park, type ParkedEvent } from './parked-events';
import { isTransient } from './transient-errors';

/** One event as a projection sees it: decoded, with the rows it touches. */
interface Applicable {
  readonly recorded: RecordedEvent;
  readonly event: DecodedEvent;
  readonly rowIds: readonly string[];
}

/** Stands for every row of a stream, in the rows a parked event blocks. */
const streamKey = (streamName: string): string => `stream:${streamName}`;

/** The events of a batch strictly after `from`, in order (a batch may start before a follower's position). */
export function eventsAfter(events: readonly RecordedEvent[], from: Position): RecordedEvent[] {
  return events.filter((e) => isAfter(e.position, from));
}

/**
 * Feeds one projection. A batch's rows and the checkpoint are written in one transaction, so a
 * crash loses or doubles nothing. If the batch fails for a reason that will not pass, its events
 * are applied one at a time, and the one that fails twice is parked with the rows it touches; a
 * later event on those rows is parked behind it, never applied out of order, so one bad input
 * blocks only its own rows (one owner's file), never the read model every owner shares.
 */
export class ProjectionFollower implements Follower {
  readonly name: string;
  readonly handles: ReadonlySet<string>;
  private blocked = new Set<string>();

  constructor(
    private readonly orm: MikroORM,
    private readonly projection: Projection,
    private readonly attempts = 2,
  ) {
    this.name = projection.name;
    this.handles = new Set(projection.handles);
  }

  async prepare(): Promise<void> {
    this.blocked = await blockedRows(this.orm.em.fork(), this.name);
  }

  async deliver(events: readonly RecordedEvent[], position: Position, stored: Position): Promise<Delivery> {
    const fresh = eventsAfter(events, position);
    if (fresh.length === 0) return { position, stored };
    const to = fresh[fresh.length - 1].position;
    const relevant = fresh.filter((e) => this.handles.has(e.type));
    if (relevant.length === 0) return { position: to, stored };
    try {
      await this.transaction((tx) => this.applyAll(tx, relevant.map((e) => this.readable(e)), stored, to));
    } catch (error) {
      if (isTransient(error)) throw error;
      await this.applyOneByOne(relevant, stored, to);
    }
    return { position: to, stored: to };
  }

  /** Applies each event in its own transaction, parking the ones that keep failing. */
  private async applyOneByOne(relevant: readonly RecordedEvent[], from: Position, to: Position): Promise<void> {
    let at = from;
    for (const recorded of relevant) {
      let lastError: unknown;
      for (let attempt = 1; attempt <= this.attempts; attempt++) {
        try {
          await this.transaction((tx) => this.applyAll(tx, [this.readable(recorded)], at, recorded.position));
          lastError = undefined;
          break;
        } catch (error) {
          if (isTransient(error)) throw error;
          lastError = error;
        }
      }
      if (lastError !== undefined) {
        const rowIds = this.rowIdsOf(recorded);
        await this.transaction(async (tx) => {
          await park(tx, this.name, 'FAILED', recorded, { rowIds, error: describeError(lastError), attempts: this.attempts });
          await advanceCheckpoint(tx, this.name, at, recorded.position);
        });
        for (const id of rowIds) this.blocked.add(id);
      }
      at = recorded.position;
    }
    if (comparePositions(at, to) !== 0) await this.transaction((tx) => advanceCheckpoint(tx, this.name, at, to));
  }

  async replay(parked: ParkedEvent, recorded: RecordedEvent): Promise<void> {
    const item = this.readable(recorded);
    if (item instanceof Error) throw item;
    await this.transaction(async (tx) => {
      await this.write(tx, [item]);
      await markResolved(tx, parked.id);
    });
    await this.prepare();
  }

  /** Writes the events' rows, parks those waiting behind a parked event, and moves the checkpoint. */
  private async applyAll(tx: EntityManager, items: readonly (Applicable | Error)[], from: Position, to: Position): Promise<void> {
    const failed = items.find((item): item is Error => item instanceof Error);
    if (failed) throw failed;
    const applicable = items as readonly Applicable[];
    const waiting = applicable.filter((item) => this.blocked.has(streamKey(item.recorded.streamName)) || item.rowIds.some((id) => this.blocked.has(id)));
    for (const item of waiting) {
      await park(tx, this.name, 'FAILED', item.recorded, { rowIds: item.rowIds, error: 'waits behind an earlier parked event on the same rows', attempts: 0 });
    }
    await this.write(
      tx,
      applicable.filter((item) => !waiting.includes(item)),
    );
    await advanceCheckpoint(tx, this.name, from, to);
  }

  private async write(tx: EntityManager, items: readonly Applicable[]): Promise<void> {
    const { projection } = this;
    const ids = [...new Set(items.flatMap((item) => item.rowIds))];
    const rows = new Map<string, { id: string } | null>();
    for (const chunk of chunks(ids)) {
      // The query builder, not `find`: rows as plain data, without the identity map's bookkeeping.
      const existing: { id: string }[] = await tx.createQueryBuilder(projection.entity).select('*').where({ id: { $in: chunk } }).execute('all', true);
      for (const row of existing) rows.set(row.id, { ...row });
    }
    for (const { event, rowIds } of items) {
      for (const id of rowIds) rows.set(id, projection.evolve(rows.get(id) ?? null, event, id));
    }
    const deleted = ids.filter((id) => rows.get(id) === null);
    const kept = ids.map((id) => rows.get(id)).filter((row): row is { id: string } => row != null);
    for (const chunk of chunks(deleted)) await tx.nativeDelete(projection.entity, { id: { $in: chunk } });
    for (const chunk of chunks(kept)) await tx.createQueryBuilder(projection.entity).insert(chunk).onConflict('id').merge().execute('run');
  }

  /** The event decoded with its rows, or the error that says why it cannot be read. */
  private readable(recorded: RecordedEvent): Applicable | Error {
    try {
      const event = decoded(recorded, this.projection.decode(recorded));
      return { recorded, event, rowIds: this.projection.rowIds(event) };
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  }

  /** An event that cannot be decoded touches rows no one can name: it blocks the rest of its stream instead. */
  private rowIdsOf(recorded: RecordedEvent): readonly string[] {
    const item = this.readable(recorded);
    return item instanceof Error ? [streamKey(recorded.streamName)] : item.rowIds;
  }

  private transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.orm.em.fork({ clear: true, useContext: false }).transactional(work);
  }
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
