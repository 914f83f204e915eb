import { randomBytes } from 'node:crypto';
import { Pool, type PoolConfig } from 'pg';
import { SealedValueUnreadable, SealingKey, type SealedValue } from '../../shared/crypto/aes-gcm-sealing';
import { KeyCache } from './key-cache';
import { PersonalDataErased, PersonalDataKeysSealedElsewhere, SubjectOfAnotherOwner, type PersonalDataKeyring, type SubjectKey } from './keyring';

interface KeyRow {
  subject_id: string;
  owner_id: string;
  wrapped_key: SealedValue | null;
  erased_at: Date | null;
}

export interface PostgresKeyringOptions {
  /** Keys kept open in memory (10,000 unless said); 0 keeps none. */
  readonly cacheEntries?: number;
  /**
   * How long an open key is kept in memory (30 s unless said): the longest another instance may
   * still read a subject's data after an erasure made here.
   */
  readonly cacheTtlMs?: number;
  /** Connections the keyring may open (4 unless said): one short query per batch of events. */
  readonly poolSize?: number;
}

/** Under a label of its own, so the key sealing subjects' keys says nothing of any other. */
const MASTER_LABEL = 'osmb/event-store/personal-data-keys/aes-256-gcm/v1';

/** A wrapped key copied to another subject's (or owner's) row fails to open. */
const boundTo = (subjectId: string, ownerId: string): string => JSON.stringify(['personal-data-key', subjectId, ownerId]);

/** The thrown error when a subject's own row does not authenticate: changed or moved at rest. */
export class SubjectKeyUnreadable extends Error {
  constructor(readonly subjectId: string) {
    super(`The personal data key of ${subjectId} does not authenticate: its row was changed or moved`);
    this.name = new.target.name;
  }
}

/**
 * The keyring in PostgreSQL (`personal_data_keys`, in the read models' database whichever store
 * holds the events). Each key is kept wrapped (AES-256-GCM) by a master key derived from
 * PERSONAL_DATA_KEY, bound to its subject and owner. An erased subject keeps its row, without key
 * material, with the time of its erasure: the proof, and what stops a key being made again.
 *
 * Erasing removes the key from the live row; PostgreSQL keeps the old row version on disk until
 * VACUUM, and backups keep it as long as they are kept: their retention bounds how long an erased
 * key can be recovered from them.
 *
 * Keys are kept open in memory a short while (see KeyCache). In this process, no read whose key
 * lookup ends after `erase` returns ever opens the erased subject's data. Another instance may
 * still do so for up to `cacheTtlMs`: whatever must not see the data again (a rebuild, a scrub of
 * the read models) should run after that delay, or on this instance.
 */
export class PostgresPersonalDataKeyring implements PersonalDataKeyring {
  private readonly pool: Pool;
  private readonly master: SealingKey;
  private readonly cache: KeyCache;
  /** Moves on with each erasure of this process: a lookup that overlapped one is made again. */
  private erasures = 0;

  constructor(connection: PoolConfig, masterMaterial: string, options: PostgresKeyringOptions = {}) {
    this.pool = new Pool({ max: options.poolSize ?? 4, idleTimeoutMillis: 60_000, ...connection });
    this.pool.on('error', () => undefined);
    this.master = new SealingKey(masterMaterial, MASTER_LABEL);
    this.cache = new KeyCache(options.cacheEntries ?? 10_000, options.cacheTtlMs ?? 30_000);
  }

  async keyFor(subjectId: string, ownerId: string): Promise<Buffer> {
    for (;;) {
      const seen = this.erasures;
      const cached = this.cache.get(subjectId);
      if (cached?.state === 'ERASED') throw new PersonalDataErased(subjectId);
      if (cached) {
        if (cached.ownerId !== ownerId) throw new SubjectOfAnotherOwner(subjectId);
        return cached.key;
      }
      const row = await this.claim(subjectId, ownerId);
      if (this.erasures !== seen) continue;
      if (row.owner_id !== ownerId) throw new SubjectOfAnotherOwner(subjectId);
      const state = this.stateOf(row);
      if (state.state === 'ERASED') {
        this.cache.keepErased(subjectId);
        throw new PersonalDataErased(subjectId);
      }
      if (state.state === 'UNREADABLE') throw new SubjectKeyUnreadable(subjectId);
      this.cache.keepOpen(subjectId, ownerId, state.key);
      return state.key;
    }
  }

  /**
   * Inserts a new key unless the subject has one, and reads the row that won, in one statement.
   * When another instance's insert commits while this one runs, the insert does nothing and the
   * statement's snapshot cannot see that row yet: a second read, with a fresh snapshot, finds it.
   */
  private async claim(subjectId: string, ownerId: string): Promise<KeyRow> {
    const key = randomBytes(32);
    const wrapped = this.master.seal(boundTo(subjectId, ownerId), key.toString('base64'));
    const claimed = await this.pool.query<KeyRow>(
      `WITH made AS (
         INSERT INTO personal_data_keys (subject_id, owner_id, wrapped_key) VALUES ($1, $2, $3)
         ON CONFLICT (subject_id) DO NOTHING RETURNING subject_id, owner_id, wrapped_key, erased_at)
       SELECT subject_id, owner_id, wrapped_key, erased_at FROM made
       UNION ALL
       SELECT subject_id, owner_id, wrapped_key, erased_at FROM personal_data_keys WHERE subject_id = $1`,
      [subjectId, ownerId, JSON.stringify(wrapped)],
    );
    if (claimed.rows[0]) return claimed.rows[0];
    const found = await this.pool.query<KeyRow>('SELECT subject_id, owner_id, wrapped_key, erased_at FROM personal_data_keys WHERE subject_id = $1', [subjectId]);
    if (!found.rows[0]) throw new Error(`The personal data key of ${subjectId} was neither made nor found`);
    return found.rows[0];
  }

  async keysOf(subjectIds: readonly string[]): Promise<ReadonlyMap<string, SubjectKey>> {
    const wanted = [...new Set(subjectIds)];
    for (;;) {
      const seen = this.erasures;
      const answer = new Map<string, SubjectKey>();
      const missing: string[] = [];
      for (const subjectId of wanted) {
        const cached = this.cache.get(subjectId);
        if (cached) answer.set(subjectId, cached.state === 'OPEN' ? { state: 'OPEN', key: cached.key } : { state: 'ERASED' });
        else missing.push(subjectId);
      }
      if (missing.length === 0) return answer;
      const rows = (
        await this.pool.query<KeyRow>('SELECT subject_id, owner_id, wrapped_key, erased_at FROM personal_data_keys WHERE subject_id = ANY($1::text[])', [missing])
      ).rows;
      if (this.erasures !== seen) continue;
      for (const row of rows) {
        const state = this.stateOf(row);
        answer.set(row.subject_id, state);
        if (state.state === 'OPEN') this.cache.keepOpen(row.subject_id, row.owner_id, state.key);
        if (state.state === 'ERASED') this.cache.keepErased(row.subject_id);
      }
      return answer;
    }
  }

  /**
   * Tombstones first for subjects that have no row (a key can then never be made for them), then
   * the erasure of every row of the owner's, seen with a fresh snapshot: a key another instance
   * made meanwhile is erased too.
   */
  async erase(ownerId: string, subjectIds: readonly string[]): Promise<string[]> {
    const asked = [...new Set(subjectIds)];
    if (asked.length === 0) return [];
    const client = await this.pool.connect();
    let erased: string[];
    try {
      await client.query('BEGIN');
      await client.query(
        `INSERT INTO personal_data_keys (subject_id, owner_id, wrapped_key, erased_at)
         SELECT subject_id, $1, NULL, now() FROM unnest($2::text[]) AS asked(subject_id)
         ON CONFLICT (subject_id) DO NOTHING`,
        [ownerId, asked],
      );
      const updated = await client.query<{ subject_id: string }>(
        `UPDATE personal_data_keys SET wrapped_key = NULL, erased_at = coalesce(erased_at, now())
          WHERE owner_id = $1 AND subject_id = ANY($2::text[]) RETURNING subject_id`,
        [ownerId, asked],
      );
      await client.query('COMMIT');
      erased = updated.rows.map((row) => row.subject_id);
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
    this.erasures += 1;
    for (const subjectId of erased) this.cache.keepErased(subjectId);
    return erased;
  }

  close(): Promise<void> {
    return this.pool.end();
  }

  private stateOf(row: KeyRow): SubjectKey {
    if (row.wrapped_key === null || row.erased_at !== null) return { state: 'ERASED' };
    try {
      const key = Buffer.from(this.master.open(boundTo(row.subject_id, row.owner_id), row.wrapped_key), 'base64');
      return key.length === 32 ? { state: 'OPEN', key } : { state: 'UNREADABLE', reason: 'its key is not 32 bytes long' };
    } catch (error) {
      if (!(error instanceof SealedValueUnreadable)) throw error;
      if (error.reason === 'ANOTHER_KEY') throw new PersonalDataKeysSealedElsewhere();
      return { state: 'UNREADABLE', reason: 'its key does not authenticate: the row was changed or moved' };
    }
  }
}
