import type { EntityManager } from '@mikro-orm/postgresql';
import { resetCheckpoint } from '../following/checkpoints';
import { forgetParked } from '../following/parked-events';
import type { Projection } from './projection';

/**
 * Empties a projection's tables, forgets what it parked and sends its checkpoint back to the
 * start, in one transaction. The instance running it notices and replays from zero, parking
 * again whatever still fails.
 */
export async function resetProjection(em: EntityManager, projection: Projection): Promise<void> {
  await em.fork().transactional(async (tx) => {
    for (const table of projection.tables) {
      if (!/^[a-z_][a-z0-9_]*$/.test(table)) throw new Error(`Unsafe table name ${table}`);
      await tx.execute(`TRUNCATE TABLE ${table}`);
    }
    await forgetParked(tx, projection.name);
    await resetCheckpoint(tx, projection.name);
  });
}
