import 'reflect-metadata';
import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import { createApp, prepareRuntime } from './bootstrap';
import { EVENT_STORE, type EventStore } from './event-store/event-store.port';
import { ProjectionRegistry } from './event-store/projection/projection-registry';
import { resetProjection } from './event-store/projection/rebuild';
import { ReadModelWaiter } from './event-store/projection/read-model-waiter';

/**
 * `npm run projections:rebuild [name…]`: empties the named read models (all when none is named)
 * and waits until they have replayed every event. Safe while the app runs elsewhere: whichever
 * instance holds a projection's lock does the replay.
 */
async function main(): Promise<void> {
  const names = process.argv.slice(2);
  const { config, embedded } = await prepareRuntime();
  const app = await createApp(config, { logger: false });
  try {
    await app.init();
    const registry = app.get(ProjectionRegistry);
    const unknown = names.filter((name) => !registry.get(name));
    if (unknown.length > 0) {
      const known = registry.all().map((p) => p.name).join(', ');
      throw new Error(`Unknown projection ${unknown.join(', ')} (known: ${known})`);
    }
    const chosen = names.length > 0 ? registry.all().filter((p) => names.includes(p.name)) : registry.all();
    const em = app.get(MikroORM).em as EntityManager;
    const started = Date.now();
    for (const projection of chosen) await resetProjection(em, projection);
    const head = await app.get<EventStore>(EVENT_STORE).headPosition();
    const caughtUp = await app.get(ReadModelWaiter).waitFor(head, chosen.map((p) => p.name), 30 * 60_000);
    if (!caughtUp) throw new Error('The replay did not finish in 30 minutes');
    const position = head ? `${head.commit}/${head.prepare}` : 'an empty store';
    console.log(`Rebuilt ${chosen.map((p) => p.name).join(', ')} up to ${position} in ${Date.now() - started} ms`);
  } finally {
    await app.close();
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`Rebuild failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
