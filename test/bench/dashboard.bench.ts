import { EntityManager } from '@mikro-orm/postgresql';
import { performance } from 'node:perf_hooks';
import { CREATE_DOSSIER, dossierInput, ownerWithGite } from '../support/booking-fixtures';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app';
import { percentile } from './booking-load-helpers';
import { RoundTrips } from './round-trips';

/**
 * `npm run bench -- dashboard`: the owner's dashboard over HTTP GraphQL for an owner with 5,000
 * files, beside 40 other owners with 1,000 files each. A few real files are made through the API;
 * the rest are copies of their read-model rows made in SQL, spread over three years of booking
 * days, four origins and every status, so that the database keeps the dashboard's sums per day
 * as it does for real writes (its trigger runs for each row). 200 dashboards, one after another,
 * with every list and a 12-month chart; then the SVG. Prints its figures; asserts nothing on time.
 */
const FILES = Number(process.env.BENCH_FILES ?? 5_000);
const OTHER_OWNERS = Number(process.env.BENCH_OTHER_OWNERS ?? 40);
const OTHER_FILES = Number(process.env.BENCH_OTHER_FILES ?? 1_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);

const DASHBOARD = `{ dashboard(months: 12) {
  today bookedToday { bookings revenue { cents } }
  revenueByMonth { month label bookings revenue { cents } previousYearBookings previousYearRevenue { cents } }
  recentActivity { last7Days { bookings revenue { cents } } last30Days { bookings revenue { cents } } last12Months { bookings revenue { cents } } }
  waitingForDeposit { count amount { cents } dossiers { id number status guest { lastName firstName } total { cents } deposit { amount { cents } dueDate } } }
  waitingForBalance { count amount { cents } dossiers { id number status guest { lastName firstName } balance { cents } } }
  origins { origin bookings revenue { cents } share }
  latestBookings { id number createdAt status guest { lastName } total { cents } }
  nextArrivals { id number guest { lastName } stays { arrival departure } }
  nextDepartures { id number guest { lastName } stays { arrival departure } }
} }`;

describe('dashboard benchmark', () => {
  let t: TestApp;
  const roundTrips = new RoundTrips();

  afterAll(async () => {
    roundTrips.uninstall();
    await t?.close();
  });

  it(`answers the dashboard of an owner with ${FILES} files`, async () => {
    t = await startTestApp({ clock: new ManualClock(new Date('2026-12-03T09:00:00Z')), beforeListen: (app) => roundTrips.install(app) });
    const started = performance.now();
    const gite = await ownerWithGite(t);
    for (let week = 0; week < 8; week++) {
      const arrival = new Date(Date.UTC(2027, 0, 2 + week * 7)).toISOString().slice(0, 10);
      const departure = new Date(Date.UTC(2027, 0, 9 + week * 7)).toISOString().slice(0, 10);
      const answer = await t.gql(CREATE_DOSSIER, dossierInput(gite, arrival, departure, 40_000 + week * 5_000, `Modèle ${week}`), gite.owner.token);
      if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    }
    const db = t.app.get(EntityManager).fork().getConnection();
    // Copies of the real rows: a booking day over the last three years, an arrival within a year of
    // it, every status and origin in a believable share, and other owners beside.
    const copy = (owner: string, count: number) =>
      db.execute(
        `INSERT INTO dossiers (id, owner_id, number, created_at, status, origin, guest_name, guest_search, arrival, departure, stay_arrivals, stay_departures,
                               accommodation_ids, total_cents, paid_cents, balance_cents, deposit_cents, deposit_due_date, promo_code, time_zone, document)
         SELECT id, owner_id, number, created_at, status, origin, guest_name, guest_search, arrival, arrival + 7, ARRAY[arrival::text], ARRAY[(arrival + 7)::text],
                accommodation_ids, total_cents, CASE status WHEN 'OPTION' THEN 0 WHEN 'CONFIRMED' THEN deposit_cents ELSE total_cents END,
                CASE status WHEN 'OPTION' THEN total_cents WHEN 'CONFIRMED' THEN total_cents - deposit_cents ELSE 0 END,
                deposit_cents, (created_at::date + 7), NULL, time_zone,
                jsonb_set(jsonb_set(document::jsonb, '{dossierId}', to_jsonb(id::text)), '{number}', to_jsonb(number))
           FROM (SELECT gen_random_uuid() AS id, CAST(? AS uuid) AS owner_id, 1000 + n AS number,
                        timestamptz '2026-12-03 08:00:00+00' - (n * interval '1095 days' / ?) AS created_at,
                        (ARRAY['PAID', 'PAID', 'PAID', 'CONFIRMED', 'OPTION', 'CANCELLED'])[1 + n % 6] AS status,
                        (ARRAY['BACK_OFFICE', 'BACK_OFFICE', 'ONLINE', 'ICAL', 'CHANNEL'])[1 + n % 5] AS origin,
                        t.guest_name, t.guest_search, t.accommodation_ids, t.total_cents, t.deposit_cents, t.time_zone, t.document,
                        (date '2026-12-03' - (n * 1095 / ?) + (n * 37) % 365)::date AS arrival
                   FROM generate_series(1, ?) AS n, LATERAL (SELECT * FROM dossiers WHERE owner_id = ? ORDER BY number OFFSET n % 8 LIMIT 1) AS t) AS made`,
        [owner, count, count, count, gite.owner.id],
      );
    await copy(gite.owner.id, FILES - 8);
    for (let o = 0; o < OTHER_OWNERS; o++) await copy(`00000000-0000-4000-8000-${String(o).padStart(12, '0')}`, OTHER_FILES);
    await db.execute('ANALYZE dossiers');
    await db.execute('ANALYZE dashboard_days');
    const [counts] = await db.execute<{ files: string; days: string }[]>(
      'SELECT (SELECT count(*) FROM dossiers WHERE owner_id = ?) AS files, (SELECT count(*) FROM dashboard_days WHERE owner_id = ?) AS days',
      [gite.owner.id, gite.owner.id],
    );
    const setUpSeconds = (performance.now() - started) / 1000;

    const ask = async (): Promise<number> => {
      const before = performance.now();
      const answer = await t.gql(DASHBOARD, {}, gite.owner.token);
      const ms = performance.now() - before;
      if (answer.errors) throw new Error(JSON.stringify(answer.errors));
      return ms;
    };
    for (let i = 0; i < 10; i++) await ask();
    roundTrips.take();
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) samples.push(await ask());
    const trips = roundTrips.take().request / RUNS;
    const board = (await t.gql(DASHBOARD, {}, gite.owner.token)).data?.dashboard;
    expect(board.recentActivity.last12Months.bookings).toBeGreaterThan(1_000);
    expect(board.latestBookings).toHaveLength(10);

    const baseUrl = t.url.replace(/\/graphql$/, '');
    const svgMs: number[] = [];
    for (let i = 0; i < 50; i++) {
      const before = performance.now();
      const response = await fetch(`${baseUrl}/dashboard/revenue.svg?months=12`, { headers: { authorization: `Bearer ${gite.owner.token}` } });
      await response.text();
      svgMs.push(performance.now() - before);
      expect(response.status).toBe(200);
    }

    const line = (label: string, s: number[]) => `  ${label.padEnd(40)} n=${s.length}  p50 ${percentile(s, 0.5).toFixed(1)} ms  p95 ${percentile(s, 0.95).toFixed(1)} ms  max ${Math.max(...s).toFixed(1)} ms`;
    process.stdout.write(
      [
        '',
        `Dashboard benchmark on the ${process.env.TEST_DATABASE_KIND ?? 'unknown'} database: an owner with ${counts.files} files (${counts.days} rows of sums per day), ${OTHER_OWNERS} other owners with ${OTHER_FILES} each; set up in ${setUpSeconds.toFixed(0)} s`,
        `${line('dashboard (12 months, every list)', samples)}  (${trips.toFixed(1)} statements to PostgreSQL each)`,
        `    waiting for deposit ${board.waitingForDeposit.count}, for balance ${board.waitingForBalance.count}, arriving in 7 days ${board.nextArrivals.length}`,
        line('GET /dashboard/revenue.svg', svgMs),
        '',
      ].join('\n'),
    );
  }, 600_000);
});
