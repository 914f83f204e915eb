import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { handleCommand, newCorrelation } from '../../src/event-store/command-handler';
import type { EventToAppend } from '../../src/event-store/event-store.port';
import { PostgresEventStore } from '../../src/event-store/postgres/postgres-event-store';
import { dossierNumbersDecider, dossierNumbersStream } from '../../src/reservation/domain/dossier/dossier-numbers.decider';
import { planningDecider, planningStream } from '../../src/reservation/domain/planning/planning.decider';
import { addDays } from '../../src/shared/kernel/calendar-date';
import { command } from '../../src/shared/kernel/message';
import { testDatabaseUrl } from '../support/database';
import { percentile } from './booking-load-helpers';

/**
 * `npm run bench -- hot-streams`: the streams every booking of an owner or of an accommodation
 * writes to must not slow down as they grow. A command on a planning with 5,000 past holds, and
 * a number given to an owner with 10,000 files, each against the same on a fresh stream: the
 * ratio of medians is the figure (the target is under 2). Prints its figures, asserts none.
 */
const PAST_HOLDS = 5_000;
const FILES = 10_000;
const COMMANDS = Number(process.env.BENCH_COMMANDS ?? 300);
const TODAY = '2027-06-01';

describe('hot streams benchmark', () => {
  const store = new PostgresEventStore({ connectionString: testDatabaseUrl() });
  const context = () => newCorrelation({ kind: 'system', id: 'bench' }, new Date());
  const metadata = { occurredAt: new Date().toISOString(), actor: { kind: 'system' as const, id: 'bench' }, correlationId: randomUUID(), causationId: null };

  beforeAll(() => store.migrate());
  afterAll(() => store.close());

  /** Writes a long history the way it would have come, in appends of 500. */
  async function history(stream: string, events: readonly Omit<EventToAppend, 'metadata' | 'schemaVersion'>[]): Promise<void> {
    for (let i = 0; i < events.length; i += 500) {
      const slice = events.slice(i, i + 500).map((e) => ({ ...e, schemaVersion: 1, metadata }));
      await store.appendToStream(stream, slice, { expectedRevision: i === 0 ? 'no_stream' : i - 1 });
    }
  }

  /** Median, p95 and first-command times of `run` repeated `COMMANDS` times. */
  async function time(run: (i: number) => Promise<unknown>): Promise<{ first: number; p50: number; p95: number }> {
    const samples: number[] = [];
    for (let i = 0; i < COMMANDS; i++) {
      const started = performance.now();
      await run(i);
      samples.push(performance.now() - started);
    }
    return { first: samples[0], p50: percentile(samples.slice(10), 0.5), p95: percentile(samples.slice(10), 0.95) };
  }

  const line = (what: string, fresh: { p50: number; p95: number }, grown: { first: number; p50: number; p95: number }) =>
    `  ${what}: fresh p50 ${fresh.p50.toFixed(2)} ms p95 ${fresh.p95.toFixed(2)} ms; grown p50 ${grown.p50.toFixed(2)} ms p95 ${grown.p95.toFixed(2)} ms` +
    ` (its first command ${grown.first.toFixed(0)} ms); ratio of medians ${(grown.p50 / fresh.p50).toFixed(2)}`;

  it('holds nights on a planning with 5,000 past holds, and numbers a file of an owner with 10,000, as fast as on fresh ones', async () => {
    const owner = randomUUID();
    const hold = (accommodationId: string, i: number) =>
      handleCommand(
        store,
        planningStream(accommodationId),
        planningDecider,
        command('HoldNights', {
          accommodationId,
          ownerId: owner,
          accommodationOwnerId: owner,
          today: TODAY,
          hold: { holdId: randomUUID(), kind: 'DOSSIER', arrival: addDays(TODAY, 30 + 2 * i), departure: addDays(TODAY, 31 + 2 * i), dossierId: randomUUID(), reason: null },
        }),
        context(),
        { maxAttempts: 1 },
      );
    const fresh = randomUUID();
    const grown = randomUUID();
    await history(
      planningStream(grown),
      Array.from({ length: PAST_HOLDS }, (_, i) => ({
        type: 'NightsHeld',
        data: { accommodationId: grown, ownerId: owner, hold: { holdId: randomUUID(), kind: 'DOSSIER', arrival: addDays('2020-01-01', i % 2000), departure: addDays('2020-01-01', (i % 2000) + 1), dossierId: randomUUID(), reason: null } },
      })),
    );
    const planningFresh = await time((i) => hold(fresh, i));
    const planningGrown = await time((i) => hold(grown, i));

    const number = (ownerId: string) =>
      handleCommand(store, dossierNumbersStream(ownerId), dossierNumbersDecider, command('AssignDossierNumber', { ownerId, dossierId: randomUUID() }), context(), { maxAttempts: 1 });
    const busy = randomUUID();
    await history(
      dossierNumbersStream(busy),
      Array.from({ length: FILES }, (_, i) => ({ type: 'DossierNumberAssigned', data: { ownerId: busy, dossierId: randomUUID(), number: i + 1 } })),
    );
    const newcomer = randomUUID();
    const numberFresh = await time(() => number(newcomer));
    const numberGrown = await time(() => number(busy));

    process.stdout.write(
      [
        '',
        `Hot streams on the PostgreSQL server at ${new URL(testDatabaseUrl()).host}, ${COMMANDS} commands each (medians over all but the first 10):`,
        line(`HoldNights on a planning with ${PAST_HOLDS} past holds`, planningFresh, planningGrown),
        line(`AssignDossierNumber for an owner with ${FILES} files`, numberFresh, numberGrown),
        '  A grown stream is read from its snapshot and the events after it; a planning closes holds long past.',
        '',
      ].join('\n'),
    );
    expect(planningGrown.p50).toBeGreaterThan(0);
  }, 600_000);
});
