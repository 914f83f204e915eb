import type { EntityManager } from '@mikro-orm/postgresql';

/** What a key holds: the first request's hash, and its answer once done. */
export type KeyState = { readonly status: 'IN_PROGRESS'; readonly requestHash: string } | { readonly status: 'DONE'; readonly requestHash: string; readonly response: unknown };

/** A day, as Stripe keeps them: a retry after that is a new request. */
export const KEY_LIFETIME_HOURS = 24;
/** Longer than any mutation takes: a key still in progress after this was left by a request that died. */
export const CLAIM_SECONDS = 60;

/**
 * The keys, in PostgreSQL so every instance sees the same: claiming one is a single atomic
 * statement, so of two requests racing with the same key exactly one runs.
 */
export class IdempotencyKeys {
  constructor(private readonly em: EntityManager) {}

  /**
   * Claims the key for this request: true when it is this request's to run. A key used more than
   * a day ago is claimed afresh; one still in progress past its claim, for the same request, is
   * taken over (its request died).
   */
  async claim(scope: string, key: string, requestHash: string): Promise<boolean> {
    const rows = await this.em.fork().execute<{ scope: string }[]>(
      `INSERT INTO idempotency_keys AS k (scope, key, request_hash, status, locked_until)
       VALUES (?, ?, ?, 'IN_PROGRESS', now() + make_interval(secs => ?))
       ON CONFLICT (scope, key) DO UPDATE SET request_hash = excluded.request_hash, status = 'IN_PROGRESS', response = NULL,
         created_at = now(), locked_until = excluded.locked_until
       WHERE k.created_at < now() - make_interval(hours => ?)
          OR (k.status = 'IN_PROGRESS' AND k.locked_until < now() AND k.request_hash = excluded.request_hash)
       RETURNING k.scope`,
      [scope, key, requestHash, CLAIM_SECONDS, KEY_LIFETIME_HOURS],
    );
    return rows.length === 1;
  }

  async state(scope: string, key: string): Promise<KeyState | null> {
    const [row] = await this.em.fork().execute<{ status: 'IN_PROGRESS' | 'DONE'; request_hash: string; response: string | null }[]>(
      'SELECT status, request_hash, response FROM idempotency_keys WHERE scope = ? AND key = ?',
      [scope, key],
    );
    if (!row) return null;
    return row.status === 'DONE' && row.response !== null
      ? { status: 'DONE', requestHash: row.request_hash, response: JSON.parse(row.response) as unknown }
      : { status: 'IN_PROGRESS', requestHash: row.request_hash };
  }

  async complete(scope: string, key: string, response: unknown): Promise<void> {
    await this.em.fork().execute("UPDATE idempotency_keys SET status = 'DONE', response = ? WHERE scope = ? AND key = ?", [JSON.stringify(response), scope, key]);
  }

  /** Frees the key: the request failed in a way a retry may cure (the server, not the request, was at fault). */
  async release(scope: string, key: string): Promise<void> {
    await this.em.fork().execute("DELETE FROM idempotency_keys WHERE scope = ? AND key = ? AND status = 'IN_PROGRESS'", [scope, key]);
  }

  /**
   * The answers kept for retries that name this id (a booking file whose guest was erased), gone:
   * a retry then runs again, and is refused or does nothing, as the file now decides.
   */
  async forgetAnswersNaming(id: string): Promise<number> {
    const rows = await this.em.fork().execute<{ key: string }[]>("DELETE FROM idempotency_keys WHERE status = 'DONE' AND strpos(response, ?) > 0 RETURNING key", [id]);
    return rows.length;
  }

  /** Keys past their day, gone: run now and then. */
  async forgetExpired(): Promise<number> {
    const rows = await this.em.fork().execute<{ key: string }[]>('DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(hours => ?) RETURNING key', [KEY_LIFETIME_HOURS]);
    return rows.length;
  }
}
