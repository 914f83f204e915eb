import { createHash } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { BlobStore, StoredBlob } from '../application/ports';

/**
 * Files the app keeps (an email's attachment, an uploaded image) in PostgreSQL, named by the
 * SHA-256 of their bytes: storing the same bytes twice is one row, and a name always means the
 * same bytes, so an email retried a day later attaches exactly what was queued.
 */
@Injectable()
export class PostgresBlobStore implements BlobStore {
  constructor(private readonly em: EntityManager) {}

  async put(bytes: Buffer, contentType: string): Promise<StoredBlob> {
    const id = createHash('sha256').update(bytes).digest('hex');
    await this.em
      .fork()
      .getConnection()
      .execute('INSERT INTO blobs (id, content_type, size, bytes) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING', [id, contentType, bytes.length, bytes]);
    return { id, contentType, size: bytes.length };
  }

  async get(id: string): Promise<(StoredBlob & { bytes: Buffer }) | null> {
    const [row] = await this.em
      .fork()
      .getConnection()
      .execute<{ content_type: string; size: number; bytes: Buffer }[]>('SELECT content_type, size, bytes FROM blobs WHERE id = ?', [id]);
    return row ? { id, contentType: row.content_type, size: row.size, bytes: row.bytes } : null;
  }

  async delete(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.em.fork().getConnection().execute('DELETE FROM blobs WHERE id IN (SELECT jsonb_array_elements_text(?::jsonb))', [JSON.stringify(ids)]);
  }
}
