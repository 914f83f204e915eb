import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { FeedVersions } from '../application/ports';

/** One row per exported accommodation: the tag its feed last read as, and since when. */
@Injectable()
export class FeedVersionsTable implements FeedVersions {
  constructor(private readonly em: EntityManager) {}

  async since(accommodationId: string, etag: string, now: Date): Promise<Date> {
    const em = this.em.fork();
    const [known] = await em.execute<{ etag: string; since: Date }[]>('SELECT etag, since FROM ical_export_versions WHERE accommodation_id = ?', [accommodationId]);
    if (known?.etag === etag) return new Date(known.since);
    // Two instances serving a change at once both write; whichever lands last dates it, a moment apart.
    await em.execute(
      `INSERT INTO ical_export_versions (accommodation_id, etag, since) VALUES (?, ?, ?)
       ON CONFLICT (accommodation_id) DO UPDATE SET etag = excluded.etag, since = excluded.since WHERE ical_export_versions.etag <> excluded.etag`,
      [accommodationId, etag, now],
    );
    return now;
  }
}
