import { performance } from 'node:perf_hooks';
import { signUpOwner } from '../support/owners';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app';
import { percentile } from './booking-load-helpers';
import { RoundTrips } from './round-trips';

/**
 * `npm run bench -- search-stays`: how long a guest's search over all of an owner's
 * accommodations takes, over HTTP GraphQL. The owner lets 20 gîtes, each priced for stays of 1 to
 * 7 nights arriving any day of 2027 (2,555 stay rates each), with a cleaning fee and a promotion,
 * and about a third of its weeks blocked, so that many searches hit taken nights and look for
 * the nearest arrivals. 100 searches of 1 to 7 nights over the year, one after another, then the
 * same on one gîte. Prints its figures; asserts nothing about time.
 */
const GITES = Number(process.env.BENCH_GITES ?? 20);
const SEARCHES = Number(process.env.BENCH_SEARCHES ?? 100);
const EVERY_DAY = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

const SEARCH = `query($input: StaySearchInput!) { searchStays(input: $input) {
  accommodationId accommodationName arrival departure nights bookable
  quote { total { cents } deposit { amount { cents } } refusals { code message } }
  nearestArrivals { arrival departure total { cents } }
} }`;

interface Offer {
  bookable: boolean;
  nearestArrivals: unknown[];
}

const day = (offset: number): string => new Date(Date.UTC(2027, 0, 1 + offset)).toISOString().slice(0, 10);

/** The same "random" choices on every run, so runs compare. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

describe('stay search benchmark', () => {
  let t: TestApp;
  const roundTrips = new RoundTrips();

  afterAll(async () => {
    roundTrips.uninstall();
    await t?.close();
  });

  it('searches an owner’s 20 gîtes, each with a year of rates and some weeks taken', async () => {
    t = await startTestApp({ clock: new ManualClock(new Date('2027-01-04T09:00:00Z')), beforeListen: (app) => roundTrips.install(app) });
    const owner = await signUpOwner(t);
    const ok = async (document: string, variables: Record<string, unknown>) => {
      const answer = await t.gql(document, variables, owner.token);
      if (answer.errors) throw new Error(JSON.stringify(answer.errors));
      return answer.data ?? {};
    };
    const random = seeded(13);
    const started = performance.now();
    const gites: string[] = [];
    let blocks = 0;
    for (let g = 0; g < GITES; g++) {
      const created = await ok('mutation($input: AccommodationInput!) { createAccommodation(input: $input) { id } }', {
        input: { name: `Gîte ${String(g + 1).padStart(2, '0')}`, kind: 'HOLIDAY_RENTAL', city: 'Gordes', maxCapacity: 6, description: { fr: 'Banc d’essai.' } },
      });
      const id = created.createAccommodation.id as string;
      gites.push(id);
      await ok('mutation($id: ID!) { setAccommodationVisibility(id: $id, visibility: BOOKABLE) { id } }', { id });
      await ok('mutation($input: SetRatesInput!) { setRates(input: $input) { count } }', {
        input: { accommodationId: id, periods: [{ from: '2027-01-01', to: '2027-12-31' }], nights: [1, 2, 3, 4, 5, 6, 7], arrivalDays: EVERY_DAY, initialPrice: 8_000 + 500 * g },
      });
      for (let week = 0; week < 52; week++) {
        if (random() < 0.35) {
          const from = day(week * 7 + Math.floor(random() * 3));
          await ok('mutation($id: ID!, $from: Date!, $to: Date!) { blockNights(accommodationId: $id, from: $from, to: $to, reason: "Banc") { id } }', {
            id,
            from,
            to: day(week * 7 + 3 + Math.floor(random() * 4)),
          });
          blocks++;
        }
      }
    }
    await ok('mutation($input: SupplementInput!) { defineSupplement(input: $input) { id } }', {
      input: { name: { fr: 'Ménage' }, mandatory: true, price: 6_000, unit: 'PER_STAY', accommodationIds: gites },
    });
    await ok('mutation($input: PromotionInput!) { createPromotion(input: $input) { id } }', { input: { kind: 'EARLY_BOOKING', percent: 10, days: 90, accommodationIds: gites } });
    const setUpSeconds = (performance.now() - started) / 1000;

    const questions = Array.from({ length: SEARCHES }, () => ({ arrival: day(7 + Math.floor(random() * 340)), nights: 1 + Math.floor(random() * 7) }));
    const run = async (input: Record<string, unknown>): Promise<{ ms: number; offers: Offer[] }> => {
      const before = performance.now();
      const answer = await t.gql<{ searchStays: Offer[] }>(SEARCH, { input });
      const ms = performance.now() - before;
      if (answer.errors) throw new Error(JSON.stringify(answer.errors));
      return { ms, offers: answer.data?.searchStays ?? [] };
    };
    for (const question of questions.slice(0, 10)) await run({ ownerId: owner.id, ...question });

    roundTrips.take();
    const ownerMs: number[] = [];
    let offered = 0;
    let bookable = 0;
    let suggesting = 0;
    for (const question of questions) {
      const { ms, offers } = await run({ ownerId: owner.id, ...question });
      ownerMs.push(ms);
      offered += offers.length;
      bookable += offers.filter((o) => o.bookable).length;
      suggesting += offers.filter((o) => o.nearestArrivals.length > 0).length;
    }
    const ownerTrips = roundTrips.take().request / SEARCHES;
    expect(offered).toBe(SEARCHES * GITES);

    const oneMs: number[] = [];
    for (const question of questions) oneMs.push((await run({ accommodationId: gites[0], ...question })).ms);
    const oneTrips = roundTrips.take().request / SEARCHES;

    const line = (label: string, samples: number[], trips: number) =>
      `  ${label.padEnd(34)} n=${samples.length}  p50 ${percentile(samples, 0.5).toFixed(1)} ms  p95 ${percentile(samples, 0.95).toFixed(1)} ms  max ${Math.max(...samples).toFixed(1)} ms  (${trips.toFixed(1)} statements to PostgreSQL each)`;
    const lines = [
      `Stay search benchmark on the ${process.env.TEST_DATABASE_KIND ?? 'unknown'} database: ${GITES} gîtes × ${365 * 7} stay rates, ${blocks} blocks, set up in ${setUpSeconds.toFixed(0)} s`,
      line(`searchStays over the owner (${GITES})`, ownerMs, ownerTrips),
      `    offers: ${offered}, bookable ${bookable}, refused with nearest arrivals ${suggesting}, refused without ${offered - bookable - suggesting}`,
      line('searchStays on one gîte', oneMs, oneTrips),
    ];
    process.stdout.write(`\n${lines.join('\n')}\n\n`);
  }, 600_000);
});
