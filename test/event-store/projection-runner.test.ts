import { randomUUID } from 'node:crypto';
import { EntitySchema } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { MIGRATIONS } from '../../src/app.module';
import type { RecordedEvent } from '../../src/event-store/event-store.port';
import { PostgresEventStore } from '../../src/event-store/postgres/postgres-event-store';
import { START, type Position } from '../../src/event-store/position';
import { untyped, type Projection } from '../../src/event-store/projection/projection';
import { ProjectionRunner } from '../../src/event-store/projection/projection-runner';
import { resetProjection } from '../../src/event-store/projection/rebuild';
import { ReadModelWaiter } from '../../src/event-store/projection/read-model-waiter';
import { onRealServer, testDatabaseUrl } from '../support/database';

interface CounterRow {
  id: string;
  count: number;
  total: number;
  lastN: number;
}

/** Rows per stream of this run, counting its `Counted` events: order-sensitive on purpose. */
function counterProjection(name: string, table: string, streams: string): Projection<CounterRow> {
  return {
    name,
    entity: new EntitySchema<CounterRow>({
      name: `Counter_${table}`,
      tableName: table,
      properties: { id: { type: 'text', primary: true }, count: { type: 'integer' }, total: { type: 'integer' }, lastN: { type: 'integer' } },
    }),
    tables: [table],
    handles: ['Counted'],
    rowIds: (e) => (e.streamName.startsWith(streams) ? [e.streamName] : []),
    evolve: (row, e) => {
      const n = Number(e.data.n);
      return { id: e.streamName, count: (row?.count ?? 0) + 1, total: (row?.total ?? 0) * 2 + n, lastN: n };
    },
  };
}

describe('projection runner', () => {
  const run = randomUUID().slice(0, 8);
  const streams = `counter-${run}`;
  const tables = ['a', 'b', 'c', 'd'].map((t) => `test_counter_${t}_${run}`);
  const projections = tables.map((table) => untyped(counterProjection(`counter-${table}`, table, streams)));
  let orm: MikroORM;
  let store: PostgresEventStore;
  const runners: ProjectionRunner[] = [];

  beforeAll(async () => {
    orm = await MikroORM.init({
      driver: PostgreSqlDriver,
      clientUrl: testDatabaseUrl(),
      entities: projections.map((p) => p.entity as EntitySchema),
      allowGlobalContext: true,
      debug: false,
      extensions: [Migrator],
      // The app's own migrations, so that an app started later in the run finds them recorded.
      migrations: { migrationsList: [...MIGRATIONS], transactional: true, allOrNothing: true, snapshot: false, silent: true },
    });
    await orm.getMigrator().up();
    store = new PostgresEventStore({ connectionString: testDatabaseUrl() }, { batchSize: 3, pollIntervalMs: 20 });
    await store.migrate();
    const em = orm.em.fork();
    for (const table of tables) await em.execute(`CREATE TABLE ${table} (id text PRIMARY KEY, count integer NOT NULL, total integer NOT NULL, last_n integer NOT NULL)`);
    for (let i = 0; i < 24; i++) {
      await store.appendToStream(`${streams}-${i % 4}`, [{ type: i % 5 === 0 ? 'Ignored' : 'Counted', data: { n: i }, metadata: meta() }], {
        expectedRevision: 'any',
      });
    }
  });

  afterAll(async () => {
    for (const runner of runners) await runner.stop();
    const em = orm.em.fork();
    for (const table of tables) await em.execute(`DROP TABLE IF EXISTS ${table}`);
    await store.close();
    await orm.close();
  });

  const meta = () => ({ occurredAt: new Date().toISOString(), actor: { kind: 'system' as const, id: 'test' }, correlationId: randomUUID(), causationId: null });

  function runner(for_: Projection[], lockRetryMs = 100): ProjectionRunner {
    const r = new ProjectionRunner(orm, store, testDatabaseUrl(), { all: () => for_ }, { lockRetryMs });
    runners.push(r);
    return r;
  }

  async function rows(table: string): Promise<CounterRow[]> {
    return (orm.em.fork()).execute<CounterRow[]>(`SELECT id, count, total, last_n AS "lastN" FROM ${table} ORDER BY id`);
  }

  async function allEvents(): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    let after: Position | undefined;
    for (;;) {
      const page = await store.readAll({ after, maxCount: 1000 });
      if (page.length === 0) return events;
      events.push(...page);
      after = page[page.length - 1].position;
    }
  }

  async function replayCleanly(projection: Projection): Promise<void> {
    const r = runner([projection]);
    const head = await store.headPosition();
    r.start();
    await expect(new ReadModelWaiter(orm.em, r, 10).waitFor(head, [projection.name], 20_000)).resolves.toBe(true);
    await r.stop();
  }

  it('changes nothing when the same events are applied twice', async () => {
    const [projection] = projections;
    const events = await allEvents();
    const r = runner([projection]);
    const reached = await r.applyBatch(projection, events, START);
    const once = await rows(projection.tables[0]);
    expect(once).toHaveLength(4);
    expect(once.reduce((sum, row) => sum + row.count, 0)).toBe(19);

    await expect(r.applyBatch(projection, events, reached)).resolves.toEqual(reached);
    expect(await rows(projection.tables[0])).toEqual(once);
  });

  it('ends with the same rows as a clean replay when stopped between batches and restarted', async () => {
    const [, clean, interrupted] = projections;
    await replayCleanly(clean);

    const events = await allEvents();
    const first = runner([interrupted]);
    let batches = 0;
    const stopped = new Promise<void>((resolve) =>
      first.onAdvance(() => {
        batches += 1;
        if (batches === 2) resolve();
      }),
    );
    first.start();
    await stopped;
    await first.stop();
    const partial = await rows(interrupted.tables[0]);
    expect(partial.reduce((sum, row) => sum + row.count, 0)).toBeLessThan(events.filter((e) => e.type === 'Counted' && e.streamName.startsWith(streams)).length);

    await replayCleanly(interrupted);
    expect(await rows(interrupted.tables[0])).toEqual(await rows(clean.tables[0]));
  });

  it('rolls back a batch that fails half-way and replays it, ending like a clean replay', async () => {
    const [, clean, , flaky] = projections;
    let failures = 0;
    const failingOnce: Projection = {
      ...flaky,
      evolve: (row, e, id) => {
        if (Number(e.data.n) === 13 && failures === 0) {
          failures += 1;
          throw new Error('disk full');
        }
        return flaky.evolve(row, e, id);
      },
    };
    await replayCleanly(failingOnce);
    expect(failures).toBe(1);
    expect(await rows(flaky.tables[0])).toEqual(await rows(clean.tables[0]));
  });

  it('rebuilds from zero when reset while running, to the same rows', async () => {
    const [, clean, , flaky] = projections;
    await resetProjection(orm.em, flaky);
    expect(await rows(flaky.tables[0])).toEqual([]);
    await replayCleanly(flaky);
    expect(await rows(flaky.tables[0])).toEqual(await rows(clean.tables[0]));
  });

  // Advisory locks belong to sessions; the embedded PostgreSQL has one session for everyone.
  (onRealServer() ? it : it.skip)('lets only one of two instances run a projection, and the other take over when it stops', async () => {
    const [projection] = projections;
    await resetProjection(orm.em, projection);
    const one = runner([projection]);
    const two = runner([projection]);
    const advancedBy = new Set<string>();
    one.onAdvance(() => advancedBy.add('one'));
    two.onAdvance(() => advancedBy.add('two'));
    one.start();
    await new Promise((resolve) => setTimeout(resolve, 150));
    two.start();
    const head = await store.headPosition();
    await expect(new ReadModelWaiter(orm.em, one, 10).waitFor(head, [projection.name], 10_000)).resolves.toBe(true);
    expect([...advancedBy]).toEqual(['one']);

    await one.stop();
    const written = await store.appendToStream(`${streams}-0`, [{ type: 'Counted', data: { n: 100 }, metadata: meta() }], { expectedRevision: 'any' });
    await expect(new ReadModelWaiter(orm.em, two, 10).waitFor(written.position, [projection.name], 10_000)).resolves.toBe(true);
    expect(advancedBy.has('two')).toBe(true);
    await two.stop();
  });
});
