import { signUpOwner, type SignedUpOwner } from '../support/owners';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app';

const QUOTE = `query($input: QuoteInput!) { quote(input: $input) {
  bookable reasons refusals { code message }
  accommodationPrice { cents } discounts { source amount { cents } label { fr en } rule }
  discountedAccommodationPrice { cents } supplements { supplementId amount { cents } } total { cents }
  deposit { kind percent amount { cents } } touristTax { cents } promoCode { code applied message }
} }`;

/** The worked figures, end to end: owner sets prices over GraphQL, a guest asks a quote. */
describe('tarification worked figures over GraphQL', () => {
  let t: TestApp;
  let owner: SignedUpOwner;
  let accommodationId: string;
  let adults: string;

  beforeAll(async () => {
    t = await startTestApp({ clock: new ManualClock(new Date('2026-06-01T10:00:00Z')) });
    owner = await signUpOwner(t);
    const created = await t.gql(
      'mutation($input: AccommodationInput!) { createAccommodation(input: $input) { id } }',
      { input: { name: 'Gîte des Lavandes', kind: 'HOLIDAY_RENTAL', city: 'Gordes', maxCapacity: 4, description: { fr: 'Un gîte.' } } },
      owner.token,
    );
    accommodationId = created.data?.createAccommodation.id as string;
    await t.gql('mutation($id: ID!) { setAccommodationVisibility(id: $id, visibility: BOOKABLE) { id } }', { id: accommodationId }, owner.token);
    adults = ((await t.gql('{ ageRanges { id label } }', {}, owner.token)).data?.ageRanges as { id: string; label: string }[]).find((r) => r.label === 'Adult')?.id as string;
  });
  afterAll(() => t.close());

  const setRates = async (input: Record<string, unknown>) => {
    const answer = await t.gql('mutation($input: SetRatesInput!) { setRates(input: $input) { count } }', { input: { accommodationId, ...input } }, owner.token);
    expect(answer.errors).toBeUndefined();
    return answer.data?.setRates.count as number;
  };
  const quote = (arrival: string, departure: string, extra: Record<string, unknown> = {}) =>
    t.gql(QUOTE, { input: { accommodationId, arrival, departure, occupants: [{ ageRangeId: adults, count: 2 }], ...extra } });

  it('sells 2-night stays at 90 € with a 15 € discount for 75 €', async () => {
    expect(await setRates({ periods: [{ from: '2026-09-01', to: '2026-09-30' }], nights: [2], arrivalDays: ['FRIDAY'], initialPrice: 9000, discount: { cents: 1500 } })).toBe(4);
    const listed = await t.gql('query($id: ID!) { rates(accommodationId: $id, from: "2026-09-01", to: "2026-09-30") { id salePrice { cents } shownDiscountPercent } }', { id: accommodationId }, owner.token);
    expect(listed.data?.rates).toEqual([
      { id: '2026-09-04/P2D', salePrice: { cents: 7500 }, shownDiscountPercent: 16 },
      { id: '2026-09-11/P2D', salePrice: { cents: 7500 }, shownDiscountPercent: 16 },
      { id: '2026-09-18/P2D', salePrice: { cents: 7500 }, shownDiscountPercent: 16 },
      { id: '2026-09-25/P2D', salePrice: { cents: 7500 }, shownDiscountPercent: 16 },
    ]);
    const answer = await quote('2026-09-04', '2026-09-06');
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.quote).toMatchObject({ bookable: true, accommodationPrice: { cents: 9000 }, discounts: [{ source: 'RATE', amount: { cents: 1500 } }], total: { cents: 7500 } });
  });

  it('takes a 15 % promo code off the 50 € accommodation price only, not the 5 € cleaning', async () => {
    await setRates({ periods: [{ from: '2026-10-03', to: '2026-10-03' }], nights: [1], arrivalDays: ['SATURDAY'], initialPrice: 5000 });
    const supplement = await t.gql(
      'mutation($input: SupplementInput!) { defineSupplement(input: $input) { id } }',
      { input: { name: { fr: 'Ménage' }, mandatory: true, price: 500, unit: 'PER_STAY', accommodationIds: [accommodationId] } },
      owner.token,
    );
    expect(supplement.errors).toBeUndefined();
    const code = await t.gql(
      'mutation($input: PromoCodeInput!) { createPromoCode(input: $input) { code } }',
      { input: { code: 'automne15', internalLabel: 'Automne', label: { fr: 'Offre d’automne' }, usage: 'MULTIPLE', percent: 15, accommodationIds: [accommodationId] } },
      owner.token,
    );
    expect(code.data?.createPromoCode.code).toBe('AUTOMNE15');
    const answer = await quote('2026-10-03', '2026-10-04', { promoCode: 'Automne15' });
    expect(answer.data?.quote).toMatchObject({
      bookable: true,
      accommodationPrice: { cents: 5000 },
      discounts: [{ source: 'PROMO_CODE', amount: { cents: 750 } }],
      supplements: [{ amount: { cents: 500 } }],
      total: { cents: 4750 },
      deposit: { kind: 'ACOMPTE', percent: 25, amount: { cents: 1062 } },
      promoCode: { code: 'AUTOMNE15', applied: true, message: null },
    });
  });

  it('refuses a Sunday arrival where 7-night stays start on Saturdays in July, and says why', async () => {
    await setRates({ periods: [{ from: '2026-07-01', to: '2026-07-31' }], nights: [7], arrivalDays: ['SATURDAY'], initialPrice: 45000 });
    const saturday = await quote('2026-07-04', '2026-07-11');
    expect(saturday.data?.quote).toMatchObject({ bookable: true, reasons: [] });
    const sunday = await quote('2026-07-05', '2026-07-12');
    expect(sunday.data?.quote.bookable).toBe(false);
    expect(sunday.data?.quote.refusals).toEqual([{ code: 'NO_RATE', message: expect.stringMatching(/Sunday 5 July 2026.*Saturdays/) }]);
  });
});
