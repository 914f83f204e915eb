import type { EntityManager } from '@mikro-orm/postgresql';
import { START, type Position } from '../position';

interface CheckpointRow {
  name: string;
  commit_position: string;
  prepare_position: string;
}

/** A follower's checkpoint moved under it, by someone else: a rebuild reset it. */
export class CheckpointMoved extends Error {
  constructor(readonly follower: string) {
    super(`Checkpoint of ${follower} was moved by someone else (a rebuild?)`);
    this.name = 'CheckpointMoved';
  }
}

const positionOf = (row: CheckpointRow): Position => ({ commit: BigInt(row.commit_position), prepare: BigInt(row.prepare_position) });

export async function readCheckpoint(em: EntityManager, name: string): Promise<Position> {
  return (await readCheckpoints(em, [name])).get(name) ?? START;
}

/** Every named follower's checkpoint, in one read; a follower that never wrote one is absent. */
export async function readCheckpoints(em: EntityManager, names: readonly string[]): Promise<Map<string, Position>> {
  if (names.length === 0) return new Map();
  const rows = await em.execute<CheckpointRow[]>(
    'SELECT name, commit_position::text AS commit_position, prepare_position::text AS prepare_position FROM projection_checkpoints WHERE name IN (?)',
    [names],
  );
  return new Map(rows.map((row) => [row.name, positionOf(row)]));
}

/** Gives each follower a checkpoint row at the start, so that moving it is always an update. */
export async function ensureCheckpoints(em: EntityManager, names: readonly string[]): Promise<void> {
  if (names.length === 0) return;
  await em.execute(
    `INSERT INTO projection_checkpoints (name, commit_position, prepare_position)
     SELECT name, ?, ? FROM jsonb_array_elements_text(?::jsonb) AS name ON CONFLICT (name) DO NOTHING`,
    [START.commit.toString(), START.prepare.toString(), JSON.stringify(names)],
  );
}

/**
 * Moves the checkpoint from `from` to `to` only if it still stands at `from`, inside the caller's
 * transaction: a rebuild that reset it meanwhile makes the whole batch roll back.
 */
export async function advanceCheckpoint(em: EntityManager, name: string, from: Position, to: Position): Promise<void> {
  const moved = await moveCheckpoints(em, [{ name, from, to }]);
  if (moved.length !== 1) throw new CheckpointMoved(name);
}

/**
 * Moves several checkpoints in one statement, each only if it still stands where its follower
 * left it; answers the names that moved. A follower missing from the answer was reset.
 */
export async function moveCheckpoints(em: EntityManager, moves: readonly { name: string; from: Position; to: Position }[]): Promise<string[]> {
  if (moves.length === 0) return [];
  // Positions travel as text: they are 64-bit, beyond what a JSON number keeps exact.
  const rows = await em.execute<{ name: string }[]>(
    `UPDATE projection_checkpoints c
        SET commit_position = m.to_commit::numeric, prepare_position = m.to_prepare::numeric, updated_at = now(), last_error = NULL, last_error_at = NULL
       FROM jsonb_to_recordset(?::jsonb) AS m(name text, from_commit text, from_prepare text, to_commit text, to_prepare text)
      WHERE c.name = m.name AND c.commit_position = m.from_commit::numeric AND c.prepare_position = m.from_prepare::numeric
      RETURNING c.name`,
    [
      JSON.stringify(
        moves.map((m) => ({
          name: m.name,
          from_commit: m.from.commit.toString(),
          from_prepare: m.from.prepare.toString(),
          to_commit: m.to.commit.toString(),
          to_prepare: m.to.prepare.toString(),
        })),
      ),
    ],
  );
  return rows.map((row) => row.name);
}

export async function resetCheckpoint(em: EntityManager, name: string): Promise<void> {
  await em.execute(
    `INSERT INTO projection_checkpoints (name, commit_position, prepare_position, updated_at) VALUES (?, ?, ?, now())
     ON CONFLICT (name) DO UPDATE SET commit_position = excluded.commit_position,
       prepare_position = excluded.prepare_position, updated_at = now(), last_error = NULL, last_error_at = NULL`,
    [name, START.commit.toString(), START.prepare.toString()],
  );
}

/** Why a follower last stopped, for an operator; cleared by its next success. */
export async function recordFollowerError(em: EntityManager, name: string, error: string | null): Promise<void> {
  await em.execute('UPDATE projection_checkpoints SET last_error = ?::text, last_error_at = CASE WHEN ?::text IS NULL THEN NULL ELSE now() END WHERE name = ?', [
    error,
    error,
    name,
  ]);
}

export interface FollowerStatus {
  readonly name: string;
  readonly position: Position;
  readonly updatedAt: Date;
  readonly lastError: string | null;
  readonly lastErrorAt: Date | null;
}

export async function followerStatuses(em: EntityManager, names: readonly string[]): Promise<FollowerStatus[]> {
  const rows = await em.execute<(CheckpointRow & { updated_at: Date; last_error: string | null; last_error_at: Date | null })[]>(
    `SELECT name, commit_position::text AS commit_position, prepare_position::text AS prepare_position, updated_at, last_error, last_error_at
       FROM projection_checkpoints WHERE name IN (?)`,
    [names],
  );
  const byName = new Map(rows.map((row) => [row.name, row]));
  return names.map((name) => {
    const row = byName.get(name);
    return row
      ? { name, position: positionOf(row), updatedAt: new Date(row.updated_at), lastError: row.last_error, lastErrorAt: row.last_error_at && new Date(row.last_error_at) }
      : { name, position: START, updatedAt: new Date(0), lastError: null, lastErrorAt: null };
  });
}
