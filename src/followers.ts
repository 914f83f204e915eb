import 'reflect-metadata';
import { MikroORM, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { prepareRuntime } from './bootstrap';
import { createEventStore } from './event-store/event-store.module';
import { followerReports } from './event-store/following/follower-health';
import { parkedLines, replayParked, reportLines } from './event-store/following/operator';
import { listParked } from './event-store/following/parked-events';

const USAGE = `npm run followers                        how far each projection and policy is, and what it parked
npm run followers -- parked [name…]       the events they parked (all, or those of the followers named)
npm run followers -- replay [name…]       replays them, after a fix, and says which went through`;

/** An operator's view of the projections and policies, read from the database every instance shares. */
async function main(): Promise<void> {
  const [verb = 'status', ...names] = process.argv.slice(2);
  if (!['status', 'parked', 'replay'].includes(verb)) throw new Error(`Unknown command ${verb}\n${USAGE}`);
  const { config, embedded } = await prepareRuntime();
  const orm = await MikroORM.init({ driver: PostgreSqlDriver, clientUrl: config.databaseUrl, entities: [], discovery: { warnWhenNoEntities: false }, debug: false });
  const store = createEventStore(config);
  const em = orm.em.fork();
  try {
    const known = (await em.execute<{ name: string }[]>('SELECT name FROM projection_checkpoints ORDER BY name')).map((row) => row.name);
    const unknown = names.filter((name) => !known.includes(name));
    if (unknown.length > 0) throw new Error(`Unknown follower ${unknown.join(', ')} (known: ${known.join(', ')})`);
    const chosen = names.length > 0 ? names : null;
    if (verb === 'status') {
      const reports = await followerReports(em, store, chosen ?? known, new Date());
      console.log(reportLines(reports).join('\n'));
      if (reports.some((r) => !r.healthy)) process.exitCode = 1;
    } else if (verb === 'parked') {
      const parked = await listParked(em, { followers: chosen ?? undefined });
      console.log(parked.length === 0 ? 'Nothing is parked.' : parkedLines(parked).join('\n'));
    } else {
      const outcome = await replayParked(em, chosen, 5 * 60_000);
      console.log(`Replayed ${outcome.resolved} of ${outcome.asked} parked events.`);
      if (outcome.failed.length > 0) console.log(`Failed again:\n${parkedLines(outcome.failed).join('\n')}`);
      if (outcome.waiting.length > 0) console.log(`Not replayed yet (is an instance of the app running?):\n${parkedLines(outcome.waiting).join('\n')}`);
      if (outcome.failed.length > 0 || outcome.waiting.length > 0) process.exitCode = 1;
    }
  } finally {
    await store.close();
    await orm.close();
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
