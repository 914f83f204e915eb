import { randomUUID } from 'node:crypto';
import { EntitySchema } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { MIGRATIONS } from '../../src/app.module';
import type { EventStore, RecordedEvent } from '../../src/event-store/event-store.port';
import { ensureCheckpoints, moveCheckpoints } from '../../src/event-store/following/checkpoints';
import type { Follower } from '../../src/event-store/following/follower';
import { FollowerRunner } from '../../src/event-store/following/follower-runner';
import { listParked, requestReplay } from '../../src/event-store/following/parked-events';
import { eventsAfter, ProjectionFollower } from '../../src/event-store/following/projection-follower';
import { PostgresEventStore } from '../../src/event-store/postgres/postgres-event-store';
import { comparePositions, START, type Position } from '../../src/event-store/position';
import { untyped, type Projection } from '../../src/event-store/projection/projection';
import { ReadModelWaiter } from '../../src/event-store/projection/read-model-waiter';
import { UnreadableEvent, type StoredEvent } from '../../src/shared/kernel/event-codec';
import type { Event } from '../../src/shared/kernel/message';
import { onRealServer, testDatabaseUrl } from '../support/database';

interface CounterRow {
  id: string;
  count: number;
  total: number;
  lastN: number;
}

type Counted = Event<'Counted', { n: number }>;

/** A `Counted` payload must hold a number: anything else is an event this code cannot read. */
function decodeCounted(stored: StoredEvent): Counted {
  const n = (stored.data as { n?: unknown }).n;
  if (typeof n !== 'number') throw new UnreadableEvent(stored.type, stored.schemaVersion, 'n is not a number');
  return { type: 'Counted', data: { n } };
}

/** Rows per stream of this run, counting its `Counted` events: order-sensitive on purpose. */
function counterProjection(name: string, table: string, streams: string, fails: (n: number) => boolean = () => false): Projection<CounterRow, Counted> {
  return {
    name,
    entity: new EntitySchema<CounterRow>({
      name: `Counter_${table}`,
      tableName: table,
      properties: { id: { type: 'text', primary: true }, count: { type: 'integer' }, total: { type: 'integer' }, lastN: { type: 'integer' } },
    }),
    tables: [table],
    handles: ['Counted'],
    decode: decodeCounted,
    rowIds: (e) => (e.streamName.startsWith(streams) ? [e.streamName] : []),
    evolve: (row, e) => {
      if (fails(e.data.n)) throw new Error(`cannot count ${e.data.n}`);
      return { id: e.streamName, count: (row?.count ?? 0) + 1, total: (row?.total ?? 0) * 2 + e.data.n, lastN: e.data.n };
    },
  };
}

/** Counts the reads of a store, to see how many readers a runner opens. */
function counting(store: EventStore): { store: EventStore; subscriptions: () => number } {
  let subscriptions = 0;
  const counted = Object.create(store) as EventStore;
  counted.subscribeToAll = (options) => {
    subscriptions += 1;
    return store.subscribeToAll(options);
  };
  return { store: counted, subscriptions: () => subscriptions };
}

/**
 * A follower that takes a batch only once let through: a policy waiting on a PDF render or a
 * payment provider, slowed at will. It keeps what it was given, to check order and duplicates.
 */
function gated(name: string, open = false): { follower: Follower; open: () => void; seen: RecordedEvent[] } {
  let letThrough: () => void = () => undefined;
  const opened = open ? Promise.resolve() : new Promise<void>((resolve) => (letThrough = resolve));
  const seen: RecordedEvent[] = [];
  const follower: Follower = {
    name,
    handles: new Set(['Counted']),
    prepare: () => Promise.resolve(),
    deliver: async (events, position, stored) => {
      await opened;
      const fresh = eventsAfter(events, position);
      seen.push(...fresh);
      return { position: fresh.length > 0 ? fresh[fresh.length - 1].position : position, stored };
    },
    replay: () => Promise.resolve(),
  };
  return { follower, open: () => letThrough(), seen };
}

describe('the follower runner', () => {
  const run = randomUUID().slice(0, 8);
  const streams = `counter-${run}`;
  const tables = ['a', 'b', 'c', 'd', 'e', 'f'].map((t) => `test_counter_${t}_${run}`);
  const projection = (i: number, fails?: (n: number) => boolean) => untyped(counterProjection(`counter-${tables[i]}`, tables[i], streams, fails));
  let orm: MikroORM;
  let store: PostgresEventStore;
  const runners: FollowerRunner[] = [];

  const meta = () => ({ occurredAt: new Date().toISOString(), actor: { kind: 'system' as const, id: 'test' }, correlationId: randomUUID(), causationId: null });
  /** This file's newest event: the store's head may lag it while another test's transaction is open (the visible cutoff is server-wide). */
  let lastWritten: Position | null = null;
  const append = async (stream: string, data: Record<string, unknown>, type = 'Counted') => {
    const result = await store.appendToStream(stream, [{ type, schemaVersion: 1, data, metadata: meta() }], { expectedRevision: 'any' });
    if (lastWritten === null || comparePositions(result.position, lastWritten) > 0) lastWritten = result.position;
    return result;
  };
  /** The newest event a replay must reach: the head, or this file's own newest if the head still lags it. */
  const newest = async (): Promise<Position | null> => {
    const head = await store.headPosition();
    return head === null || (lastWritten !== null && comparePositions(lastWritten, head) > 0) ? lastWritten : head;
  };

  beforeAll(async () => {
    orm = await MikroORM.init({
      driver: PostgreSqlDriver,
      clientUrl: testDatabaseUrl(),
      entities: tables.map((_, i) => projection(i).entity as EntitySchema),
      allowGlobalContext: true,
      debug: false,
      extensions: [Migrator],
      // The app's own migrations, so that an app started later in the run finds them recorded.
      migrations: { migrationsList: [...MIGRATIONS], transactional: true, allOrNothing: true, snapshot: false, silent: true },
    });
    await orm.getMigrator().up();
    store = new PostgresEventStore({ connectionString: testDatabaseUrl() }, { batchSize: 3 });
    await store.migrate();
    const em = orm.em.fork();
    for (const table of tables) await em.execute(`CREATE TABLE ${table} (id text PRIMARY KEY, count integer NOT NULL, total integer NOT NULL, last_n integer NOT NULL)`);
    for (let i = 0; i < 24; i++) await append(`${streams}-${i % 4}`, { n: i }, i % 5 === 0 ? 'Ignored' : 'Counted');
  });

  afterAll(async () => {
    for (const runner of runners) await runner.stop();
    const em = orm.em.fork();
    for (const table of tables) await em.execute(`DROP TABLE IF EXISTS ${table}`);
    await store.close();
    await orm.close();
  });

  function runner(projections: Projection[], options: { lockRetryMs?: number; controlMs?: number; on?: EventStore } = {}): FollowerRunner {
    const r = new FollowerRunner(orm, options.on ?? store, testDatabaseUrl(), () => projections.map((p) => new ProjectionFollower(orm, p)), {
      lockRetryMs: options.lockRetryMs ?? 100,
      controlMs: options.controlMs ?? 100,
    });
    runners.push(r);
    return r;
  }

  const rows = (table: string): Promise<CounterRow[]> => orm.em.fork().execute<CounterRow[]>(`SELECT id, count, total, last_n AS "lastN" FROM ${table} ORDER BY id`);

  /** Every event up to this file's newest: read again while another test's open transaction still hides it. */
  async function allEvents(): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    let after: Position | undefined;
    for (let empty = 0; ; ) {
      const page = await store.readAll({ after, maxCount: 1000 });
      if (page.length === 0) {
        const reached = after !== undefined && lastWritten !== null && comparePositions(after, lastWritten) >= 0;
        if (reached || lastWritten === null || ++empty > 200) return events;
        await new Promise((resolve) => setTimeout(resolve, 50));
        continue;
      }
      events.push(...page);
      after = page[page.length - 1].position;
    }
  }

  const caughtUp = async (r: FollowerRunner, names: string[]) => new ReadModelWaiter(orm.em, r, null, 10).waitFor(await newest(), names, 20_000);

  /** Runs the projections from wherever they stand to the newest event, then stops. */
  async function replay(...projections: Projection[]): Promise<void> {
    const r = runner(projections);
    r.start();
    await expect(caughtUp(r, projections.map((p) => p.name))).resolves.toBe(true);
    await r.stop();
  }

  /** The clean rows every other way of getting there must end with. */
  let clean: CounterRow[];
  beforeAll(async () => {
    await replay(projection(0));
    clean = await rows(tables[0]);
  });

  it('applies a batch once: the same events delivered again change nothing', async () => {
    const once1 = projection(1);
    const follower = new ProjectionFollower(orm, once1);
    await ensureCheckpoints(orm.em.fork(), [once1.name]);
    await follower.prepare();
    const events = await allEvents();
    const { position } = await follower.deliver(events, START, START);
    const once = await rows(tables[1]);
    expect(once).toEqual(clean);
    expect(once.reduce((sum, row) => sum + row.count, 0)).toBe(19);

    await expect(follower.deliver(events, position, position)).resolves.toEqual({ position, stored: position });
    expect(await rows(tables[1])).toEqual(once);
  });

  it('ends with the same rows as a clean replay when stopped between batches and restarted', async () => {
    const interrupted = projection(2);
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
    expect((await rows(tables[2])).reduce((sum, row) => sum + row.count, 0)).toBeLessThan(19);

    await replay(interrupted);
    expect(await rows(tables[2])).toEqual(clean);
  });

  it('applies again a batch that failed half-way once, ending like a clean replay with nothing parked', async () => {
    let failures = 0;
    const failingOnce = projection(3, (n) => n === 13 && failures++ === 0);
    await replay(failingOnce);
    expect(failures).toBe(2);
    expect(await rows(tables[3])).toEqual(clean);
    expect(await listParked(orm.em.fork(), { followers: [failingOnce.name] })).toEqual([]);
  });

  it('rebuilds from zero, here and at once, to the same rows', async () => {
    const rebuilt = projection(3);
    const r = runner([rebuilt]);
    r.start();
    await expect(caughtUp(r, [rebuilt.name])).resolves.toBe(true);
    await r.rebuild([rebuilt]);
    await expect(caughtUp(r, [rebuilt.name])).resolves.toBe(true);
    expect(await rows(tables[3])).toEqual(clean);
    await r.stop();
  });

  describe('an event it cannot apply', () => {
    let broken = true;
    const poisoned = projection(4, (n) => broken && n === 13);

    it('is parked with its rows, while every other row goes on', async () => {
      const r = runner([poisoned]);
      r.start();
      await expect(caughtUp(r, [poisoned.name])).resolves.toBe(true);
      const parked = await listParked(orm.em.fork(), { followers: [poisoned.name] });
      const stuck = `${streams}-1`;
      // 13 fails; 17 and 21 come after it on the same row and wait behind it, in order.
      expect(parked.map((p) => [p.type, p.streamName, p.rowIds, p.kind])).toEqual([
        ['Counted', stuck, [stuck], 'FAILED'],
        ['Counted', stuck, [stuck], 'FAILED'],
        ['Counted', stuck, [stuck], 'FAILED'],
      ]);
      expect(parked[0].error).toContain('cannot count 13');
      expect(parked[1].error).toContain('waits behind');
      const mine = await rows(tables[4]);
      expect(mine.filter((row) => row.id !== stuck)).toEqual(clean.filter((row) => row.id !== stuck));
      expect(mine.find((row) => row.id === stuck)?.lastN).toBe(9);
      await r.stop();
    });

    it('is applied with those behind it, in their order, when replayed after a fix', async () => {
      broken = false;
      const r = runner([poisoned]);
      r.start();
      expect(await requestReplay(orm.em.fork(), [poisoned.name])).toBe(3);
      for (let i = 0; i < 200 && (await listParked(orm.em.fork(), { followers: [poisoned.name] })).length > 0; i++) await new Promise((resolve) => setTimeout(resolve, 25));
      expect(await listParked(orm.em.fork(), { followers: [poisoned.name] })).toEqual([]);
      expect(await rows(tables[4])).toEqual(clean);
      await r.stop();
    });

    it('is parked when it cannot even be read, and the follower goes on with the next', async () => {
      const unreadable = projection(5);
      await append(`${streams}-9`, { n: 'not a number' });
      const after = await append(`${streams}-8`, { n: 1 });
      const r = runner([unreadable]);
      r.start();
      await expect(new ReadModelWaiter(orm.em, r, null, 10).waitFor(after.position, [unreadable.name], 20_000)).resolves.toBe(true);
      const [parked] = await listParked(orm.em.fork(), { followers: [unreadable.name] });
      expect(parked).toMatchObject({ streamName: `${streams}-9`, kind: 'FAILED', rowIds: [`stream:${streams}-9`] });
      expect(parked.error).toContain('UnreadableEvent');
      expect((await rows(tables[5])).find((row) => row.id === `${streams}-8`)).toMatchObject({ count: 1, lastN: 1 });
      await r.stop();
    });
  });

  it('feeds every follower from one reader of the store', async () => {
    const { store: counted, subscriptions } = counting(store);
    const followers = [0, 1, 2, 3].map((i) => projection(i));
    const r = runner(followers, { on: counted });
    r.start();
    await expect(caughtUp(r, followers.map((p) => p.name))).resolves.toBe(true);
    const opened = subscriptions();
    const written = await append(`${streams}-0`, { n: 99 });
    await expect(new ReadModelWaiter(orm.em, r, null, 10).waitFor(written.position, followers.map((p) => p.name), 10_000)).resolves.toBe(true);
    expect(opened).toBeLessThanOrEqual(2);
    expect(subscriptions()).toBe(opened);
    await r.stop();
  });

  describe('a slow follower', () => {
    /** Two followers standing at the newest event, one let through at once, one held. */
    async function fastAndSlow(laneLimit?: number) {
      const fast = gated(`fast-${randomUUID()}`, true);
      const slow = gated(`slow-${randomUUID()}`);
      const head = (await store.headPosition()) ?? START;
      const names = [fast.follower.name, slow.follower.name];
      await ensureCheckpoints(orm.em.fork(), names);
      await moveCheckpoints(orm.em.fork(), names.map((name) => ({ name, from: START, to: head })));
      const r = new FollowerRunner(orm, store, testDatabaseUrl(), () => [fast.follower, slow.follower], { lockRetryMs: 100, controlMs: 100, laneLimit });
      runners.push(r);
      r.start();
      for (let i = 0; i < 200 && names.some((name) => r.positionOf(name) === null); i++) await new Promise((resolve) => setTimeout(resolve, 10));
      return { r, fast, slow, stream: `${streams}-slow-${randomUUID().slice(0, 8)}` };
    }
    const ns = (seen: RecordedEvent[], stream: string) => seen.filter((e) => e.streamName === stream).map((e) => (e.data as { n: number }).n);
    const appendMany = (stream: string, count: number) =>
      store.appendToStream(
        stream,
        Array.from({ length: count }, (_, n) => ({ type: 'Counted', schemaVersion: 1, data: { n }, metadata: meta() })),
        { expectedRevision: 'any' },
      );

    it('does not hold the others back: they reach the newest event while it waits, and it follows in order, once each', async () => {
      const { r, fast, slow, stream } = await fastAndSlow();
      let last: Position = START;
      for (let n = 0; n < 5; n++) last = (await append(stream, { n })).position;
      await expect(new ReadModelWaiter(orm.em, r, null, 10).waitFor(last, [fast.follower.name], 10_000)).resolves.toBe(true);
      expect(ns(fast.seen, stream)).toEqual([0, 1, 2, 3, 4]);
      expect(slow.seen).toEqual([]);

      slow.open();
      await expect(new ReadModelWaiter(orm.em, r, null, 10).waitFor(last, [slow.follower.name], 10_000)).resolves.toBe(true);
      expect(ns(slow.seen, stream)).toEqual([0, 1, 2, 3, 4]);
      await r.stop();
    });

    it('holds the feed once its lane is full, so memory stays bounded, and nothing is lost when it catches up', async () => {
      // Batches of 3 here: the slow follower's lane takes two before it holds more than 3.
      const { r, fast, slow, stream } = await fastAndSlow(3);
      const { position: last } = await appendMany(stream, 12);
      for (let i = 0; i < 200 && ns(fast.seen, stream).length < 6; i++) await new Promise((resolve) => setTimeout(resolve, 10));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(ns(fast.seen, stream)).toEqual([0, 1, 2, 3, 4, 5]);

      slow.open();
      await expect(new ReadModelWaiter(orm.em, r, null, 10).waitFor(last, [fast.follower.name, slow.follower.name], 10_000)).resolves.toBe(true);
      const all = Array.from({ length: 12 }, (_, n) => n);
      expect(ns(fast.seen, stream)).toEqual(all);
      expect(ns(slow.seen, stream)).toEqual(all);
      await r.stop();
    });
  });

  // Advisory locks belong to sessions; the embedded PostgreSQL has one session for everyone.
  (onRealServer() ? it : it.skip)('lets only one of two instances run a projection, and the other take over when it stops', async () => {
    const shared = projection(0);
    const one = runner([shared]);
    const two = runner([shared]);
    const advancedBy = new Set<string>();
    one.onAdvance(() => advancedBy.add('one'));
    two.onAdvance(() => advancedBy.add('two'));
    one.start();
    // Caught up says nothing of who runs it: the checkpoint may stand at the head already.
    for (let i = 0; i < 200 && one.positionOf(shared.name) === null; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(one.positionOf(shared.name)).not.toBeNull();
    two.start();
    const before = await append(`${streams}-0`, { n: 100 });
    await expect(new ReadModelWaiter(orm.em, one, null, 10).waitFor(before.position, [shared.name], 10_000)).resolves.toBe(true);
    expect([...advancedBy]).toEqual(['one']);

    await one.stop();
    const written = await append(`${streams}-0`, { n: 101 });
    await expect(new ReadModelWaiter(orm.em, two, null, 10).waitFor(written.position, [shared.name], 10_000)).resolves.toBe(true);
    expect(advancedBy.has('two')).toBe(true);
    await two.stop();
  });
});
