import { performance } from 'node:perf_hooks';
import { CATALOGUE_QUERIES, type CatalogueQueries } from '../../src/catalogue/contracts';
import { QUOTE_SERVICE, type QuoteService } from '../../src/tarification/contracts';
import { quote, DEFAULT_QUOTE_FACTS_FOR_BENCH } from './quote-bench-facts';
import { signUpOwner } from '../support/owners';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app';

/**
 * `npm run bench -- quote`: how long a quote takes for an accommodation holding three years of
 * daily rates for stays of 1 to 7 nights (7 672 stay rates), promotions and supplements. The
 * target is under 5 ms. Prints its figures; asserts nothing about time.
 */
const YEARS_FROM = '2027-01-01';
const YEARS_TO = '2029-12-31';
const RUNS = 1_000;

describe('quote benchmark', () => {
  let t: TestApp;

  afterAll(() => t?.close());

  it('prices stays of an accommodation with three years of daily rates', async () => {
    t = await startTestApp({ clock: new ManualClock(new Date('2026-11-22T10:00:00Z')) });
    const owner = await signUpOwner(t);
    const created = await t.gql(
      'mutation($input: AccommodationInput!) { createAccommodation(input: $input) { id } }',
      { input: { name: 'Gîte du banc d’essai', kind: 'HOLIDAY_RENTAL', city: 'Lyon', maxCapacity: 6, description: { fr: 'Banc d’essai.' } } },
      owner.token,
    );
    const accommodationId = created.data?.createAccommodation.id as string;
    await t.gql('mutation($id: ID!) { setAccommodationVisibility(id: $id, visibility: BOOKABLE) { id } }', { id: accommodationId }, owner.token);
    const adults = ((await t.gql('{ ageRanges { id label } }', {}, owner.token)).data?.ageRanges as { id: string; label: string }[]).find((r) => r.label === 'Adult')?.id as string;
    for (const input of [
      { name: { fr: 'Ménage' }, mandatory: true, price: 6000, unit: 'PER_STAY' },
      { name: { fr: 'Linge' }, mandatory: false, price: 1200, unit: 'PER_PERSON' },
    ]) {
      await t.gql('mutation($input: SupplementInput!) { defineSupplement(input: $input) { id } }', { input: { ...input, accommodationIds: [accommodationId] } }, owner.token);
    }
    await t.gql('mutation($input: PromotionInput!) { createPromotion(input: $input) { id } }', { input: { kind: 'EARLY_BOOKING', percent: 10, days: 90, accommodationIds: [accommodationId] } }, owner.token);
    await t.gql('mutation($input: PromotionInput!) { createPromotion(input: $input) { id } }', { input: { kind: 'LAST_MINUTE', percent: 15, days: 7, accommodationIds: [accommodationId] } }, owner.token);
    await t.gql(
      'mutation($input: PromoCodeInput!) { createPromoCode(input: $input) { id } }',
      { input: { code: 'BANC', internalLabel: 'Banc', label: { fr: 'Banc' }, usage: 'MULTIPLE', percent: 12, accommodationIds: [accommodationId] } },
      owner.token,
    );
    const started = performance.now();
    const set = await t.gql(
      'mutation($input: SetRatesInput!) { setRates(input: $input) { count } }',
      {
        input: {
          accommodationId,
          periods: [{ from: YEARS_FROM, to: YEARS_TO }],
          nights: [1, 2, 3, 4, 5, 6, 7],
          arrivalDays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'],
          initialPrice: 9000,
          discount: { percent: 5 },
          occupancy: { includedOccupants: 2, extraPerNight: 1500 },
        },
      },
      owner.token,
    );
    const setMs = performance.now() - started;
    const count = set.data?.setRates.count as number;
    expect(count).toBe(1096 * 7);

    const service = t.app.get<QuoteService>(QUOTE_SERVICE);
    const questions = Array.from({ length: RUNS }, (_, i) => {
      const nights = 1 + (i % 7);
      const day = (i * 37) % 1080;
      const arrival = new Date(Date.UTC(2027, 0, 1 + day)).toISOString().slice(0, 10);
      const departure = new Date(Date.UTC(2027, 0, 1 + day + nights)).toISOString().slice(0, 10);
      return { accommodationId, arrival, departure, occupants: [{ ageRangeId: adults, count: 1 + (i % 4) }], promoCode: i % 3 === 0 ? 'banc' : null, viewerOwnerId: null };
    });
    for (const question of questions.slice(0, 50)) await service.quote(question);
    const service_ms: number[] = [];
    for (const question of questions) {
      const before = performance.now();
      const answer = await service.quote(question);
      service_ms.push(performance.now() - before);
      expect(answer.bookable).toBe(true);
    }
    const http_ms: number[] = [];
    for (const question of questions.slice(0, 200)) {
      const before = performance.now();
      const { accommodationId: id, arrival, departure, occupants, promoCode } = question;
      const answer = await t.gql('query($input: QuoteInput!) { quote(input: $input) { total { cents } } }', { input: { accommodationId: id, arrival, departure, occupants, promoCode } });
      http_ms.push(performance.now() - before);
      expect(answer.errors).toBeUndefined();
    }
    const catalogue = t.app.get<CatalogueQueries>(CATALOGUE_QUERIES);
    const catalogue_ms: number[] = [];
    for (let i = 0; i < 500; i++) {
      const before = performance.now();
      await catalogue.accommodationForBooking(accommodationId);
      catalogue_ms.push(performance.now() - before);
    }
    const planning_ms: number[] = [];
    for (let i = 0; i < 20; i++) {
      const before = performance.now();
      const nights = await service.nightlyPrices(accommodationId, '2027-01-01', '2028-01-01');
      planning_ms.push(performance.now() - before);
      expect(nights).toHaveLength(365);
    }
    const pure_ms: number[] = [];
    for (let i = 0; i < 10_000; i++) {
      const before = performance.now();
      quote(DEFAULT_QUOTE_FACTS_FOR_BENCH.request, DEFAULT_QUOTE_FACTS_FOR_BENCH.facts);
      pure_ms.push(performance.now() - before);
    }

    const lines = [
      `Quote benchmark on the ${process.env.TEST_DATABASE_KIND ?? 'unknown'} database, ${count} stay rates (3 years × 7 lengths), written in ${setMs.toFixed(0)} ms`,
      figures('QuoteService.quote (read models + pricing)', service_ms),
      figures('  of which the catalogue contract', catalogue_ms),
      figures('GraphQL quote over HTTP', http_ms),
      figures('pure quote() (pricing alone)', pure_ms),
      figures('nightlyPrices for a year (planning line)', planning_ms),
      'Target: under 5 ms for QuoteService.quote (p95).',
    ];
    process.stdout.write(`\n${lines.join('\n')}\n\n`);
  }, 300_000);
});

function figures(label: string, samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(3);
  const mean = (samples.reduce((a, b) => a + b, 0) / samples.length).toFixed(3);
  return `  ${label.padEnd(46)} n=${String(samples.length).padStart(5)}  mean ${mean} ms  p50 ${at(0.5)}  p95 ${at(0.95)}  p99 ${at(0.99)} ms`;
}
