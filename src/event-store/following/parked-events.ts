import type { EntityManager } from '@mikro-orm/postgresql';
import type { RecordedEvent } from '../event-store.port';
import type { Position } from '../position';

/** FAILED: could not be applied, waits for a replay. REFUSED: a policy's rule said no; kept for the record. */
export type ParkedKind = 'FAILED' | 'REFUSED';

export interface ParkedEvent {
  readonly id: string;
  readonly follower: string;
  readonly kind: ParkedKind;
  readonly eventId: string;
  readonly streamName: string;
  readonly streamRevision: number;
  readonly position: Position;
  readonly type: string;
  readonly rowIds: readonly string[];
  readonly error: string;
  readonly attempts: number;
  readonly parkedAt: Date;
  readonly replayRequestedAt: Date | null;
  readonly resolvedAt: Date | null;
}

interface ParkedRow {
  id: string;
  follower: string;
  kind: ParkedKind;
  event_id: string;
  stream_name: string;
  stream_revision: string;
  commit_position: string;
  prepare_position: string;
  type: string;
  row_ids: string[];
  error: string;
  attempts: number;
  parked_at: Date;
  replay_requested_at: Date | null;
  resolved_at: Date | null;
}

const COLUMNS = `id::text AS id, follower, kind, event_id, stream_name, stream_revision::text AS stream_revision,
  commit_position::text AS commit_position, prepare_position::text AS prepare_position, type, row_ids, error, attempts,
  parked_at, replay_requested_at, resolved_at`;

const toParked = (row: ParkedRow): ParkedEvent => ({
  id: row.id,
  follower: row.follower,
  kind: row.kind,
  eventId: row.event_id,
  streamName: row.stream_name,
  streamRevision: Number(row.stream_revision),
  position: { commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position) },
  type: row.type,
  rowIds: row.row_ids,
  error: row.error,
  attempts: row.attempts,
  parkedAt: new Date(row.parked_at),
  replayRequestedAt: row.replay_requested_at && new Date(row.replay_requested_at),
  resolvedAt: row.resolved_at && new Date(row.resolved_at),
});

/** Errors are kept short and to their message: never a stack, never a payload. */
export const describeError = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 1000);

/** Sets an event aside for a follower; a second park of the same event only updates why. */
export async function park(
  em: EntityManager,
  follower: string,
  kind: ParkedKind,
  event: RecordedEvent,
  details: { rowIds?: readonly string[]; error: string; attempts: number },
): Promise<void> {
  await em.execute(
    `INSERT INTO parked_events (follower, kind, event_id, stream_name, stream_revision, commit_position, prepare_position, type, row_ids, error, attempts, parked_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ARRAY(SELECT jsonb_array_elements_text(?::jsonb)), ?, ?, now())
     ON CONFLICT (follower, event_id) DO UPDATE SET kind = excluded.kind, error = excluded.error, attempts = parked_events.attempts + excluded.attempts,
       row_ids = excluded.row_ids, resolved_at = NULL, replay_requested_at = NULL`,
    [
      follower,
      kind,
      event.id,
      event.streamName,
      event.revision,
      event.position.commit.toString(),
      event.position.prepare.toString(),
      event.type,
      JSON.stringify(details.rowIds ?? []),
      details.error,
      details.attempts,
    ],
  );
}

/** The rows of a projection that wait behind a parked event: later events on them are parked too. */
export async function blockedRows(em: EntityManager, follower: string): Promise<Set<string>> {
  const rows = await em.execute<{ row_id: string }[]>(
    "SELECT DISTINCT unnest(row_ids) AS row_id FROM parked_events WHERE follower = ? AND kind = 'FAILED' AND resolved_at IS NULL",
    [follower],
  );
  return new Set(rows.map((row) => row.row_id));
}

export async function listParked(em: EntityManager, options: { followers?: readonly string[]; includeResolved?: boolean; limit?: number } = {}): Promise<ParkedEvent[]> {
  const clauses = ['TRUE'];
  const params: unknown[] = [];
  if (options.followers?.length) {
    clauses.push('follower IN (?)');
    params.push(options.followers);
  }
  if (!options.includeResolved) clauses.push('resolved_at IS NULL');
  const rows = await em.execute<ParkedRow[]>(
    `SELECT ${COLUMNS} FROM parked_events WHERE ${clauses.join(' AND ')} ORDER BY follower, commit_position, prepare_position LIMIT ?`,
    [...params, options.limit ?? 1000],
  );
  return rows.map(toParked);
}

/** Unresolved failures per follower: what the health check reports. */
export async function parkedCounts(em: EntityManager): Promise<Map<string, number>> {
  const rows = await em.execute<{ follower: string; count: string }[]>(
    "SELECT follower, count(*)::text AS count FROM parked_events WHERE kind = 'FAILED' AND resolved_at IS NULL GROUP BY follower",
  );
  return new Map(rows.map((row) => [row.follower, Number(row.count)]));
}

/** Asks the instance running each follower to replay its unresolved failures, oldest first. */
export async function requestReplay(em: EntityManager, followers: readonly string[] | null): Promise<number> {
  const rows = await em.execute<{ id: string }[]>(
    `UPDATE parked_events SET replay_requested_at = now()
      WHERE kind = 'FAILED' AND resolved_at IS NULL ${followers ? 'AND follower IN (?)' : ''} RETURNING id::text AS id`,
    followers ? [followers] : [],
  );
  return rows.length;
}

export async function replayRequests(em: EntityManager, followers: readonly string[]): Promise<ParkedEvent[]> {
  if (followers.length === 0) return [];
  const rows = await em.execute<ParkedRow[]>(
    `SELECT ${COLUMNS} FROM parked_events WHERE follower IN (?) AND replay_requested_at IS NOT NULL AND resolved_at IS NULL
      ORDER BY follower, commit_position, prepare_position`,
    [followers],
  );
  return rows.map(toParked);
}

export async function markResolved(em: EntityManager, id: string): Promise<void> {
  await em.execute('UPDATE parked_events SET resolved_at = now(), replay_requested_at = NULL WHERE id = ?', [id]);
}

export async function markFailedAgain(em: EntityManager, id: string, error: string): Promise<void> {
  await em.execute('UPDATE parked_events SET error = ?, attempts = attempts + 1, replay_requested_at = NULL WHERE id = ?', [error, id]);
}

/** A rebuild replays every event from zero: what was parked is parked again if it still fails. */
export async function forgetParked(em: EntityManager, follower: string): Promise<void> {
  await em.execute('DELETE FROM parked_events WHERE follower = ?', [follower]);
}
