import 'reflect-metadata';
import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import { createApp, prepareRuntime } from './bootstrap';
import { EVENT_STORE, type EventStore } from './event-store/event-store.port';
import { followerStatuses } from './event-store/following/checkpoints';
import { FollowerRunner } from './event-store/following/follower-runner';
import { parkedLines } from './event-store/following/operator';
import { listParked } from './event-store/following/parked-events';
import { comparePositions, formatPosition } from './event-store/position';
import { ProjectionRegistry } from './event-store/projection/projection-registry';

/** A replay that moves no checkpoint for this long has stopped: it fails, saying why. */
const STALL_MS = 60_000;
const REPORT_EVERY_MS = 1000;

/**
 * `npm run projections:rebuild [name…]`: empties the named read models (all when none is named)
 * and replays every event into them, printing how far each is every second. It ends when all
 * have reached the newest event, and fails loudly (exit code 1) when one stops moving, or when
 * events had to be parked on the way. Safe while the app runs elsewhere: whichever instance holds
 * a projection's lock does the replay.
 */
async function main(): Promise<void> {
  const names = process.argv.slice(2);
  const { config, embedded } = await prepareRuntime();
  const app = await createApp(config, { logger: false });
  try {
    await app.init();
    const registry = app.get(ProjectionRegistry);
    const unknown = names.filter((name) => !registry.get(name));
    if (unknown.length > 0) throw new Error(`Unknown projection ${unknown.join(', ')} (known: ${registry.all().map((p) => p.name).join(', ')})`);
    const chosen = names.length > 0 ? registry.all().filter((p) => names.includes(p.name)) : registry.all();
    const em = app.get(MikroORM).em as EntityManager;
    const store = app.get<EventStore>(EVENT_STORE);
    const started = Date.now();
    await app.get(FollowerRunner).rebuild(chosen);
    const head = await store.headPosition();
    const chosenNames = chosen.map((p) => p.name);
    let lastMove = Date.now();
    let previous = '';
    for (;;) {
      const statuses = await followerStatuses(em.fork(), chosenNames);
      const done = head === null || statuses.every((s) => comparePositions(s.position, head) >= 0);
      const line = statuses.map((s) => `${s.name} ${progress(s.position.prepare, head?.prepare ?? 0n)}`).join(', ');
      if (line !== previous) lastMove = Date.now();
      previous = line;
      console.log(`${Math.round((Date.now() - started) / 1000)} s: ${line}`);
      if (done) break;
      if (Date.now() - lastMove > STALL_MS) {
        const errors = statuses.filter((s) => s.lastError).map((s) => `${s.name}: ${s.lastError}`);
        throw new Error(`The replay has not moved for ${STALL_MS / 1000} s${errors.length ? `:\n  ${errors.join('\n  ')}` : ' (is another instance holding the projections without running?)'}`);
      }
      await new Promise((resolve) => setTimeout(resolve, REPORT_EVERY_MS));
    }
    const parked = await listParked(em.fork(), { followers: chosenNames });
    console.log(`Rebuilt ${chosenNames.join(', ')} up to ${head ? formatPosition(head) : 'an empty store'} in ${Date.now() - started} ms`);
    if (parked.length > 0) {
      console.error(`${parked.length} event(s) could not be applied and were parked:\n${parkedLines(parked).join('\n')}\nFix the cause, then: npm run followers -- replay`);
      process.exitCode = 1;
    }
  } finally {
    await app.close();
    await embedded?.stop();
  }
}

/** How far a replay is, from the store's sequence: enough for a person watching it. */
function progress(at: bigint, head: bigint): string {
  if (head <= 0n) return '100 %';
  const share = at < 0n ? 0n : (at * 100n) / head;
  return `${share > 100n ? 100n : share} %`;
}

main().catch((error: unknown) => {
  console.error(`Rebuild failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
