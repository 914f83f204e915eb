import { randomUUID } from 'node:crypto';
import { eventCount } from '../support/database';
import { signUpOwner, type SignedUpOwner } from '../support/owners';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app';

const SET_RATES = 'mutation($input: SetRatesInput!) { setRates(input: $input) { count } }';
const RATES = `query($id: ID!, $from: Date!, $to: Date!, $nights: Int, $days: [Weekday!]) {
  rates(accommodationId: $id, from: $from, to: $to, nights: $nights, arrivalDays: $days) {
    id arrival departure arrivalDay nights initialPrice { cents } discount { cents } salePrice { cents }
    occupancy { includedOccupants extraPerNight { cents } byAgeRange { ageRangeId perNight { cents } } }
  }
}`;
const DELETE_RATES = 'mutation($id: ID!, $ids: [ID!]!) { deleteRates(accommodationId: $id, ids: $ids) }';
const NIGHTLY = 'query($id: ID!, $from: Date!, $to: Date!) { nightlyPrices(accommodationId: $id, from: $from, to: $to) { date price { cents } } }';
const QUOTE = 'query($input: QuoteInput!) { quote(input: $input) { bookable accommodationPrice { cents } total { cents } } }';

const JULY_SATURDAYS = { periods: [{ from: '2026-07-01', to: '2026-07-31' }], nights: [7], arrivalDays: ['SATURDAY'], initialPrice: 45_000 };

interface Listed {
  id: string;
  salePrice: { cents: number };
}

/** The rate grid over GraphQL: what setRates writes, how rates lists it, how deleteRates removes it. */
describe('rate grid over GraphQL', () => {
  let t: TestApp;
  let owner: SignedUpOwner;
  let ageRanges: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp({ clock: new ManualClock(new Date('2026-06-01T10:00:00Z')) });
    owner = await signUpOwner(t);
    const ranges = await t.gql<{ ageRanges: { id: string; label: string }[] }>('{ ageRanges { id label } }', {}, owner.token);
    ageRanges = Object.fromEntries((ranges.data?.ageRanges ?? []).map((r) => [r.label, r.id]));
  });
  afterAll(() => t.close());

  /** A fresh bookable gîte for 6, so each rule is proven on a grid of its own. */
  const gite = async (): Promise<string> => {
    const created = await t.gql(
      'mutation($input: AccommodationInput!) { createAccommodation(input: $input) { id } }',
      { input: { name: 'Gîte des Oliviers', kind: 'HOLIDAY_RENTAL', city: 'Nyons', maxCapacity: 6, description: { fr: 'Un gîte.' } } },
      owner.token,
    );
    const id = created.data?.createAccommodation.id as string;
    await t.gql('mutation($id: ID!) { setAccommodationVisibility(id: $id, visibility: BOOKABLE) { id } }', { id }, owner.token);
    return id;
  };
  const setRates = async (accommodationId: string, input: Record<string, unknown>): Promise<number> => {
    const answer = await t.gql(SET_RATES, { input: { accommodationId, ...input } }, owner.token);
    expect(answer.errors).toBeUndefined();
    return answer.data?.setRates.count as number;
  };
  const rates = async (id: string, from: string, to: string, filters: { nights?: number; days?: string[] } = {}): Promise<Listed[]> => {
    const answer = await t.gql<{ rates: Listed[] }>(RATES, { id, from, to, ...filters }, owner.token);
    expect(answer.errors).toBeUndefined();
    return answer.data?.rates ?? [];
  };
  const ids = async (id: string, from: string, to: string, filters: { nights?: number; days?: string[] } = {}) => (await rates(id, from, to, filters)).map((r) => r.id);

  describe('setting prices', () => {
    it('writes one stay rate per period × stay length × arrival weekday, and says how many', async () => {
      const id = await gite();
      const count = await setRates(id, {
        periods: [
          { from: '2026-09-01', to: '2026-09-30' },
          { from: '2026-11-01', to: '2026-11-30' },
        ],
        nights: [2, 7],
        arrivalDays: ['FRIDAY', 'SATURDAY'],
        initialPrice: 20_000,
      });
      // September and November 2026 each have 4 Fridays and 4 Saturdays: 16 arrivals × 2 lengths.
      expect(count).toBe(32);
      const listed = await ids(id, '2026-01-01', '2026-12-31');
      expect(listed).toHaveLength(32);
      expect(listed.slice(0, 4)).toEqual(['2026-09-04/P2D', '2026-09-04/P7D', '2026-09-05/P2D', '2026-09-05/P7D']);
      expect(listed.slice(-2)).toEqual(['2026-11-28/P2D', '2026-11-28/P7D']);
    });

    it('describes each stay rate by its arrival, departure, weekday, length and prices', async () => {
      const id = await gite();
      await setRates(id, { periods: [{ from: '2026-09-04', to: '2026-09-04' }], nights: [2], arrivalDays: ['FRIDAY'], initialPrice: 9_000, discount: { cents: 1_500 } });
      const answer = await t.gql(RATES, { id, from: '2026-09-01', to: '2026-09-30' }, owner.token);
      expect(answer.data?.rates).toEqual([
        {
          id: '2026-09-04/P2D',
          arrival: '2026-09-04',
          departure: '2026-09-06',
          arrivalDay: 'FRIDAY',
          nights: 2,
          initialPrice: { cents: 9_000 },
          discount: { cents: 1_500 },
          salePrice: { cents: 7_500 },
          occupancy: null,
        },
      ]);
    });

    it('replaces the price of a stay set again for the same arrival and length, and keeps the others', async () => {
      const id = await gite();
      expect(await setRates(id, JULY_SATURDAYS)).toBe(4);
      expect(await setRates(id, { ...JULY_SATURDAYS, periods: [{ from: '2026-07-11', to: '2026-07-11' }], initialPrice: 52_000, discount: { percent: 10 } })).toBe(1);
      const listed = await rates(id, '2026-07-01', '2026-07-31');
      expect(listed.map((r) => [r.id, r.salePrice.cents])).toEqual([
        ['2026-07-04/P7D', 45_000],
        ['2026-07-11/P7D', 46_800],
        ['2026-07-18/P7D', 45_000],
        ['2026-07-25/P7D', 45_000],
      ]);
    });

    it('counts a stay once where periods overlap', async () => {
      const id = await gite();
      const count = await setRates(id, { ...JULY_SATURDAYS, periods: [{ from: '2026-07-01', to: '2026-07-20' }, { from: '2026-07-10', to: '2026-07-31' }] });
      expect(count).toBe(4);
      expect(await ids(id, '2026-07-01', '2026-07-31')).toEqual(['2026-07-04/P7D', '2026-07-11/P7D', '2026-07-18/P7D', '2026-07-25/P7D']);
    });

    it('keeps the latest price when a wider setting later covers a stay priced on its own', async () => {
      const id = await gite();
      await setRates(id, { ...JULY_SATURDAYS, periods: [{ from: '2026-07-11', to: '2026-07-11' }], initialPrice: 50_000 });
      await setRates(id, JULY_SATURDAYS);
      expect((await rates(id, '2026-07-11', '2026-07-11')).map((r) => r.salePrice.cents)).toEqual([45_000]);
    });
  });

  describe('listing', () => {
    let id: string;

    beforeAll(async () => {
      id = await gite();
      await setRates(id, { periods: [{ from: '2026-09-01', to: '2026-09-30' }], nights: [1, 2, 7], arrivalDays: ['FRIDAY', 'SATURDAY', 'SUNDAY'], initialPrice: 10_000 });
    });

    it('lists arrivals from `from` to `to`, both days included, by arrival then length', async () =>
      expect(await ids(id, '2026-09-05', '2026-09-11')).toEqual([
        '2026-09-05/P1D',
        '2026-09-05/P2D',
        '2026-09-05/P7D',
        '2026-09-06/P1D',
        '2026-09-06/P2D',
        '2026-09-06/P7D',
        '2026-09-11/P1D',
        '2026-09-11/P2D',
        '2026-09-11/P7D',
      ]));

    it('lists only the stays of the asked length', async () => expect(await ids(id, '2026-09-05', '2026-09-13', { nights: 7 })).toEqual(['2026-09-05/P7D', '2026-09-06/P7D', '2026-09-11/P7D', '2026-09-12/P7D', '2026-09-13/P7D']));

    it('lists only the arrivals on the asked weekdays', async () =>
      expect(await ids(id, '2026-09-01', '2026-09-30', { nights: 2, days: ['SUNDAY', 'FRIDAY'] })).toEqual([
        '2026-09-04/P2D',
        '2026-09-06/P2D',
        '2026-09-11/P2D',
        '2026-09-13/P2D',
        '2026-09-18/P2D',
        '2026-09-20/P2D',
        '2026-09-25/P2D',
        '2026-09-27/P2D',
      ]));

    it('lists nothing for a period with no priced arrival', async () => expect(await ids(id, '2026-10-01', '2026-10-31')).toEqual([]));

    it('refuses a listing that ends before it starts, naming `to`', async () => {
      const answer = await t.gql(RATES, { id, from: '2026-09-30', to: '2026-09-01' }, owner.token);
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    });

    it('refuses a listing of stays of no nights, naming `nights`', async () => {
      const answer = await t.gql(RATES, { id, from: '2026-09-01', to: '2026-09-30', nights: 0 }, owner.token);
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nights' });
    });
  });

  describe('a listing too long to build', () => {
    it('is refused above 10,000 stay rates, asking for a narrower filter, while a narrower one answers', async () => {
      const id = await gite();
      const every = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
      const nights = Array.from({ length: 14 }, (_, i) => i + 1);
      expect(await setRates(id, { periods: [{ from: '2027-01-01', to: '2028-12-31' }], nights, arrivalDays: every, initialPrice: 10_000 })).toBe(731 * 14);
      const whole = await t.gql(RATES, { id, from: '2027-01-01', to: '2028-12-31' }, owner.token);
      expect(whole.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'to' }, message: expect.stringContaining('narrow the period') });
      expect(await rates(id, '2027-01-01', '2028-12-31', { nights: 7 })).toHaveLength(731);
    });
  });

  describe('deleting', () => {
    it('removes the chosen stay rates and answers how many existed, not counting unknown or repeated ones', async () => {
      const id = await gite();
      await setRates(id, JULY_SATURDAYS);
      const answer = await t.gql(DELETE_RATES, { id, ids: ['2026-07-04/P7D', '2026-07-18/P7D', '2026-07-18/P2D', '2026-08-01/P7D', '2026-07-04/P7D'] }, owner.token);
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.deleteRates).toBe(2);
      expect(await ids(id, '2026-07-01', '2026-07-31')).toEqual(['2026-07-11/P7D', '2026-07-25/P7D']);
    });

    it('answers 0 and writes no event when none of the ids names a stay rate any more', async () => {
      const id = await gite();
      await setRates(id, JULY_SATURDAYS);
      await t.gql(DELETE_RATES, { id, ids: ['2026-07-04/P7D'] }, owner.token);
      const before = await eventCount();
      const again = await t.gql(DELETE_RATES, { id, ids: ['2026-07-04/P7D', '2026-07-05/P7D'] }, owner.token);
      expect(again.data?.deleteRates).toBe(0);
      expect(await eventCount()).toBe(before);
    });

    it('refuses an id that is no stay rate id, naming its place in the list, and deletes nothing', async () => {
      const id = await gite();
      await setRates(id, JULY_SATURDAYS);
      const before = await eventCount();
      const answer = await t.gql(DELETE_RATES, { id, ids: ['2026-07-04/P7D', 'samedi 11 juillet'] }, owner.token);
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids[1]' });
      expect(answer.errors?.[0].message).toContain('samedi 11 juillet');
      expect(await eventCount()).toBe(before);
      expect(await ids(id, '2026-07-01', '2026-07-31')).toEqual(['2026-07-04/P7D', '2026-07-11/P7D', '2026-07-18/P7D', '2026-07-25/P7D']);
    });
  });

  describe('nightly prices for the planning', () => {
    it('shows the 1-night rate of a day, else the cheapest night of the stays covering it, else nothing', async () => {
      const id = await gite();
      // 450 € the week from Saturday 4 July: 64.29 € a night, half to even.
      await setRates(id, { periods: [{ from: '2026-07-04', to: '2026-07-04' }], nights: [7], arrivalDays: ['SATURDAY'], initialPrice: 45_000 });
      // A single night on Monday 6 July at 85 €: dearer than a night of the week, yet it is that night's price.
      await setRates(id, { periods: [{ from: '2026-07-06', to: '2026-07-06' }], nights: [1], arrivalDays: ['MONDAY'], initialPrice: 9_000, discount: { cents: 500 } });
      // Two nights from Friday 10 July at 100 €: 50 € a night, cheaper than the week on the 10th.
      await setRates(id, { periods: [{ from: '2026-07-10', to: '2026-07-10' }], nights: [2], arrivalDays: ['FRIDAY'], initialPrice: 10_000 });
      const answer = await t.gql(NIGHTLY, { id, from: '2026-07-03', to: '2026-07-13' }, owner.token);
      expect(answer.errors).toBeUndefined();
      expect((answer.data?.nightlyPrices as { date: string; price: { cents: number } | null }[]).map(({ date, price }) => [date, price?.cents ?? null])).toEqual([
        ['2026-07-03', null],
        ['2026-07-04', 6_429],
        ['2026-07-05', 6_429],
        ['2026-07-06', 8_500],
        ['2026-07-07', 6_429],
        ['2026-07-08', 6_429],
        ['2026-07-09', 6_429],
        ['2026-07-10', 5_000],
        ['2026-07-11', 5_000],
        ['2026-07-12', null],
      ]);
    });
  });

  describe('occupancy', () => {
    let id: string;

    beforeAll(async () => {
      id = await gite();
      await setRates(id, {
        ...JULY_SATURDAYS,
        occupancy: { includedOccupants: 2, extraPerNight: 1_500, byAgeRange: [{ ageRangeId: ageRanges.Child, perNight: 800 }] },
      });
    });

    const accommodationPrice = async (occupants: [string, number][]) => {
      const answer = await t.gql(QUOTE, {
        input: { accommodationId: id, arrival: '2026-07-04', departure: '2026-07-11', occupants: occupants.map(([label, count]) => ({ ageRangeId: ageRanges[label], count })) },
      });
      expect(answer.errors).toBeUndefined();
      return answer.data?.quote.accommodationPrice.cents as number;
    };

    it('lists the occupancy a rate was set with', async () => {
      const answer = await t.gql(RATES, { id, from: '2026-07-04', to: '2026-07-04' }, owner.token);
      expect(answer.data?.rates[0].occupancy).toEqual({
        includedOccupants: 2,
        extraPerNight: { cents: 1_500 },
        byAgeRange: [{ ageRangeId: ageRanges.Child, perNight: { cents: 800 } }],
      });
    });

    it('charges nothing extra up to the included occupants', async () => expect(await accommodationPrice([['Adult', 2]])).toBe(45_000));

    it('charges each further person per night, at their age range’s price where it has one', async () =>
      // 3 adults and a child: the 2 included places go to adults, leaving 15 € + 8 € a night for 7 nights.
      expect(await accommodationPrice([['Adult', 3], ['Child', 1]])).toBe(45_000 + (1_500 + 800) * 7));

    it('charges an extra person of an age range without its own price the general extra', async () =>
      expect(await accommodationPrice([['Adult', 2], ['Baby', 1]])).toBe(45_000 + 1_500 * 7));

    it('refuses a price for an age range the owner does not have, naming it', async () => {
      const before = await eventCount();
      const answer = await t.gql(
        SET_RATES,
        { input: { accommodationId: id, ...JULY_SATURDAYS, occupancy: { includedOccupants: 2, extraPerNight: 1_500, byAgeRange: [{ ageRangeId: randomUUID(), perNight: 800 }] } } },
        owner.token,
      );
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.occupancy.byAgeRange[0].ageRangeId' });
      expect(await eventCount()).toBe(before);
    });
  });

  describe('refused settings', () => {
    let id: string;

    beforeAll(async () => {
      id = await gite();
      await setRates(id, JULY_SATURDAYS);
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['a discount as large as the initial price', { initialPrice: 9_000, discount: { cents: 9_000 } }, 'input.discount.cents'],
      ['a discount larger than the initial price', { initialPrice: 9_000, discount: { cents: 9_001 } }, 'input.discount.cents'],
      ['a discount of 100 %', { discount: { percent: 100 } }, 'input.discount.percent'],
      ['a discount given both in cents and in percent', { discount: { cents: 1_000, percent: 10 } }, 'input.discount'],
      ['a free stay', { initialPrice: 0 }, 'input.initialPrice'],
      ['a stay of no nights', { nights: [0] }, 'input.nights[0]'],
      ['a stay of 91 nights', { nights: [7, 91] }, 'input.nights[1]'],
      ['a stay length listed twice', { nights: [7, 2, 7] }, 'input.nights[2]'],
      ['no arrival weekday', { arrivalDays: [] }, 'input.arrivalDays'],
      ['no period', { periods: [] }, 'input.periods'],
      ['a period ending before it starts', { periods: [{ from: '2026-07-01', to: '2026-07-31' }, { from: '2026-08-31', to: '2026-08-01' }] }, 'input.periods[1].to'],
      ['no included occupant', { occupancy: { includedOccupants: 0, extraPerNight: 1_000 } }, 'input.occupancy.includedOccupants'],
    ])('refuses %s, naming the field, and writes no event', async (_, change, field) => {
      const before = await eventCount();
      const answer = await t.gql(SET_RATES, { input: { accommodationId: id, ...JULY_SATURDAYS, ...change } }, owner.token);
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(answer.data ?? null).toBeNull();
      expect(await eventCount()).toBe(before);
      expect((await rates(id, '2026-07-01', '2026-08-31')).map((r) => [r.id, r.salePrice.cents])).toEqual([
        ['2026-07-04/P7D', 45_000],
        ['2026-07-11/P7D', 45_000],
        ['2026-07-18/P7D', 45_000],
        ['2026-07-25/P7D', 45_000],
      ]);
    });

    it.each(['2026-02-30', '2026-7-4', '04/07/2026'])('refuses %s as a Date before any handler runs, and writes no event', async (date) => {
      const before = await eventCount();
      const answer = await t.gql(SET_RATES, { input: { accommodationId: id, ...JULY_SATURDAYS, periods: [{ from: date, to: '2026-07-31' }] } }, owner.token);
      expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0].message).toContain('input.periods[0].from');
      expect(await eventCount()).toBe(before);
    });

    it('refuses prices for an accommodation that does not exist with NOT_FOUND, and writes no event', async () => {
      const before = await eventCount();
      const answer = await t.gql(SET_RATES, { input: { accommodationId: randomUUID(), ...JULY_SATURDAYS } }, owner.token);
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'accommodationId' });
      expect(await eventCount()).toBe(before);
    });
  });
});
