import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { FeedStatus, FeedStatuses, FetchOutcome } from '../application/ports';

interface StatusRow {
  feed_id: string;
  next_due_at: Date;
  last_attempt_at: Date | null;
  last_success_at: Date | null;
  last_error_code: FeedStatus['lastErrorCode'];
  last_error_detail: string | null;
  last_error_at: Date | null;
  event_count: number | null;
  problems: FeedStatus['problems'];
  skipped: FeedStatus['skipped'];
  meanings: FeedStatus['meanings'];
  etag: string | null;
  last_modified: string | null;
  suspicion: FeedStatus['suspicion'];
  silent: boolean;
}

const date = (value: Date | string | null): Date | null => (value === null ? null : new Date(value));

/** `ical_feed_status`: one row per feed once it was first due, next to the feeds' read model. */
@Injectable()
export class FeedStatusTable implements FeedStatuses {
  constructor(private readonly em: EntityManager) {}

  async claimDue(now: Date, limit: number): Promise<string[]> {
    // A feed with no row yet is due at once. Two instances racing on one feed: the second's
    // upsert waits for the first's row, finds it due later, and takes nothing.
    const rows = await this.em.fork().execute<{ feed_id: string }[]>(
      `WITH due AS (
         SELECT f.id, f.interval_minutes FROM ical_feeds f LEFT JOIN ical_feed_status s ON s.feed_id = f.id
          WHERE s.feed_id IS NULL OR s.next_due_at <= ?
          ORDER BY s.next_due_at NULLS FIRST LIMIT ?)
       INSERT INTO ical_feed_status (feed_id, next_due_at)
       SELECT id, CAST(? AS timestamptz) + interval_minutes * interval '1 minute' FROM due
       ON CONFLICT (feed_id) DO UPDATE SET next_due_at = excluded.next_due_at WHERE ical_feed_status.next_due_at <= ?
       RETURNING feed_id`,
      [now, limit, now, now],
    );
    return rows.map((row) => row.feed_id);
  }

  async claimNow(feedId: string, now: Date, intervalMinutes: number, minGapMs: number): Promise<boolean> {
    const rows = await this.em.fork().execute<{ feed_id: string }[]>(
      `INSERT INTO ical_feed_status (feed_id, next_due_at, last_attempt_at) VALUES (?, CAST(? AS timestamptz) + ? * interval '1 minute', ?)
       ON CONFLICT (feed_id) DO UPDATE SET next_due_at = excluded.next_due_at, last_attempt_at = excluded.last_attempt_at
        WHERE ical_feed_status.last_attempt_at IS NULL OR ical_feed_status.last_attempt_at <= CAST(? AS timestamptz) - ? * interval '1 millisecond'
       RETURNING feed_id`,
      [feedId, now, intervalMinutes, now, now, minGapMs],
    );
    return rows.length > 0;
  }

  async record(feedId: string, outcome: FetchOutcome): Promise<void> {
    const em = this.em.fork();
    if (outcome.kind === 'FAILED') {
      await em.execute(
        `UPDATE ical_feed_status SET last_attempt_at = ?, last_error_code = ?, last_error_detail = ?, last_error_at = ? WHERE feed_id = ?`,
        [outcome.at, outcome.code, outcome.detail, outcome.at, feedId],
      );
    } else if (outcome.kind === 'NOT_MODIFIED') {
      await em.execute(`UPDATE ical_feed_status SET last_attempt_at = ?, last_success_at = ?, last_error_code = NULL, last_error_detail = NULL WHERE feed_id = ?`, [
        outcome.at,
        outcome.at,
        feedId,
      ]);
    } else {
      await em.execute(
        `UPDATE ical_feed_status SET last_attempt_at = ?, last_success_at = ?, last_error_code = NULL, last_error_detail = NULL,
                event_count = ?, problems = CAST(? AS jsonb), skipped = CAST(? AS jsonb), meanings = CAST(? AS jsonb), etag = ?, last_modified = ?, suspicion = CAST(? AS jsonb)
          WHERE feed_id = ?`,
        [
          outcome.at,
          outcome.at,
          outcome.eventCount,
          JSON.stringify(outcome.problems),
          JSON.stringify(outcome.skipped),
          JSON.stringify(outcome.meanings),
          outcome.etag,
          outcome.lastModified,
          JSON.stringify(outcome.suspicion),
          feedId,
        ],
      );
    }
  }

  async statusesOf(feedIds: readonly string[]): Promise<Map<string, FeedStatus>> {
    if (feedIds.length === 0) return new Map();
    const rows = await this.em.fork().execute<StatusRow[]>('SELECT * FROM ical_feed_status WHERE feed_id IN (?)', [feedIds]);
    return new Map(
      rows.map((row) => [
        row.feed_id,
        {
          feedId: row.feed_id,
          nextDueAt: new Date(row.next_due_at),
          lastAttemptAt: date(row.last_attempt_at),
          lastSuccessAt: date(row.last_success_at),
          lastErrorCode: row.last_error_code,
          lastErrorDetail: row.last_error_detail,
          lastErrorAt: date(row.last_error_at),
          eventCount: row.event_count,
          problems: row.problems,
          skipped: row.skipped,
          meanings: row.meanings,
          etag: row.etag,
          lastModified: row.last_modified,
          suspicion: row.suspicion,
          silent: row.silent,
        },
      ]),
    );
  }

  async silentSince(now: Date, intervals: number): Promise<string[]> {
    // Counted from the last success, or from when the feed was added if it never had one.
    const rows = await this.em.fork().execute<{ id: string }[]>(
      `SELECT f.id FROM ical_feeds f JOIN ical_feed_status s ON s.feed_id = f.id
        WHERE NOT s.silent AND coalesce(s.last_success_at, f.added_at) < CAST(? AS timestamptz) - ? * f.interval_minutes * interval '1 minute'
        LIMIT 500`,
      [now, intervals],
    );
    return rows.map((row) => row.id);
  }

  async setSilent(feedId: string, silent: boolean): Promise<void> {
    await this.em.fork().execute('UPDATE ical_feed_status SET silent = ? WHERE feed_id = ?', [silent, feedId]);
  }

  async forget(feedId: string): Promise<void> {
    await this.em.fork().execute('DELETE FROM ical_feed_status WHERE feed_id = ?', [feedId]);
  }
}
