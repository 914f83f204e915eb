import { onRealServer } from '../support/database';
import { signUpOwner, type SignedUpOwner } from '../support/owners';
import { startTestApp, type TestApp } from '../support/test-app';

const CREATE_CODE = 'mutation($input: PromoCodeInput!) { createPromoCode(input: $input) { id code } }';
const SET_RATES = 'mutation($input: SetRatesInput!) { setRates(input: $input) { count } }';

/** Two tabs, two instances: writers racing on one owner's codes or one accommodation's grid. */
describe('tarification under concurrent writes', () => {
  let t: TestApp;
  let owner: SignedUpOwner;
  let accommodationId: string;

  beforeAll(async () => {
    t = await startTestApp();
    owner = await signUpOwner(t);
    const created = await t.gql(
      'mutation($input: AccommodationInput!) { createAccommodation(input: $input) { id } }',
      { input: { name: 'Gîte du Moulin', kind: 'HOLIDAY_RENTAL', city: 'Sarlat', maxCapacity: 4, description: { fr: 'Un moulin.' } } },
      owner.token,
    );
    accommodationId = created.data?.createAccommodation.id as string;
  });
  afterAll(() => t.close());

  (onRealServer() ? it : it.skip)('gives a code to exactly one of eight owners’ tabs creating it at once', async () => {
    const input = (i: number) => ({
      code: i % 2 === 0 ? 'noel2026' : 'NOEL2026',
      internalLabel: `Tab ${i}`,
      label: { fr: 'Noël' },
      usage: 'SINGLE',
      percent: 10,
      accommodationIds: [accommodationId],
    });
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => t.gql(CREATE_CODE, { input: input(i) }, owner.token)));
    const created = answers.filter((a) => a.data?.createPromoCode);
    expect(created).toHaveLength(1);
    expect(answers.filter((a) => a.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(7);
    const listed = await t.gql('{ promoCodes { code } }', {}, owner.token);
    expect(listed.data?.promoCodes).toEqual([{ code: 'NOEL2026' }]);
  });

  (onRealServer() ? it : it.skip)('keeps every one of six price settings written at once on one accommodation, the last applied winning', async () => {
    const answers = await Promise.all(
      [1, 2, 3, 4, 5, 6].map((nights) =>
        t.gql(SET_RATES, { input: { accommodationId, periods: [{ from: '2027-05-01', to: '2027-05-31' }], nights: [nights], arrivalDays: ['SATURDAY'], initialPrice: 10_000 * nights } }, owner.token),
      ),
    );
    expect(answers.map((a) => a.data?.setRates.count as number)).toEqual([5, 5, 5, 5, 5, 5]);
    const listed = await t.gql('query($id: ID!) { rates(accommodationId: $id, from: "2027-05-01", to: "2027-05-31") { nights salePrice { cents } } }', { id: accommodationId }, owner.token);
    const rates = listed.data?.rates as { nights: number; salePrice: { cents: number } }[];
    expect(rates).toHaveLength(30);
    for (const rate of rates) expect(rate.salePrice.cents).toBe(10_000 * rate.nights);
  });
});
