import type { EntityManager } from '@mikro-orm/postgresql';
import { Logger } from '@nestjs/common';
import type { EventStore } from '../event-store.port';
import { readCheckpoints } from '../following/checkpoints';
import type { FollowerRunner } from '../following/follower-runner';
import { comparePositions, type Position } from '../position';
import { projectStreams } from './project-streams';
import type { Event } from '../../shared/kernel/message';
import type { Projection } from './projection';

/**
 * Read-your-writes: a command answers with the position of its events, and the query that
 * follows waits here until the read models it reads have reached that position. A follower this
 * process runs is watched in memory; one another instance runs is watched through its checkpoint.
 */
export class ReadModelWaiter {
  private readonly logger = new Logger('ReadModels');

  constructor(
    private readonly em: EntityManager,
    private readonly runner: FollowerRunner,
    private readonly store: EventStore | null = null,
    private readonly pollMs = 50,
    private readonly defaultTimeoutMs = 5000,
  ) {}

  /**
   * The rows a change answers with, as the read model shows them once it reached the change's
   * position. Should it lag further than the wait allows, they are folded from their streams'
   * events by the projection itself: the caller sees the change that happened, never a stale row
   * or none. `read` reads them from the read model; `streams` are those the rows come from.
   */
  async rowsAfter<Row extends { id: string }, E extends Event>(
    position: Position | null,
    projection: Projection<Row, E>,
    streams: readonly string[],
    read: () => Promise<Row[]>,
    alsoWaitFor: readonly string[] = [],
  ): Promise<Row[]> {
    if (this.store === null || (await this.waitFor(position, [projection.name, ...alsoWaitFor]))) return read();
    this.logger.warn(`${projection.name} did not show a change within the wait; answered from its events`);
    return [...(await projectStreams(this.store, projection, streams)).values()];
  }

  /** One row, as `rowsAfter` answers them: `read` gives it from the read model, the stream's events otherwise. */
  async rowAfter<Row extends { id: string }, E extends Event>(
    position: Position | null,
    projection: Projection<Row, E>,
    stream: string,
    rowId: string,
    read: () => Promise<Row | null>,
    alsoWaitFor: readonly string[] = [],
  ): Promise<Row | null> {
    if (this.store === null || (await this.waitFor(position, [projection.name, ...alsoWaitFor]))) return read();
    this.logger.warn(`${projection.name} did not show a change within the wait; answered from its events`);
    return (await projectStreams(this.store, projection, [stream])).get(rowId) ?? null;
  }

  /** True when every named follower reached the position before the timeout. */
  async waitFor(position: Position | null, followers: readonly string[], timeoutMs = this.defaultTimeoutMs): Promise<boolean> {
    if (position === null) return true;
    const deadline = Date.now() + timeoutMs;
    const reached = (at: Position | null | undefined) => at != null && comparePositions(at, position) >= 0;
    const pending = new Set(followers);
    let wake: (() => void) | null = null;
    const unsubscribe = this.runner.onAdvance((name, at) => {
      if (pending.has(name) && reached(at)) {
        pending.delete(name);
        wake?.();
      }
    });
    try {
      while (pending.size > 0) {
        for (const name of [...pending]) if (reached(this.runner.positionOf(name))) pending.delete(name);
        const elsewhere = [...pending].filter((name) => this.runner.positionOf(name) === null);
        if (elsewhere.length > 0) {
          const stored = await readCheckpoints(this.em.fork(), elsewhere);
          for (const name of elsewhere) if (reached(stored.get(name))) pending.delete(name);
        }
        if (pending.size === 0) return true;
        const left = deadline - Date.now();
        if (left <= 0) return false;
        // Followers run here wake this as they move; others are looked at again shortly.
        await new Promise<void>((resolve) => {
          const timer = setTimeout(done, Math.min(elsewhere.length > 0 ? this.pollMs : left, left));
          function done() {
            clearTimeout(timer);
            resolve();
          }
          wake = done;
        });
        wake = null;
      }
      return true;
    } finally {
      unsubscribe();
    }
  }
}
