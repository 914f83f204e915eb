import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { handleCommand, loadStream, newCorrelation } from '../../src/event-store/command-handler';
import { PostgresEventStore } from '../../src/event-store/postgres/postgres-event-store';
import { WrongExpectedRevision } from '../../src/event-store/wrong-expected-revision.error';
import { fold, type Decider } from '../../src/shared/kernel/decider';
import { eventCodec } from '../../src/shared/kernel/event-codec';
import { command, event, type Command, type Event } from '../../src/shared/kernel/message';
import { testDatabaseUrl } from '../support/database';

type Added = Event<'Added', { n: number }>;
type Add = Command<'Add', { n: number }>;

/** A running total that keeps a snapshot every 3 events. */
const counter: Decider<Add, Added, { total: number; count: number }> = {
  decide: ({ data }) => [event('Added', { n: data.n })],
  evolve: (state, e) => ({ total: state.total + e.data.n, count: state.count + 1 }),
  initialState: () => ({ total: 0, count: 0 }),
  events: eventCodec<Added>('counter', { Added: { version: 1, schema: z.object({ n: z.number() }) } }),
  snapshot: {
    version: 1,
    every: 3,
    encode: (state) => state,
    decode: (json) => z.object({ total: z.number(), count: z.number() }).parse(json),
  },
};

describe('the command handler', () => {
  const store = new PostgresEventStore({ connectionString: testDatabaseUrl() });
  const context = () => newCorrelation({ kind: 'system', id: 'test' }, new Date());
  const add = (stream: string, n: number) => handleCommand(store, stream, counter, command('Add', { n }), context());

  beforeAll(() => store.migrate());
  afterAll(() => store.close());

  it('reads a long stream from its snapshot and the events after it, to the same state as folding it all', async () => {
    const stream = `counter-${randomUUID()}`;
    for (let n = 1; n <= 8; n++) await add(stream, n);
    const loaded = await loadStream(store, stream, counter);
    const all = fold(counter, (await store.readStream(stream)).map((r) => counter.events.decode(r)));
    expect(loaded).toMatchObject({ state: all, revision: 7 });
    expect(loaded.folded).toBeLessThan(3);
  });

  it('folds the whole stream when its snapshot cannot be read', async () => {
    const stream = `counter-${randomUUID()}`;
    for (let n = 1; n <= 4; n++) await add(stream, n);
    await store.saveSnapshot(stream, { revision: 99, position: { commit: 1n, prepare: 1n }, version: 1, state: { total: 'not a number' } });
    await expect(loadStream(store, stream, counter)).resolves.toMatchObject({ state: { total: 10, count: 4 }, revision: 3 });
  });

  it('runs the commands of this process on one stream in turn: many at once, none refused', async () => {
    const stream = `counter-${randomUUID()}`;
    await Promise.all(Array.from({ length: 40 }, (_, i) => handleCommand(store, stream, counter, command('Add', { n: i }), context(), { maxAttempts: 1 })));
    await expect(loadStream(store, stream, counter)).resolves.toMatchObject({ state: { total: 780, count: 40 }, revision: 39 });
  });

  it('refuses a command built on a revision the stream has moved past, never deciding it again on fresher state', async () => {
    const stream = `counter-${randomUUID()}`;
    await add(stream, 1);
    const read = await loadStream(store, stream, counter);
    await add(stream, 2);
    await expect(handleCommand(store, stream, counter, command('Add', { n: 3 }), context(), { known: read, builtOnKnownState: true })).rejects.toBeInstanceOf(WrongExpectedRevision);
    await expect(loadStream(store, stream, counter)).resolves.toMatchObject({ state: { total: 3, count: 2 } });
  });

  it('stores each event with the version its contract writes', async () => {
    const stream = `counter-${randomUUID()}`;
    await add(stream, 1);
    expect((await store.readStream(stream)).map((e) => e.schemaVersion)).toEqual([1]);
  });
});
