import type { EntityManager } from '@mikro-orm/postgresql';
import { resetCheckpoint } from './checkpoints';
import type { Projection } from './projection';

/**
 * Empties a projection's tables and sends its checkpoint back to the start, in one transaction.
 * A runner that is following it meanwhile finds its checkpoint moved, rolls back its batch and
 * replays from zero; with no runner alive, the next one to start does.
 */
export async function resetProjection(em: EntityManager, projection: Projection): Promise<void> {
  await em.fork().transactional(async (tx) => {
    for (const table of projection.tables) {
      if (!/^[a-z_][a-z0-9_]*$/.test(table)) throw new Error(`Unsafe table name ${table}`);
      await tx.execute(`TRUNCATE TABLE ${table}`);
    }
    await resetCheckpoint(tx, projection.name);
  });
}
