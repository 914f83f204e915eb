import type { EntityManager } from '@mikro-orm/postgresql';
import { START, type Position } from '../position';

interface CheckpointRow {
  commit_position: string;
  prepare_position: string;
}

export class CheckpointMoved extends Error {
  constructor(readonly projection: string) {
    super(`Checkpoint of projection ${projection} was moved by someone else (a rebuild?)`);
  }
}

export async function readCheckpoint(em: EntityManager, name: string): Promise<Position> {
  const rows = await em.execute<CheckpointRow[]>(
    'SELECT commit_position::text AS commit_position, prepare_position::text AS prepare_position FROM projection_checkpoints WHERE name = ?',
    [name],
  );
  return rows.length ? { commit: BigInt(rows[0].commit_position), prepare: BigInt(rows[0].prepare_position) } : START;
}

/**
 * Moves the checkpoint from `from` to `to` only if it still stands at `from`, inside the caller's
 * transaction: a rebuild that reset it meanwhile makes the whole batch roll back.
 */
export async function advanceCheckpoint(em: EntityManager, name: string, from: Position, to: Position): Promise<void> {
  const result = await em.execute<{ name: string }[]>(
    `INSERT INTO projection_checkpoints AS c (name, commit_position, prepare_position, updated_at)
     VALUES (?, ?, ?, now())
     ON CONFLICT (name) DO UPDATE SET commit_position = excluded.commit_position,
       prepare_position = excluded.prepare_position, updated_at = now()
     WHERE c.commit_position = ? AND c.prepare_position = ?
     RETURNING c.name`,
    [name, to.commit.toString(), to.prepare.toString(), from.commit.toString(), from.prepare.toString()],
  );
  if (result.length !== 1) throw new CheckpointMoved(name);
}

export async function resetCheckpoint(em: EntityManager, name: string): Promise<void> {
  await em.execute(
    `INSERT INTO projection_checkpoints (name, commit_position, prepare_position, updated_at) VALUES (?, ?, ?, now())
     ON CONFLICT (name) DO UPDATE SET commit_position = excluded.commit_position,
       prepare_position = excluded.prepare_position, updated_at = now()`,
    [name, START.commit.toString(), START.prepare.toString()],
  );
}
