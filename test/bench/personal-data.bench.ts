import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { EventStore, EventToAppend } from '../../src/event-store/event-store.port';
import type { PostgresPersonalDataKeyring } from '../../src/event-store/personal-data/postgres-keyring';
import { PostgresEventStore } from '../../src/event-store/postgres/postgres-event-store';
import type { Position } from '../../src/event-store/position';
import { testDatabaseUrl } from '../support/database';
import { eventStoreTables, guestNoted, keyring, protectedStore } from '../event-store/personal-data-support';
import { percentile } from './booking-load-helpers';

/**
 * `npm run bench -- personal-data`: what crypto-shredding costs a reader. 10,000 events whose
 * guest's name, email and notes are sealed (1,000 guests, 10 events each), against 10,000 events
 * of the same shape and size with no policy, read through $all in pages of 1,000 as a follower
 * reads them: raw from the adapter, then through the personal data layer with its keys looked up
 * (a new keyring, nothing in memory) and with them at hand. Prints its figures, asserts none.
 */
const EVENTS = 10_000;
const SUBJECTS = 1_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

describe('personal data benchmark', () => {
  const run = randomUUID().slice(0, 8);
  const protectedType = `BenchGuestNoted_${run}`;
  const clearType = `BenchGuestNotedInClear_${run}`;
  let orm: MikroORM;
  let adapter: PostgresEventStore;
  const keyrings: PostgresPersonalDataKeyring[] = [];
  const freshKeyring = () => {
    const made = keyring();
    keyrings.push(made);
    return made;
  };

  beforeAll(async () => {
    orm = await eventStoreTables();
    adapter = new PostgresEventStore({ connectionString: testDatabaseUrl() });
    await adapter.migrate();
  });
  afterAll(async () => {
    for (const k of keyrings) await k.close();
    await adapter.close();
    await orm.close();
  });

  const owner = randomUUID();
  const card = (subjectId: string, i: number, type: string): EventToAppend =>
    guestNoted({ subjectId, ownerId: owner, guest: { lastName: `Lefèvre-Dupré ${i}`, email: `guest.${i}@example.org` }, notes: [{ text: `arrives late, room ${i}` }], nights: 1 + (i % 14) }, type);

  /** Writes the events, ten per guest's stream; answers how long it took and the position before the first. */
  async function write(store: EventStore, type: string): Promise<{ ms: number; before: Position }> {
    const subjects = Array.from({ length: SUBJECTS }, () => randomUUID());
    const [first, ...rest] = subjects;
    const started = performance.now();
    const opened = await store.appendToStream(`bench-guest-${run}-${first}`, [card(first, 0, type)], { expectedRevision: 'no_stream' });
    const perSubject = EVENTS / SUBJECTS;
    await store.appendToStream(`bench-guest-${run}-${first}`, Array.from({ length: perSubject - 1 }, (_, i) => card(first, i + 1, type)), { expectedRevision: 0 });
    for (const subject of rest) {
      await store.appendToStream(`bench-guest-${run}-${subject}`, Array.from({ length: perSubject }, (_, i) => card(subject, i, type)), { expectedRevision: 'no_stream' });
    }
    const ms = performance.now() - started;
    // The position just before the first event: $all is read strictly after it.
    const before = { commit: opened.position.commit, prepare: opened.position.prepare - 1n };
    return { ms, before };
  }

  /** Reads $all from `after`, a page of 1,000 at a time, until it has seen every event of `type`; answers the milliseconds. */
  async function readAll(store: EventStore, after: Position, type: string): Promise<number> {
    const started = performance.now();
    let seen = 0;
    let cursor = after;
    while (seen < EVENTS) {
      const page = await store.readAll({ after: cursor, maxCount: 1000 });
      if (page.length === 0) throw new Error(`only ${seen} events of ${type} were readable`);
      for (const e of page) if (e.type === type && e.data.nights !== undefined) seen += 1;
      cursor = page[page.length - 1].position;
    }
    return performance.now() - started;
  }

  /** Median milliseconds of each read, taken in turns so that a machine busy for a while weighs on all alike. */
  async function timed(reads: readonly (() => Promise<number>)[]): Promise<number[]> {
    for (const read of reads) await read();
    const samples = reads.map(() => [] as number[]);
    for (let i = 0; i < RUNS; i++) for (const [j, read] of reads.entries()) samples[j].push(await read());
    return samples.map((s) => percentile(s, 0.5));
  }

  it('reads 10,000 protected events, and 10,000 without a policy, through the personal data layer', async () => {
    const warm = protectedStore(adapter, freshKeyring(), protectedType);
    const sealed = await write(warm, protectedType);
    const clear = await write(adapter, clearType);

    const [raw, cold, atHand, rawClear, passing] = await timed([
      () => readAll(adapter, sealed.before, protectedType),
      () => readAll(protectedStore(adapter, freshKeyring(), protectedType), sealed.before, protectedType),
      () => readAll(warm, sealed.before, protectedType),
      () => readAll(adapter, clear.before, clearType),
      () => readAll(warm, clear.before, clearType),
    ]);

    const perEvent = (ms: number) => `${((ms * 1000) / EVENTS).toFixed(1)} µs/event`;
    const line = (what: string, ms: number, baseline?: number) =>
      `  ${what}: ${ms.toFixed(0)} ms (${perEvent(ms)})${baseline === undefined ? '' : `, ${(ms / baseline).toFixed(2)}× the raw read`}`;
    const [row] = await orm.em.fork().execute<{ sealed: string; clear: string }[]>(
      `SELECT avg(length(data::text)) FILTER (WHERE type = ?)::int::text AS sealed, avg(length(data::text)) FILTER (WHERE type = ?)::int::text AS clear FROM events WHERE stream_name LIKE ?`,
      [protectedType, clearType, `bench-guest-${run}-%`],
    );
    process.stdout.write(
      [
        '',
        `Personal data layer on the PostgreSQL server at ${new URL(testDatabaseUrl()).host}: ${EVENTS} events of ${SUBJECTS} guests, $all in pages of 1,000 (median of ${RUNS}):`,
        '  Events with sealed personal fields (name, email, one note: 3 per event):',
        line('read raw from the adapter, left sealed', raw),
        line('opened, keys looked up (one query per page)', cold, raw),
        line('opened, keys at hand', atHand, raw),
        '  Events of a type without a policy:',
        line('read raw from the adapter', rawClear),
        line('through the layer, passed as they are', passing, rawClear),
        `  Writing ${EVENTS} events in ${SUBJECTS} appends: ${sealed.ms.toFixed(0)} ms sealed (a key made per guest), ${clear.ms.toFixed(0)} ms in clear.`,
        `  Stored payload: ${row.sealed} bytes sealed, ${row.clear} bytes in clear, on average.`,
        '',
      ].join('\n'),
    );
    expect(cold).toBeGreaterThan(0);
  }, 600_000);
});
