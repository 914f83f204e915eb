import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { onRealServer, testDatabaseUrl } from '../support/database';
import { signUpOwner, type SignedUpOwner } from '../support/owners';
import { startTestApp, type TestApp } from '../support/test-app';
import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port';
import { FollowerRunner } from '../../src/event-store/following/follower-runner';
import { ReadModelWaiter } from '../../src/event-store/projection/read-model-waiter';
import { percentile, pgbenchInserts, sql, type PgbenchFigures } from './booking-load-helpers';
import { RoundTrips } from './round-trips';

/**
 * `npm run bench -- booking-load`: successful bookings per second when 16 writers create booking
 * files at once over GraphQL (real HTTP, one app instance) and about 30 % of their attempts ask
 * for nights already booked, beside pgbench doing one INSERT per transaction with 16 clients on
 * the same server: how far the event-sourced path (quote, planning append, file append,
 * numbering append, projections, read-your-writes) is from the server's raw write rate.
 *
 * The writers run in a worker thread, like clients elsewhere: they do not share the app's event
 * loop. Each scenario spreads its writers over `accommodations` gîtes of `owners` owners: with one
 * owner every booking also races for the same numbering stream (a channel manager pushing a
 * season), with many owners it mostly does not. Knobs: BENCH_SECONDS (20), BENCH_OWNERS ("1,8":
 * one scenario per value), BENCH_ACCOMMODATIONS (16). Prints its figures; asserts only that the
 * outcome is sound (no night sold twice, numbers 1..N), never anything about time.
 */
const WRITERS = 16;
const CLASH_SHARE = 0.3;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const OWNER_COUNTS = (process.env.BENCH_OWNERS ?? '1,8').split(',').map(Number);
const ACCOMMODATIONS = Number(process.env.BENCH_ACCOMMODATIONS ?? 16);

const CREATE = 'mutation($input: CreateDossierInput!) { createDossier(input: $input) { id number } }';

interface Range {
  from: number;
  to: number;
}

interface Gite {
  id: string;
  owner: SignedUpOwner;
  adults: string;
  /** The first day no fresh attempt has claimed yet: fresh attempts never overlap each other. */
  cursor: number;
  booked: Range[];
}

interface Outcome {
  owners: number;
  seconds: number;
  attempts: number;
  fresh: number;
  clashing: number;
  booked: number;
  refused: number;
  /** Fresh attempts that were refused anyway, and answers that were neither a file nor UNAVAILABLE. */
  unexpected: Record<string, number>;
  bookingMs: number[];
  refusalMs: number[];
}

const day = (offset: number): string => new Date(Date.UTC(2028, 0, 1 + offset)).toISOString().slice(0, 10);

(onRealServer() ? describe : describe.skip)('booking load benchmark', () => {
  let t: TestApp;

  afterAll(() => t?.close());

  const setUp = async (owners: number): Promise<Gite[]> => {
    const signedUp = await Promise.all(
      Array.from({ length: owners }, async () => {
        const owner = await signUpOwner(t);
        const ranges = (await t.gql('{ ageRanges { id label } }', {}, owner.token)).data?.ageRanges as { id: string; label: string }[];
        return { owner, adults: ranges.find((r) => r.label === 'Adult')?.id as string };
      }),
    );
    return Promise.all(
      Array.from({ length: ACCOMMODATIONS }, async (_, i) => {
        const { owner, adults } = signedUp[i % owners];
        const created = await t.gql(
          'mutation($input: AccommodationInput!) { createAccommodation(input: $input) { id } }',
          { input: { name: `Gîte de charge ${i + 1}`, kind: 'HOLIDAY_RENTAL', city: 'Vaison', maxCapacity: 4, description: { fr: 'Banc d’essai.' } } },
          owner.token,
        );
        return { id: created.data?.createAccommodation.id as string, owner, adults, cursor: 0, booked: [] };
      }),
    );
  };

  const book = (gite: Gite, range: Range, n: number) =>
    t.gql<{ createDossier: { id: string; number: number } }>(
      CREATE,
      {
        input: {
          accommodationId: gite.id,
          arrival: day(range.from),
          departure: day(range.to),
          occupants: [{ ageRangeId: gite.adults, count: 2 }],
          guest: { lastName: `Charge ${n}`, firstName: 'Banc' },
          price: 20_000 + range.to - range.from,
        },
      },
      gite.owner.token,
    );

  /** The writers, run in a worker thread (booking-writers.mjs); the gîtes come back with what they booked. */
  const run = async (gites: Gite[], seconds: number, seed: number): Promise<Outcome> => {
    const workerData = {
      url: t.url,
      gites: gites.map((g) => ({ id: g.id, adults: g.adults, token: g.owner.token, cursor: g.cursor, booked: g.booked })),
      seconds,
      seed,
      writers: WRITERS,
      clashShare: CLASH_SHARE,
      query: CREATE,
    };
    const answer = await new Promise<{ outcome?: Omit<Outcome, 'owners'>; gites?: { cursor: number; booked: Range[] }[]; error?: string }>((resolve, reject) => {
      const worker = new Worker(join(__dirname, 'booking-writers.mjs'), { workerData });
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    if (!answer.outcome || !answer.gites) throw new Error(`the writers failed: ${answer.error}`);
    answer.gites.forEach((back, i) => Object.assign(gites[i], { cursor: back.cursor, booked: back.booked }));
    return { ...answer.outcome, owners: 0 };
  };

  /** No night sold twice, every booking in the read models, and each owner's numbers 1..N. */
  const expectSound = async (gites: Gite[], outcome: Outcome) => {
    const url = testDatabaseUrl();
    for (const gite of gites) {
      const held = await sql<{ from: string; to: string }>(url, "SELECT to_char(arrival, 'YYYY-MM-DD') AS from, to_char(departure, 'YYYY-MM-DD') AS to FROM planning_holds WHERE accommodation_id = $1 ORDER BY arrival", [gite.id]);
      held.slice(1).forEach((hold, i) => expect(held[i].to <= hold.from).toBe(true));
      expect(held).toHaveLength(gite.booked.length);
    }
    const owners = [...new Map(gites.map((g) => [g.owner.id, gites.filter((o) => o.owner.id === g.owner.id)])).entries()];
    for (const [ownerId, theirs] of owners) {
      const expected = theirs.reduce((sum, g) => sum + g.booked.length, 0);
      const deadline = Date.now() + 30_000;
      let numbers: number[] = [];
      while (Date.now() < deadline) {
        numbers = (await sql<{ number: number | null }>(url, 'SELECT number FROM dossiers WHERE owner_id = $1 ORDER BY number', [ownerId])).map((r) => r.number ?? 0);
        if (numbers.length >= expected && !numbers.includes(0)) break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(numbers).toEqual(Array.from({ length: expected }, (_, i) => i + 1));
    }
    expect(outcome.unexpected).toEqual({});
  };

  /**
   * One booking at a time on a fresh gîte, each left to settle: the statements its request sends
   * (each a round trip to PostgreSQL) and those the projections and policies send in the
   * background because of it.
   */
  const roundTrips = async (counter: RoundTrips, bookings: number) => {
    const [gite] = await setUp(1);
    const settle = async () => {
      const head = await t.app.get<EventStore>(EVENT_STORE).headPosition();
      await t.app.get(ReadModelWaiter).waitFor(head, t.app.get(FollowerRunner).names(), 10_000);
      await new Promise((resolve) => setTimeout(resolve, 400));
    };
    await settle();
    counter.take();
    // What settling costs by itself, with nothing to settle: counted out below.
    await settle();
    const idle = counter.take().background;
    let request = 0;
    let background = 0;
    for (let i = 0; i < bookings; i++) {
      const answer = await book(gite, { from: 2 * i, to: 2 * i + 1 }, i);
      if (!answer.data?.createDossier) throw new Error(`booking failed: ${JSON.stringify(answer.errors)}`);
      // The followers work while the request waits for them: their statements count from its start.
      const during = counter.take();
      await settle();
      request += during.request;
      background += during.background + counter.take().background;
    }
    return { request: request / bookings, background: background / bookings - idle };
  };

  it('books with 16 writers and 30 % clashing attempts, beside pgbench inserting on the same server', async () => {
    const counter = new RoundTrips();
    t = await startTestApp({ beforeListen: (app) => counter.install(app) });
    const trips = await roundTrips(counter, 30);
    const outcomes: Outcome[] = [];
    const underLoad: { request: number; background: number }[] = [];
    for (const [i, owners] of OWNER_COUNTS.entries()) {
      const gites = await setUp(owners);
      // Warm up (compiled paths, pooled connections); its bookings stay, as clash targets.
      const warmUp = await run(gites, 2, 1000 + i);
      counter.take();
      const outcome = { ...(await run(gites, SECONDS, 7 + i)), owners };
      underLoad.push(counter.take());
      await expectSound(gites, { ...outcome, unexpected: { ...warmUp.unexpected, ...outcome.unexpected } });
      outcomes.push(outcome);
    }
    counter.uninstall();
    const pgbench: PgbenchFigures = await pgbenchInserts(testDatabaseUrl(), { seconds: SECONDS, clients: WRITERS, threads: 4 });

    const lines = [
      `Booking load on the PostgreSQL server at ${new URL(testDatabaseUrl()).host}: ${WRITERS} writers over GraphQL, ${CLASH_SHARE * 100} % clashing attempts, ${ACCOMMODATIONS} gîtes, ~${SECONDS} s per run`,
      ...outcomes.flatMap((o, i) => [
        `  ${o.owners} owner(s): ${o.attempts} attempts in ${o.seconds.toFixed(1)} s (${o.fresh} fresh, ${o.clashing} clashing = ${((100 * o.clashing) / o.attempts).toFixed(1)} %)`,
        `    booked ${o.booked} → ${(o.booked / o.seconds).toFixed(1)} bookings/s; refused ${o.refused} (UNAVAILABLE); unexpected ${JSON.stringify(o.unexpected)}`,
        `    booking latency p50 ${percentile(o.bookingMs, 0.5).toFixed(0)} ms  p95 ${percentile(o.bookingMs, 0.95).toFixed(0)} ms  p99 ${percentile(o.bookingMs, 0.99).toFixed(0)} ms;` +
          ` refusal p50 ${percentile(o.refusalMs, 0.5).toFixed(0)} ms  p95 ${percentile(o.refusalMs, 0.95).toFixed(0)} ms`,
        `    statements to PostgreSQL per attempt under this load: ${(underLoad[i].request / o.attempts).toFixed(1)} on the request path, ${(underLoad[i].background / o.attempts).toFixed(1)} in the background`,
      ]),
      `  pgbench, one INSERT per transaction, ${WRITERS} clients, 4 threads, ${SECONDS} s: ${pgbench.tps.toFixed(1)} tps` +
        ` (${pgbench.transactions} transactions, ${pgbench.failed} failed, latency ${pgbench.latencyMs ?? '?'} ms)`,
      ...outcomes.map(
        (o) => `  ratio, ${o.owners} owner(s): ${(o.booked / o.seconds).toFixed(1)} bookings/s ÷ ${pgbench.tps.toFixed(1)} tps = ${((100 * o.booked) / o.seconds / pgbench.tps).toFixed(2)} % (1 booking per ${(pgbench.tps / (o.booked / o.seconds)).toFixed(0)} raw inserts)`,
      ),
      `  round trips per booking (30 made one at a time, each left to settle): ${trips.request.toFixed(1)} on the request path, ${trips.background.toFixed(1)} in the background (projections and policies; the settling's own reads counted out)`,
      '  The app, its 16 writers and PostgreSQL share this machine’s CPUs; pgbench runs alone (the app idle).',
    ];
    process.stdout.write(`\n${lines.join('\n')}\n\n`);
  }, 600_000);
});

if (!onRealServer()) {
  test('booking load benchmark needs the real server', () => {
    process.stdout.write('\nbooking-load bench skipped: it measures the real PostgreSQL server; run it with DATABASE_URL set (e.g. postgres://postgres@127.0.0.1:5432/postgres).\n\n');
  });
}
