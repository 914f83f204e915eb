import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { PostgresEventStore } from '../../src/event-store/postgres/postgres-event-store';
import { testDatabaseUrl, onRealServer } from '../support/database';
import { eventStoreContract } from './event-store.contract';

async function createStore(): Promise<PostgresEventStore> {
  const store = new PostgresEventStore({ connectionString: testDatabaseUrl() }, { pollIntervalMs: 50 });
  await store.migrate();
  return store;
}

describe('PostgreSQL event store', () => {
  eventStoreContract(createStore);
});

// Needs two transactions open at once, which only a real server runs (the embedded one queues them).
const onServer = onRealServer() ? describe : describe.skip;

onServer('PostgreSQL event store, readers and late commits', () => {
  let store: PostgresEventStore;
  let slow: Client;

  beforeAll(async () => {
    store = await createStore();
    slow = new Client({ connectionString: testDatabaseUrl() });
    await slow.connect();
  });
  afterAll(async () => {
    await slow.end();
    await store.close();
  });

  it('never lets a reader pass an event whose transaction commits after a later one', async () => {
    const early = `late-commit-${randomUUID()}`;
    const late = `late-commit-${randomUUID()}`;
    const before = await store.headPosition();

    // The slow transaction takes its id first and commits last.
    await slow.query('BEGIN');
    await slow.query(`INSERT INTO event_streams VALUES ($1, 0)`, [early]);
    await slow.query(
      `INSERT INTO events (event_id, stream_name, stream_revision, type, data, metadata) VALUES ($1, $2, 0, 'Slow', '{}', '{}')`,
      [randomUUID(), early],
    );
    await store.appendToStream(late, [{ type: 'Fast', schemaVersion: 1, data: {}, metadata: { occurredAt: '2026-01-01T00:00:00Z', actor: { kind: 'system', id: 't' }, correlationId: 'c', causationId: null } }], {
      expectedRevision: 'no_stream',
    });

    const whileOpen = await store.readAll({ after: before ?? undefined, maxCount: 10_000 });
    expect(whileOpen.filter((e) => e.streamName === late)).toEqual([]);

    await slow.query('COMMIT');
    const afterCommit = await store.readAll({ after: before ?? undefined, maxCount: 10_000 });
    const ours = afterCommit.filter((e) => e.streamName === early || e.streamName === late).map((e) => e.type);
    expect(ours).toEqual(['Slow', 'Fast']);
  });
});
