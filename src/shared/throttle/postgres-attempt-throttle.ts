import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { countedOnce, forgottenAt, nextAttemptAt, type AttemptCount, type ThrottleCounter } from '../kernel/attempt-limits';
import type { AttemptThrottle } from './attempt-throttle';

interface CounterRow {
  key: string;
  count: number;
  last_counted_at: Date;
}

/** Thrown inside the transaction to roll it back: a refused attempt leaves no count behind. */
class Refused extends Error {
  constructor(readonly until: Date) {
    super(`Refused until ${until.toISOString()}`);
  }
}

/** Rows past their window removed per admitted attempt: keeps the table bounded under a spray of new keys. */
const SWEEP_BATCH = 50;

/**
 * Kept in PostgreSQL so that every app instance counts the same attempts. An attempt is one
 * transaction that locks its keys' rows, decides on the counts it holds and writes them back:
 * concurrent attempts on a key queue on its row, so none slips past a limit, and a refused one
 * rolls back, counting nothing. Keys are hashed: the table holds no email or network address.
 */
export class PostgresAttemptThrottle implements AttemptThrottle {
  constructor(private readonly em: EntityManager) {}

  async admit(counters: readonly ThrottleCounter[], now: Date): Promise<Date | null> {
    const hashed = counters.map((counter) => ({ ...counter, key: hashKey(counter.key) }));
    try {
      await this.em.fork().transactional(async (tx) => {
        // Creates the missing rows and locks them all, in key order so that two attempts sharing
        // keys never wait on each other crosswise: whoever comes second decides on what the
        // first counted.
        const rows = await tx.execute<CounterRow[]>(
          `INSERT INTO attempt_counters AS c (key, count, last_counted_at, forget_at)
           SELECT key, 0, ?, ? FROM jsonb_array_elements_text(?::jsonb) AS key ORDER BY key
           ON CONFLICT (key) DO UPDATE SET count = c.count
           RETURNING key, count, last_counted_at`,
          [now, now, JSON.stringify(hashed.map((c) => c.key))],
        );
        const stored = new Map(rows.map((row) => [row.key, { count: row.count, lastCountedAt: new Date(row.last_counted_at) } satisfies AttemptCount]));
        const refusals = hashed.map((c) => nextAttemptAt(c.limit, stored.get(c.key) ?? null, now)).filter((at): at is Date => at !== null);
        if (refusals.length > 0) throw new Refused(new Date(Math.max(...refusals.map((d) => d.getTime()))));
        const next = hashed.map((c) => {
          const count = countedOnce(c.limit, stored.get(c.key) ?? null, now);
          return { key: c.key, count: count.count, last_counted_at: count.lastCountedAt, forget_at: forgottenAt(c.limit, count) };
        });
        await tx.execute(
          `UPDATE attempt_counters c SET count = n.count, last_counted_at = n.last_counted_at, forget_at = n.forget_at
             FROM jsonb_to_recordset(?::jsonb) AS n(key text, count integer, last_counted_at timestamptz, forget_at timestamptz)
            WHERE c.key = n.key`,
          [JSON.stringify(next)],
        );
      });
    } catch (error) {
      if (error instanceof Refused) return error.until;
      throw error;
    }
    await this.sweep(now);
    return null;
  }

  async succeeded(counters: readonly ThrottleCounter[]): Promise<void> {
    const keysWhere = (onSuccess: ThrottleCounter['onSuccess']) => JSON.stringify(counters.filter((c) => c.onSuccess === onSuccess).map((c) => hashKey(c.key)));
    await this.em.fork().execute(
      `WITH forgotten AS (DELETE FROM attempt_counters WHERE key IN (SELECT jsonb_array_elements_text(?::jsonb)))
       UPDATE attempt_counters SET count = greatest(count - 1, 0) WHERE key IN (SELECT jsonb_array_elements_text(?::jsonb))`,
      [keysWhere('forget'), keysWhere('refund')],
    );
  }

  private async sweep(now: Date): Promise<void> {
    await this.em.fork().execute(
      `DELETE FROM attempt_counters WHERE key IN (
         SELECT key FROM attempt_counters WHERE forget_at <= ? ORDER BY forget_at LIMIT ${SWEEP_BATCH} FOR UPDATE SKIP LOCKED)`,
      [now],
    );
  }
}

const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');
