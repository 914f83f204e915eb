import type { EntityManager } from '@mikro-orm/postgresql';
import { comparePositions, type Position } from '../position';
import { readCheckpoint } from './checkpoints';
import type { ProjectionRunner } from './projection-runner';

/**
 * Read-your-writes: a command answers with the position of its events, and the query that
 * follows waits here until the read models it reads have reached that position. It polls the
 * checkpoints table because the projection may run in another app instance; a runner in this
 * process wakes it sooner.
 */
export class ReadModelWaiter {
  constructor(
    private readonly em: EntityManager,
    private readonly runner: ProjectionRunner,
    private readonly pollMs = 25,
  ) {}

  /** True when every named projection reached the position before the timeout. */
  async waitFor(position: Position | null, projections: readonly string[], timeoutMs = 5000): Promise<boolean> {
    if (position === null) return true;
    const deadline = Date.now() + timeoutMs;
    const pending = new Set(projections);
    let wake: (() => void) | null = null;
    const unsubscribe = this.runner.onAdvance((name, reached) => {
      if (pending.has(name) && comparePositions(reached, position) >= 0) {
        pending.delete(name);
        wake?.();
      }
    });
    try {
      while (pending.size > 0) {
        for (const name of [...pending]) {
          const reached = await readCheckpoint(this.em.fork(), name);
          if (comparePositions(reached, position) >= 0) pending.delete(name);
        }
        if (pending.size === 0) return true;
        const left = deadline - Date.now();
        if (left <= 0) return false;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(done, Math.min(this.pollMs, left));
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
