import { EntityManager } from '@mikro-orm/postgresql';
import { performance } from 'node:perf_hooks';
import { destinationSearch } from '../../src/tarification/domain/marketplace/destination-search';
import { destinationSearchSql } from '../../src/tarification/infrastructure/marketplace/destination-search.query';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app';
import { percentile } from './booking-load-helpers';
import { RoundTrips } from './round-trips';

/**
 * `npm run bench -- destination-search`: a destination's search over HTTP GraphQL, beside the same
 * search written by hand as one SQL statement, on the same data, in the same run.
 *
 * The destination lists 10,000 accommodations of 500 owners over 20 departments (one of them,
 * "24", holds a fifth of them). Each is priced for a year: 7-night stays arriving any day (two in
 * five of them) or on Saturdays (the others), and 2-night weekends; a third of its weeks are held
 * (files, blocks, imports); some have a minimum stay or days closed to arrival. The read models are
 * filled in SQL, as the projections would leave them (the events behind 10,000 accommodations
 * would take an hour to write here). 100 searches for 7 nights and 4 guests in department 24, top
 * 20 by price, arrivals spread over the summer; then the same with a point and a 30 km radius.
 * Prints its figures; asserts nothing on time.
 */
const ACCOMMODATIONS = Number(process.env.BENCH_ACCOMMODATIONS ?? 10_000);
const OWNERS = Number(process.env.BENCH_OWNERS ?? 500);
const SEARCHES = Number(process.env.BENCH_SEARCHES ?? 100);
const DESTINATION = '00000000-0000-4000-8000-00000000d001';

const SEARCH = `query($id: ID!, $input: DestinationSearchInput!) { searchDestination(destinationId: $id, input: $input) {
  nodes { accommodationId name city stars arrival departure price { cents } distanceKm } pageInfo { hasNextPage endCursor } } }`;

/** The search by hand: what a developer who knows the tables would write for this one question. */
const BY_HAND = `
  SELECT a.id, a.name, a.city, a.stars, r.arrival,
         r.sale_cents + CASE WHEN r.occupancy IS NULL THEN 0
           ELSE greatest(0, $5 - (r.occupancy ->> 'includedOccupants')::int) * $3 * (r.occupancy -> 'extraPerNight' ->> 'cents')::int END AS price
    FROM market_accommodations a
    JOIN stay_rates r ON r.accommodation_id = a.id AND r.nights = $3 AND r.arrival = $2
    LEFT JOIN pricing_settings ps ON ps.id = a.id
   WHERE a.bookable AND a.department = $4 AND a.max_capacity >= $5
     AND EXISTS (SELECT 1 FROM market_listings l WHERE l.id = $1 || '/' || a.owner_id AND a.id::text = ANY (l.accommodation_ids))
     AND NOT EXISTS (SELECT 1 FROM market_holds h WHERE h.accommodation_id = a.id AND h.departure > $2 AND h.arrival < $2::date + $3)
     AND coalesce((ps.booking_rules ->> 'minimumStay')::int, 1) <= $3
     AND NOT coalesce(jsonb_exists(ps.booking_rules -> 'closedToArrival', to_char($2::date, 'FMDAY')), false)
     AND NOT coalesce(jsonb_exists(ps.booking_rules -> 'closedToDeparture', to_char($2::date + $3, 'FMDAY')), false)
   ORDER BY price, a.id
   LIMIT 21`;

const BY_HAND_NEAR = BY_HAND.replace(
  'WHERE a.bookable AND a.department = $4 AND a.max_capacity >= $5',
  `WHERE a.bookable AND a.max_capacity >= $5 AND $4::text IS NOT NULL
     AND a.latitude BETWEEN $6::float8 - 0.27 AND $6::float8 + 0.27 AND a.longitude BETWEEN $7::float8 - 0.39 AND $7::float8 + 0.39
     AND 6371 * 2 * asin(sqrt(power(sin(radians(a.latitude - $6) / 2), 2) + cos(radians($6)) * cos(radians(a.latitude)) * power(sin(radians(a.longitude - $7) / 2), 2))) <= 30`,
);

interface PgConnection {
  query(text: string, params: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}
/** The pool under the app's query builder, to send a statement to the driver exactly as written. */
interface KnexClient {
  acquireConnection(): Promise<PgConnection>;
  releaseConnection(connection: PgConnection): Promise<void>;
}

const day = (offset: number): string => new Date(Date.UTC(2027, 5, 1 + offset)).toISOString().slice(0, 10);

describe('destination search benchmark', () => {
  let t: TestApp;
  const roundTrips = new RoundTrips();

  afterAll(async () => {
    roundTrips.uninstall();
    await t?.close();
  });

  it(`searches ${ACCOMMODATIONS} accommodations of ${OWNERS} owners`, async () => {
    t = await startTestApp({ clock: new ManualClock(new Date('2027-01-04T09:00:00Z')), beforeListen: (app) => roundTrips.install(app) });
    const db = t.app.get(EntityManager).fork().getConnection();
    const pool = db.getKnex().client as KnexClient;
    const started = performance.now();
    // Accommodation n belongs to owner n % OWNERS; a fifth are in the Dordogne (24), near Sarlat.
    await db.execute(
      `INSERT INTO market_accommodations (id, owner_id, name, kind, stars, postal_code, department, city, city_key, latitude, longitude,
                                          min_capacity, max_capacity, characteristics, photo_url, visibility, archived, bookable)
       SELECT ('00000000-0000-4000-a000-' || lpad(n::text, 12, '0'))::uuid, ('00000000-0000-4000-b000-' || lpad((n % ?)::text, 12, '0'))::uuid,
              'Gîte ' || n, CASE WHEN n % 4 = 0 THEN 'GUEST_ROOM' ELSE 'HOLIDAY_RENTAL' END, n % 6,
              CASE WHEN n % 5 = 0 THEN '24200' ELSE lpad((10 + n % 19)::text, 2, '0') || '100' END,
              CASE WHEN n % 5 = 0 THEN '24' ELSE lpad((10 + n % 19)::text, 2, '0') END, 'Commune ' || (n % 300), 'commune ' || (n % 300),
              44.9 + ((n * 7919) % 1000) / 1000.0 - 0.5, 1.2 + ((n * 104729) % 1000) / 1000.0 - 0.5,
              1, 2 + n % 9, CASE WHEN n % 3 = 0 THEN ARRAY['WIFI', 'POOL'] ELSE ARRAY['WIFI'] END, NULL, 'BOOKABLE', false, n % 50 <> 0
         FROM generate_series(1, ?) AS n`,
      [OWNERS, ACCOMMODATIONS],
    );
    await db.execute(
      `INSERT INTO market_listings (id, destination_id, owner_id, accommodation_ids)
       SELECT ? || '/' || owner_id, ?, owner_id, array_agg(id::text) FROM market_accommodations GROUP BY owner_id`,
      [DESTINATION, DESTINATION],
    );
    // A year of 7-night stays (every day for two in five, Saturdays for the others) and 2-night weekends.
    await db.execute(
      `INSERT INTO stay_rates (id, accommodation_id, owner_id, arrival, nights, initial_cents, discount, sale_cents, occupancy, updated_at)
       SELECT a.id || '/' || d::date || '/P' || nights || 'D', a.id, a.owner_id, d::date, nights, price, NULL, price,
              CASE WHEN right(a.id::text, 1) IN ('1', '2') THEN '{"includedOccupants": 2, "extraPerNight": {"cents": 1500, "currency": "EUR"}, "byAgeRange": []}'::jsonb END, now()
         FROM market_accommodations a, generate_series(date '2027-01-02', date '2027-12-31', interval '1 day') AS d,
              LATERAL (SELECT 7 AS nights, 40000 + (hashtext(a.id::text) % 400 + 400) * 100 + CASE WHEN extract(month FROM d) IN (7, 8) THEN 25000 ELSE 0 END AS price
                       UNION ALL SELECT 2, 15000 + (hashtext(a.id::text) % 100 + 100) * 50) AS p
        WHERE (p.nights = 7 AND (right(a.id::text, 1) IN ('0', '2', '4', '6') OR extract(isodow FROM d) = 6))
           OR (p.nights = 2 AND extract(isodow FROM d) = 5)`,
    );
    // A third of the weeks held, Saturday to Saturday, each accommodation its own.
    await db.execute(
      `INSERT INTO market_holds (id, accommodation_id, arrival, departure)
       SELECT a.id || '/' || w, a.id, date '2027-01-02' + 7 * w, date '2027-01-09' + 7 * w
         FROM market_accommodations a, generate_series(0, 51) AS w
        WHERE (hashtext(a.id::text || w) % 3) = 0`,
    );
    await db.execute(
      `INSERT INTO pricing_settings (id, owner_id, booking_rules, tourist_tax_cents, updated_at)
       SELECT id, owner_id, jsonb_build_object('minimumStay', 1 + (hashtext(id::text) % 3 + 3) % 3, 'leadTime', '{"kind": "DAYS_AHEAD", "days": 2}'::jsonb,
                                              'closedToArrival', CASE WHEN hashtext(id::text) % 7 = 0 THEN '["SUNDAY"]'::jsonb ELSE '[]'::jsonb END,
                                              'closedToDeparture', '[]'::jsonb, 'timeZone', 'Europe/Paris'), NULL, now()
         FROM market_accommodations WHERE hashtext(id::text) % 2 = 0`,
    );
    for (const table of ['market_accommodations', 'market_listings', 'stay_rates', 'market_holds', 'pricing_settings']) await db.execute(`ANALYZE ${table}`);
    const [sizes] = await db.execute<{ rates: string; holds: string }[]>('SELECT (SELECT count(*) FROM stay_rates) AS rates, (SELECT count(*) FROM market_holds) AS holds');
    const setUpSeconds = (performance.now() - started) / 1000;

    // Saturdays and other days of June to September.
    const arrivals = Array.from({ length: SEARCHES }, (_, i) => day((i * 11) % 120));
    const byApp = async (input: Record<string, unknown>): Promise<{ ms: number; count: number; first: number | null }> => {
      const before = performance.now();
      const answer = await t.gql<{ searchDestination: { nodes: { price: { cents: number } }[] } }>(SEARCH, { id: DESTINATION, input });
      const ms = performance.now() - before;
      if (answer.errors) throw new Error(JSON.stringify(answer.errors));
      const nodes = answer.data?.searchDestination.nodes ?? [];
      return { ms, count: nodes.length, first: nodes[0]?.price.cents ?? null };
    };
    // The hand-written statement goes to the driver as written, on a connection of the app's pool.
    const pg = async (query: string, params: unknown[]) => {
      const connection = await pool.acquireConnection();
      try {
        const before = performance.now();
        const { rows } = await connection.query(query, params);
        return { ms: performance.now() - before, count: Math.min(rows.length, 20), first: rows[0] ? Number(rows[0].price) : null };
      } finally {
        await pool.releaseConnection(connection);
      }
    };

    const run = async (label: string, near: { latitude: number; longitude: number } | null) => {
      const appMs: number[] = [];
      const statementMs: number[] = [];
      const handMs: number[] = [];
      let found = 0;
      let agreed = 0;
      for (const arrival of arrivals.slice(0, 10)) await byApp({ arrival, nights: 7, guests: 4, ...(near ? { near: { ...near, radiusKm: 30 } } : { department: '24' }) });
      roundTrips.take();
      for (const [i, arrival] of arrivals.entries()) {
        const askApp = () => byApp({ arrival, nights: 7, guests: 4, ...(near ? { near: { ...near, radiusKm: 30 } } : { department: '24' }) });
        const askHand = () => (near ? pg(BY_HAND_NEAR, [DESTINATION, arrival, 7, 'any', 4, near.latitude, near.longitude]) : pg(BY_HAND, [DESTINATION, arrival, 7, '24', 4]));
        // Each goes first every other time: the second finds the pages the first read in memory.
        const app = i % 2 === 0 ? await askApp() : null;
        const hand = await askHand();
        const appAnswer = app ?? (await askApp());
        appMs.push(appAnswer.ms);
        // The app's own statement, sent as the app sends it but without HTTP and GraphQL around it.
        const input = { arrival, nights: 7, guests: 4, ...(near ? { near: { ...near, radiusKm: 30 } } : { department: '24' }) };
        const statement = destinationSearchSql(DESTINATION, destinationSearch(input, '2027-01-04'), new Date('2027-01-04T09:00:00Z'), '2027-01-03', 21);
        const sent = performance.now();
        await db.execute(statement.text, [...statement.params]);
        statementMs.push(performance.now() - sent);
        handMs.push(hand.ms);
        found += appAnswer.count;
        if (appAnswer.first === hand.first && appAnswer.count === hand.count) agreed += 1;
      }
      const trips = roundTrips.take().request / SEARCHES;
      const p95App = percentile(appMs, 0.95);
      const p95Hand = percentile(handMs, 0.95);
      return [
        `  ${label}`,
        `    searchDestination over HTTP GraphQL   p50 ${percentile(appMs, 0.5).toFixed(1)} ms  p95 ${p95App.toFixed(1)} ms  max ${Math.max(...appMs).toFixed(1)} ms  (${trips.toFixed(1)} statements each)`,
        `    its statement alone, no HTTP/GraphQL p50 ${percentile(statementMs, 0.5).toFixed(1)} ms  p95 ${percentile(statementMs, 0.95).toFixed(1)} ms`,
        `    the same by hand, one SQL statement   p50 ${percentile(handMs, 0.5).toFixed(1)} ms  p95 ${p95Hand.toFixed(1)} ms  max ${Math.max(...handMs).toFixed(1)} ms`,
        `    p95 app ÷ by hand: ${(p95App / p95Hand).toFixed(2)}×; goal ≤ 1.5 × ${p95Hand.toFixed(1)} + 3 = ${(1.5 * p95Hand + 3).toFixed(1)} ms: ${p95App <= 1.5 * p95Hand + 3 ? 'met' : 'NOT met'}`,
        `    ${found} offers over ${SEARCHES} searches; app and hand agree on the count and the cheapest in ${agreed} of ${SEARCHES}`,
      ];
    };
    if (process.env.BENCH_EXPLAIN) {
      // The plans of one search each way, to see where the time goes.
      for (const [query, params] of [
        [BY_HAND, [DESTINATION, arrivals[3], 7, '24', 4]],
        [BY_HAND_NEAR, [DESTINATION, arrivals[3], 7, 'any', 4, 44.9, 1.2]],
      ] as const) {
        const connection = await pool.acquireConnection();
        const { rows } = await connection.query(`EXPLAIN (ANALYZE, BUFFERS) ${query}`, [...params]);
        await pool.releaseConnection(connection);
        process.stdout.write(`\n${rows.map((r) => String(r['QUERY PLAN'])).join('\n')}\n`);
      }
    }
    const department = await run('7 nights, 4 guests, department 24, top 20 by price', null);
    const around = await run('7 nights, 4 guests, within 30 km of a point, top 20 by price', { latitude: 44.9, longitude: 1.2 });
    process.stdout.write(
      [
        '',
        `Destination search benchmark on the ${process.env.TEST_DATABASE_KIND ?? 'unknown'} database: ${ACCOMMODATIONS} accommodations of ${OWNERS} owners, ${sizes.rates} stay rates, ${sizes.holds} holds; filled in ${setUpSeconds.toFixed(0)} s`,
        ...department,
        ...around,
        '',
      ].join('\n'),
    );
    expect(department.join('\n')).toContain(`agree on the count and the cheapest in ${SEARCHES} of ${SEARCHES}`);
  }, 600_000);
});
