import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { StoredEvent } from '../../shared/kernel/event-codec';
import type { Event } from '../../shared/kernel/message';
import { decoded, type DecodedEvent, type RecordedEvent } from '../event-store.port';
import { comparePositions, type Position } from '../position';
import { advanceCheckpoint } from './checkpoints';
import type { Delivery, Follower } from './follower';
import { eventsAfter } from './projection-follower';
import { describeError, markResolved, park, type ParkedEvent } from './parked-events';
import { isTransient } from './transient-errors';

/**
 * A follower that writes what a batch of events means in its own tables, with its own logic (a
 * translation that remembers what earlier events said), where a projection's row-by-row fold
 * does not fit. Its writes and its checkpoint share one transaction, so a crash loses or doubles
 * nothing; what the batch writes must be idempotent all the same, since a replay may repeat it.
 */
export interface BatchWriter {
  readonly name: string;
  readonly handles: readonly string[];
  decode(stored: StoredEvent): Event;
  /** Writes, inside `tx`, what these events mean, in their order. */
  write(tx: EntityManager, events: readonly DecodedEvent[]): Promise<void>;
}

/**
 * Feeds one BatchWriter. An event it cannot decode is parked at once; a batch that fails for a
 * reason that will not pass is written again one event at a time, and the event that fails is
 * parked while the others go through: one bad input never stops what every owner reads.
 */
export class BatchFollower implements Follower {
  readonly name: string;
  readonly handles: ReadonlySet<string>;

  constructor(
    private readonly orm: MikroORM,
    private readonly writer: BatchWriter,
  ) {
    this.name = writer.name;
    this.handles = new Set(writer.handles);
  }

  async prepare(): Promise<void> {
    // Events do not wait behind a parked one: each is told on its own.
  }

  async deliver(events: readonly RecordedEvent[], position: Position, stored: Position): Promise<Delivery> {
    const fresh = eventsAfter(events, position);
    if (fresh.length === 0) return { position, stored };
    const to = fresh[fresh.length - 1].position;
    const relevant = fresh.filter((e) => this.handles.has(e.type));
    if (relevant.length === 0) return { position: to, stored };
    try {
      await this.transaction((tx) => this.writeAll(tx, relevant, stored, to));
    } catch (error) {
      if (isTransient(error)) throw error;
      let at = stored;
      for (const recorded of relevant) {
        await this.transaction((tx) => this.writeAll(tx, [recorded], at, recorded.position)).catch(async (failure: unknown) => {
          if (isTransient(failure)) throw failure;
          await this.transaction(async (tx) => {
            await park(tx, this.name, 'FAILED', recorded, { error: describeError(failure), attempts: 1 });
            await advanceCheckpoint(tx, this.name, at, recorded.position);
          });
        });
        at = recorded.position;
      }
      if (comparePositions(at, to) !== 0) await this.transaction((tx) => advanceCheckpoint(tx, this.name, at, to));
    }
    return { position: to, stored: to };
  }

  async replay(parked: ParkedEvent, recorded: RecordedEvent): Promise<void> {
    await this.transaction(async (tx) => {
      await this.writer.write(tx, [decoded(recorded, this.writer.decode(recorded))]);
      await markResolved(tx, parked.id);
    });
  }

  /** Decodes the batch, parking what cannot be read, writes the rest and moves the checkpoint. */
  private async writeAll(tx: EntityManager, events: readonly RecordedEvent[], from: Position, to: Position): Promise<void> {
    const readable: DecodedEvent[] = [];
    for (const recorded of events) {
      try {
        readable.push(decoded(recorded, this.writer.decode(recorded)));
      } catch (error) {
        await park(tx, this.name, 'FAILED', recorded, { error: describeError(error), attempts: 1 });
      }
    }
    if (readable.length > 0) await this.writer.write(tx, readable);
    await advanceCheckpoint(tx, this.name, from, to);
  }

  private transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.orm.em.fork({ clear: true, useContext: false }).transactional(work);
  }
}
