import { randomUUID } from 'node:crypto';
import { signUpOwner, type SignedUpOwner } from '../support/owners';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app';

const SET_RATES = 'mutation($input: SetRatesInput!) { setRates(input: $input) { count } }';
const DELETE_RATES = 'mutation($id: ID!, $ids: [ID!]!) { deleteRates(accommodationId: $id, ids: $ids) }';
const LAST_ENTRY = `query($id: ID!) {
  lastRatesEntry(accommodationId: $id) {
    accommodationId periods { from to } nights arrivalDays initialPrice { cents currency }
    discount { amount { cents } percent } salePrice { cents }
    occupancy { includedOccupants extraPerNight { cents } byAgeRange { ageRangeId perNight { cents } } }
    setAt
  }
}`;

const SUMMER = {
  periods: [
    { from: '2026-07-04', to: '2026-08-29' },
    { from: '2026-06-01', to: '2026-06-30' },
  ],
  nights: [7, 14],
  arrivalDays: ['SATURDAY', 'SUNDAY'],
  initialPrice: 70_000,
  discount: { percent: 12.5 },
};

interface Entry {
  nights: number[];
  arrivalDays: string[];
  initialPrice: { cents: number };
  discount: { amount: { cents: number } | null; percent: number | null } | null;
}

/** "Initialiser avec la dernière saisie": the last rates entry, read back to prefill the next. */
describe('the last rates entry of an accommodation', () => {
  let t: TestApp;
  let clock: ManualClock;
  let owner: SignedUpOwner;

  beforeAll(async () => {
    clock = new ManualClock(new Date('2026-03-02T09:30:00Z'));
    t = await startTestApp({ clock });
    owner = await signUpOwner(t);
  });
  afterAll(() => t.close());

  const gite = async (): Promise<string> => {
    const created = await t.gql(
      'mutation($input: AccommodationInput!) { createAccommodation(input: $input) { id } }',
      { input: { name: 'Gîte du Lavoir', kind: 'HOLIDAY_RENTAL', city: 'Gordes', maxCapacity: 6, description: { fr: 'Un gîte.' } } },
      owner.token,
    );
    return created.data?.createAccommodation.id as string;
  };
  const setRates = async (accommodationId: string, input: Record<string, unknown>) => {
    const answer = await t.gql(SET_RATES, { input: { accommodationId, ...input } }, owner.token);
    expect(answer.errors).toBeUndefined();
  };
  const lastEntry = async (id: string) => {
    const answer = await t.gql<{ lastRatesEntry: Entry | null }>(LAST_ENTRY, { id }, owner.token);
    expect(answer.errors).toBeUndefined();
    return answer.data?.lastRatesEntry;
  };

  it('is null before the first entry', async () => expect(await lastEntry(await gite())).toBeNull());

  it('gives back the last setRates as the owner typed it, periods and days in their order, whatever was deleted since', async () => {
    const id = await gite();
    const adults = ((await t.gql<{ ageRanges: { id: string }[] }>('{ ageRanges { id } }', {}, owner.token)).data?.ageRanges ?? [])[0].id;
    await setRates(id, { periods: [{ from: '2026-05-01', to: '2026-05-31' }], nights: [2], arrivalDays: ['FRIDAY'], initialPrice: 24_000 });
    clock.advance(60_000);
    await setRates(id, { ...SUMMER, occupancy: { includedOccupants: 4, extraPerNight: 1_500, byAgeRange: [{ ageRangeId: adults, perNight: 2_000 }] } });
    expect((await t.gql(DELETE_RATES, { id, ids: ['2026-07-04/P7D'] }, owner.token)).data?.deleteRates).toBe(1);

    expect(await lastEntry(id)).toEqual({
      accommodationId: id,
      periods: SUMMER.periods,
      nights: [7, 14],
      arrivalDays: ['SATURDAY', 'SUNDAY'],
      initialPrice: { cents: 70_000, currency: 'EUR' },
      discount: { amount: null, percent: 12.5 },
      salePrice: { cents: 61_250 },
      occupancy: { includedOccupants: 4, extraPerNight: { cents: 1_500 }, byAgeRange: [{ ageRangeId: adults, perNight: { cents: 2_000 } }] },
      setAt: '2026-03-02T09:31:00.000Z',
    });
  });

  it('gives an amount off as money, and can be sent back as the next entry', async () => {
    const id = await gite();
    await setRates(id, { periods: [{ from: '2026-10-01', to: '2026-10-31' }], nights: [3], arrivalDays: ['MONDAY'], initialPrice: 30_000, discount: { cents: 4_500 } });
    const entry = await lastEntry(id);
    expect(entry).toMatchObject({ discount: { amount: { cents: 4_500 }, percent: null }, salePrice: { cents: 25_500 }, occupancy: null });

    const next = {
      periods: [{ from: '2026-11-01', to: '2026-11-30' }],
      nights: entry?.nights,
      arrivalDays: entry?.arrivalDays,
      initialPrice: entry?.initialPrice.cents,
      discount: { cents: entry?.discount?.amount?.cents },
    };
    await setRates(id, next);
    expect(await lastEntry(id)).toMatchObject({ periods: next.periods, nights: [3], arrivalDays: ['MONDAY'], salePrice: { cents: 25_500 } });
  });

  it('answers NOT_FOUND, naming the accommodation, for an unknown one', async () => {
    for (const id of [randomUUID(), 'not-an-id']) {
      const answer = await t.gql(LAST_ENTRY, { id }, owner.token);
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'accommodationId' });
    }
  });
});
