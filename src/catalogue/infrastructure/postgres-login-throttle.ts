import type { EntityManager } from '@mikro-orm/postgresql';
import { TooManyRequests } from '../../shared/kernel/errors';
import type { LoginThrottle } from '../application/ports';

export interface ThrottlePolicy {
  /** Failures allowed for a key prefix (`email`, `client`) inside one window before a lock-out. */
  readonly maxFailures: Readonly<Record<string, number>>;
  readonly windowMinutes: number;
  readonly lockMinutes: number;
}

export const DEFAULT_THROTTLE: ThrottlePolicy = { maxFailures: { email: 5, client: 30 }, windowMinutes: 15, lockMinutes: 15 };

/**
 * Kept in PostgreSQL so every app instance counts the same failures; each failure is one atomic
 * upsert, so concurrent guesses cannot slip past the limit.
 */
export class PostgresLoginThrottle implements LoginThrottle {
  constructor(
    private readonly em: EntityManager,
    private readonly policy: ThrottlePolicy = DEFAULT_THROTTLE,
  ) {}

  async assertAllowed(keys: readonly string[], now: Date): Promise<void> {
    const rows = await this.em.fork().execute<{ locked_until: Date }[]>(
      'SELECT locked_until FROM login_throttle WHERE key IN (?) AND locked_until > ?',
      [keys, now],
    );
    if (rows.length === 0) return;
    const until = Math.max(...rows.map((r) => new Date(r.locked_until).getTime()));
    const minutes = Math.max(1, Math.ceil((until - now.getTime()) / 60_000));
    throw new TooManyRequests(`Too many failed log-in attempts: try again in ${minutes} minute${minutes > 1 ? 's' : ''}`);
  }

  async recordFailure(keys: readonly string[], now: Date): Promise<void> {
    const windowStart = new Date(now.getTime() - this.policy.windowMinutes * 60_000);
    const lockedUntil = new Date(now.getTime() + this.policy.lockMinutes * 60_000);
    for (const key of keys) {
      const max = this.policy.maxFailures[key.split(':')[0]] ?? 5;
      await this.em.fork().execute(
        `INSERT INTO login_throttle AS t (key, failures, window_started_at, locked_until) VALUES (?, 1, ?, NULL)
         ON CONFLICT (key) DO UPDATE SET
           failures = CASE WHEN t.window_started_at < ? THEN 1 ELSE t.failures + 1 END,
           window_started_at = CASE WHEN t.window_started_at < ? THEN excluded.window_started_at ELSE t.window_started_at END,
           locked_until = CASE WHEN t.window_started_at >= ? AND t.failures + 1 >= ? THEN ?::timestamptz ELSE t.locked_until END`,
        [key, now, windowStart, windowStart, windowStart, max, lockedUntil],
      );
    }
  }

  async recordSuccess(keys: readonly string[]): Promise<void> {
    await this.em.fork().execute('DELETE FROM login_throttle WHERE key IN (?)', [keys]);
  }
}
