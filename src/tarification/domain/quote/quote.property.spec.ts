import fc from 'fast-check';
import { percentOf } from '../../../shared/kernel/money';
import { accommodation, ADULTS, CHILDREN, GITE, promoCode, promotion, quoteFacts, rules, STUDIO, stayRate, supplement } from '../../../../test/support/tarification-fixtures';
import { addDays } from '../../../shared/kernel/calendar-date';
import { stayOfNights } from '../../../shared/kernel/stay';
import type { PromoCodeInput } from '../promo-codes/promo-code';
import type { RatePriceInput } from '../rates/rate-price';
import { parseTouristTax } from '../rules/tourist-tax';
import { DEPOSIT_KINDS } from '../../../shared/kernel/payment-terms';
import { quote, type Quote, type QuoteFacts, type SupplementPriceUnit } from './quote';
import type { QuoteRequest } from './quote-request';

const BABIES = 'age-babies';
const AGE_RANGES = [
  { ageRangeId: ADULTS, maxAge: 120, countsTowardsCapacity: true },
  { ageRangeId: CHILDREN, maxAge: 17, countsTowardsCapacity: true },
  { ageRangeId: BABIES, maxAge: 2, countsTowardsCapacity: false },
];
const UNITS: SupplementPriceUnit[] = ['PER_STAY', 'PER_NIGHT', 'PER_PERSON', 'PER_PERSON_NIGHT'];
const FIRST_DAY = Date.UTC(2026, 5, 1);
const DAY_MS = 86_400_000;

/** A percentage as owners type it: above 0, at most two decimals. */
const percentUpTo = (hundredths: number) => fc.integer({ min: 1, max: hundredths }).map((h) => h / 100);

const ratePriceInput: fc.Arbitrary<RatePriceInput> = fc.integer({ min: 1, max: 2_000_000 }).chain((initialPrice) =>
  fc.record({
    initialPrice: fc.constant(initialPrice),
    discount: fc.oneof(
      fc.constant(null),
      fc.integer({ min: 0, max: initialPrice - 1 }).map((cents) => ({ cents })),
      percentUpTo(9_999).map((percent) => ({ percent })),
    ),
    occupancy: fc.option(
      fc.record({
        includedOccupants: fc.integer({ min: 1, max: 6 }),
        extraPerNight: fc.integer({ min: 0, max: 5_000 }),
        byAgeRange: fc.subarray([CHILDREN, BABIES]).chain((ids) =>
          fc.tuple(...ids.map((ageRangeId) => fc.integer({ min: 0, max: 5_000 }).map((perNight) => ({ ageRangeId, perNight })))),
        ),
      }),
      { nil: null },
    ),
  }),
).filter(
  // An owner may not set a share that rounds to the whole price: the rate would be refused.
  (input) => !input.discount || !('percent' in input.discount) || typeof input.discount.percent !== 'number' || percentOf(input.initialPrice, input.discount.percent) < input.initialPrice,
);

const occupants = fc
  .tuple(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 4 }))
  .filter((counts) => counts.some((count) => count > 0))
  .map(([adults, children, babies]) => [
    { ageRangeId: ADULTS, count: adults },
    { ageRangeId: CHILDREN, count: children },
    { ageRangeId: BABIES, count: babies },
  ]);

const supplements = fc.array(
  fc.record({ cents: fc.integer({ min: 0, max: 20_000 }), unit: fc.constantFrom(...UNITS), mandatory: fc.boolean(), chosen: fc.boolean() }),
  { maxLength: 4 },
);

const promotions = fc.array(
  fc.record({
    kind: fc.constantFrom('LAST_MINUTE', 'EARLY_BOOKING'),
    percent: percentUpTo(9_999),
    days: fc.integer({ min: 1, max: 120 }),
    accommodationIds: fc.constantFrom([GITE], [STUDIO], [STUDIO, GITE]),
  }),
  { maxLength: 3 },
);

const codeInput = (arrival: string, nights: number): fc.Arbitrary<Partial<PromoCodeInput>> =>
  fc.record({
    usage: fc.constantFrom('SINGLE', 'MULTIPLE'),
    percent: fc.option(percentUpTo(10_000), { nil: null }),
    cents: fc.integer({ min: 1, max: 3_000_000 }),
    accommodationIds: fc.oneof({ arbitrary: fc.constant([GITE]), weight: 4 }, fc.constant([STUDIO])),
    combinesWithPromotions: fc.boolean(),
    allowedStays: fc.oneof({ arbitrary: fc.constant(null), weight: 3 }, fc.constant([{ arrival, nights }]), fc.constant([{ arrival: addDays(arrival, 1), nights }])),
  }).map(({ percent, cents, ...rest }) => (percent === null ? { ...rest, percent: null, cents } : { ...rest, percent, cents: null }));

interface Case {
  readonly request: QuoteRequest;
  readonly facts: QuoteFacts;
}

const cases: fc.Arbitrary<Case> = fc
  .record({ arrivalOffset: fc.integer({ min: 0, max: 400 }), nights: fc.integer({ min: 1, max: 30 }) })
  .chain(({ arrivalOffset, nights }) => {
    const arrival = addDays('2026-06-01', arrivalOffset);
    return fc.record({
      arrival: fc.constant(arrival),
      nights: fc.constant(nights),
      nowOffset: fc.integer({ min: 0, max: 60 * DAY_MS }),
      price: fc.option(ratePriceInput, { nil: null, freq: 8 }),
      occupants,
      supplements,
      promotions,
      code: fc.option(fc.record({ input: codeInput(arrival, nights), consumedBy: fc.option(fc.constant('dossier-1'), { nil: null, freq: 3 }) }), { nil: null, freq: 3 }),
      typed: fc.oneof({ arbitrary: fc.constant('ete2026'), weight: 4 }, fc.constant(null), fc.constant('AUTRE')),
      touristTaxCents: fc.option(fc.integer({ min: 0, max: 2_000 }), { nil: null }),
      deposit: fc.record({ kind: fc.constantFrom(...DEPOSIT_KINDS), percent: percentUpTo(10_000) }),
      rules: fc.constantFrom(rules(), rules({ minimumStay: 7, closedToArrival: ['SUNDAY'] }), rules({ leadTime: { kind: 'NEXT_DAY_UNTIL', hour: 12 }, timeZone: 'America/Guadeloupe' })),
    });
  })
  .map((c) => ({
    request: {
      accommodationId: GITE,
      stay: stayOfNights(c.arrival, c.nights),
      occupants: c.occupants,
      optionalSupplementIds: c.supplements.flatMap((s, i) => (!s.mandatory && s.chosen ? [`s${i}`] : [])),
      promoCode: c.typed,
    },
    facts: quoteFacts({
      now: new Date(FIRST_DAY + c.nowOffset),
      accommodation: accommodation({
        capacity: { min: 1, max: 12 },
        ageRanges: AGE_RANGES,
        supplements: c.supplements.map((s, i) => supplement(`s${i}`, s.cents, s.unit, s.mandatory)),
      }),
      rate: c.price === null ? null : stayRate(c.arrival, c.nights, c.price),
      rules: c.rules,
      touristTax: c.touristTaxCents === null ? null : parseTouristTax('input', c.touristTaxCents),
      promotions: c.promotions.map((p, i) => promotion(`promotion-${i}`, p)),
      promoCode: c.code === null ? null : promoCode('code-1', c.code.input, c.code.consumedBy),
      depositTerms: c.deposit,
    }),
  }));

/** Every amount a quote holds, wherever it sits. */
function amountsIn(value: unknown): number[] {
  if (value === null || typeof value !== 'object') return [];
  const own = 'cents' in value && typeof value.cents === 'number' ? [value.cents] : [];
  return [...own, ...Object.values(value).flatMap(amountsIn)];
}

const sum = (amounts: readonly { readonly amount: { readonly cents: number } }[]): number => amounts.reduce((total, line) => total + line.amount.cents, 0);

const RUNS = { numRuns: 300 };
const holds = (check: (q: Quote) => void) => fc.assert(fc.property(cases, ({ request, facts }) => check(quote(request, facts))), RUNS);

describe('Quote, for any rates, occupants, supplements, promotions, promo codes and deposit terms', () => {
  it('answers without throwing for valid input', () => fc.assert(fc.property(cases, ({ request, facts }) => typeof quote(request, facts).bookable === 'boolean'), RUNS));

  it('never holds a negative amount, nor a fraction of a cent', () =>
    holds((q) => {
      for (const cents of amountsIn(q)) {
        expect(Number.isInteger(cents)).toBe(true);
        expect(cents).toBeGreaterThanOrEqual(0);
      }
    }));

  it('totals the accommodation price less its discounts plus its supplements', () =>
    holds((q) => expect(q.total.cents).toBe(q.accommodationPrice.cents - sum(q.discounts) + sum(q.supplements))));

  it('states the discounted accommodation price as the price less its discounts', () =>
    holds((q) => expect(q.discountedAccommodationPrice.cents).toBe(q.accommodationPrice.cents - sum(q.discounts))));

  it('never discounts more than the accommodation price', () => holds((q) => expect(sum(q.discounts)).toBeLessThanOrEqual(q.accommodationPrice.cents)));

  it('never asks a deposit above the discounted accommodation price', () => holds((q) => expect(q.deposit.amount.cents).toBeLessThanOrEqual(q.discountedAccommodationPrice.cents)));

  it('never grants more than one promotion', () => holds((q) => expect(q.discounts.filter((d) => d.source === 'LAST_MINUTE' || d.source === 'EARLY_BOOKING').length).toBeLessThanOrEqual(1)));

  it('takes a promo code off only when it says the code was applied', () =>
    holds((q) => expect(q.discounts.some((d) => d.source === 'PROMO_CODE')).toBe(q.promoCode?.applied === true)));

  it('is bookable exactly when it gives no reason against', () => holds((q) => expect(q.bookable).toBe(q.refusals.length === 0)));
});
