import { createHash } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { isApiScope } from '../../shared/auth/api-scopes';
import type { ApiKeyRecord, ApiKeyStore } from '../application/ports';

/**
 * SHA-256 of the whole key, in hex. A fast hash is right here, unlike for a password: a key is 32
 * random bytes, so there is nothing for a slow hash to protect from guessing, and the lookup
 * runs on every request a key makes.
 */
export const apiKeyHash = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex');

interface ApiKeyRow {
  id: string;
  owner_id: string;
  name: string;
  scopes: string[];
  prefix: string;
  created_at: Date | string;
  last_used_at: Date | string | null;
  revoked_at: Date | string | null;
}

/** A live key as the guard needs it, with when it was last recorded as used. */
export interface LiveApiKey {
  readonly id: string;
  readonly ownerId: string;
  readonly scopes: ApiKeyRecord['scopes'];
  readonly lastUsedAt: Date | null;
}

const date = (value: Date | string | null): Date | null => (value === null ? null : new Date(value));

const scopesOf = (row: Pick<ApiKeyRow, 'scopes'>): ApiKeyRecord['scopes'] => row.scopes.filter(isApiScope);

/** `api_keys`: plain rows, not events. A key is a credential, and its secret must never reach the event store. */
@Injectable()
export class ApiKeyTable implements ApiKeyStore {
  constructor(private readonly em: EntityManager) {}

  add(record: ApiKeyRecord, key: string, maxLive: number): Promise<boolean> {
    return this.em.fork().transactional(async (tx) => {
      // Creations for one owner queue on this lock, so the second of two racing counts the first's key.
      await tx.execute('SELECT pg_advisory_xact_lock(hashtextextended(?, 0))', [`api-keys:${record.ownerId}`]);
      const [{ live }] = await tx.execute<{ live: number }[]>('SELECT count(*)::int AS live FROM api_keys WHERE owner_id = ? AND revoked_at IS NULL', [record.ownerId]);
      if (live >= maxLive) return false;
      await tx.execute(
        `INSERT INTO api_keys (id, owner_id, name, scopes, key_hash, prefix, created_at)
         VALUES (?, ?, ?, ARRAY(SELECT jsonb_array_elements_text(CAST(? AS jsonb))), ?, ?, ?)`,
        [record.id, record.ownerId, record.name, JSON.stringify(record.scopes), apiKeyHash(key), record.prefix, record.createdAt],
      );
      return true;
    });
  }

  async listOf(ownerId: string): Promise<ApiKeyRecord[]> {
    const rows = await this.em.fork().execute<ApiKeyRow[]>(
      'SELECT id, owner_id, name, scopes, prefix, created_at, last_used_at, revoked_at FROM api_keys WHERE owner_id = ? ORDER BY created_at DESC, id',
      [ownerId],
    );
    return rows.map((row) => ({
      id: row.id,
      ownerId: row.owner_id,
      name: row.name,
      scopes: scopesOf(row),
      prefix: row.prefix,
      createdAt: new Date(row.created_at),
      lastUsedAt: date(row.last_used_at),
      revokedAt: date(row.revoked_at),
    }));
  }

  async revoke(ownerId: string, keyId: string, now: Date): Promise<boolean> {
    // A second revocation, even one racing the first, finds the row and keeps the first's time.
    const rows = await this.em.fork().execute<{ id: string }[]>('UPDATE api_keys SET revoked_at = coalesce(revoked_at, ?) WHERE id = ? AND owner_id = ? RETURNING id', [
      now,
      keyId,
      ownerId,
    ]);
    return rows.length > 0;
  }

  async live(hash: string): Promise<LiveApiKey | null> {
    const [row] = await this.em.fork().execute<Pick<ApiKeyRow, 'id' | 'owner_id' | 'scopes' | 'last_used_at'>[]>(
      'SELECT id, owner_id, scopes, last_used_at FROM api_keys WHERE key_hash = ? AND revoked_at IS NULL',
      [hash],
    );
    return row ? { id: row.id, ownerId: row.owner_id, scopes: scopesOf(row), lastUsedAt: date(row.last_used_at) } : null;
  }

  /** Records a use unless one was recorded less than a minute before: one write a minute at most, however busy the key. */
  async markUsed(keyId: string, now: Date): Promise<void> {
    await this.em
      .fork()
      .execute(`UPDATE api_keys SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < CAST(? AS timestamptz) - interval '1 minute')`, [now, keyId, now]);
  }
}
