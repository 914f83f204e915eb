import { randomUUID } from 'node:crypto';
import { CREATE_DOSSIER, dossierInput, ownerWithGite, type OwnerWithGite } from '../support/booking-fixtures';
import { ManualClock, startTestApp, type GraphqlAnswer, type TestApp } from '../support/test-app';

/**
 * A guest's stay search over GraphQL, without a token. Today is Tuesday 1 June 2027; 3, 10 and 17
 * July 2027 are Saturdays. One owner lets four gîtes guests see and one hidden: the Lavandes, by
 * the week from any day, with a cleaning fee, taken from 10 to 17 July; Le Moulin, cheaper and
 * free; Le Mas, dearer and free; La Grange, only listed; Le Cabanon, hidden. Another owner's gîte
 * has booking rules: three nights at least, no arrival on Sundays, booked 30 days ahead.
 */
const SEARCH = `query($input: StaySearchInput!) { searchStays(input: $input) {
  accommodationId accommodationName arrival departure nights bookable
  quote { persons bookable total { cents } refusals { code message } }
  nearestArrivals { arrival departure total { cents } }
} }`;

interface Offer {
  accommodationId: string;
  accommodationName: string;
  arrival: string;
  departure: string;
  nights: number;
  bookable: boolean;
  quote: { persons: number; bookable: boolean; total: { cents: number }; refusals: { code: string; message: string }[] };
  nearestArrivals: { arrival: string; departure: string; total: { cents: number } }[];
}

const EVERY_DAY = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

describe('the stays a guest searches', () => {
  let t: TestApp;
  let lavandes: OwnerWithGite;
  const ids: Record<'moulin' | 'mas' | 'grange' | 'cabanon' | 'rules', string> = { moulin: '', mas: '', grange: '', cabanon: '', rules: '' };

  const ok = async (document: string, variables: Record<string, unknown>, token: string) => {
    const answer = await t.gql(document, variables, token);
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    return answer.data ?? {};
  };
  const search = (input: Record<string, unknown>, token?: string) => t.gql<{ searchStays: Offer[] }>(SEARCH, { input }, token);
  const offers = async (input: Record<string, unknown>, token?: string): Promise<Offer[]> => {
    const answer = await search(input, token);
    expect(answer.errors).toBeUndefined();
    return answer.data?.searchStays ?? [];
  };

  async function accommodation(token: string, name: string, visibility: string, prices: { from: string; to: string; nights: number[]; cents: number }[]): Promise<string> {
    const created = await ok(
      'mutation($input: AccommodationInput!) { createAccommodation(input: $input) { id } }',
      { input: { name, kind: 'HOLIDAY_RENTAL', city: 'Gordes', maxCapacity: 4, description: { fr: 'Un gîte.' } } },
      token,
    );
    const id = created.createAccommodation.id as string;
    await price(token, id, visibility, prices);
    return id;
  }

  async function price(token: string, id: string, visibility: string, prices: { from: string; to: string; nights: number[]; cents: number }[]): Promise<void> {
    if (visibility !== 'HIDDEN') await ok('mutation($id: ID!, $v: Visibility!) { setAccommodationVisibility(id: $id, visibility: $v) { id } }', { id, v: visibility }, token);
    for (const { from, to, nights, cents } of prices) {
      await ok(
        'mutation($input: SetRatesInput!) { setRates(input: $input) { count } }',
        { input: { accommodationId: id, periods: [{ from, to }], nights, arrivalDays: EVERY_DAY, initialPrice: cents } },
        token,
      );
    }
  }

  beforeAll(async () => {
    t = await startTestApp({ clock: new ManualClock(new Date('2027-06-01T08:00:00Z')) });
    lavandes = await ownerWithGite(t);
    const token = lavandes.owner.token;
    await price(token, lavandes.accommodationId, 'BOOKABLE', [
      { from: '2027-06-15', to: '2027-08-31', nights: [7], cents: 70_000 },
      { from: '2027-07-17', to: '2027-08-31', nights: [7], cents: 80_000 },
    ]);
    await ok(
      'mutation($input: SupplementInput!) { defineSupplement(input: $input) { id } }',
      { input: { name: { fr: 'Ménage' }, mandatory: true, price: 6_000, unit: 'PER_STAY', accommodationIds: [lavandes.accommodationId] } },
      token,
    );
    await ok(CREATE_DOSSIER, dossierInput(lavandes, '2027-07-10', '2027-07-17'), token);
    ids.moulin = await accommodation(token, 'Le Moulin', 'BOOKABLE', [{ from: '2027-06-15', to: '2027-08-31', nights: [7], cents: 60_000 }]);
    ids.mas = await accommodation(token, 'Le Mas', 'BOOKABLE', [{ from: '2027-06-15', to: '2027-08-31', nights: [7], cents: 90_000 }]);
    ids.grange = await accommodation(token, 'La Grange', 'LISTED', [{ from: '2027-06-15', to: '2027-08-31', nights: [7], cents: 50_000 }]);
    ids.cabanon = await accommodation(token, 'Le Cabanon', 'HIDDEN', [{ from: '2027-06-15', to: '2027-08-31', nights: [7], cents: 40_000 }]);

    const other = await ownerWithGite(t, 'Gîte des Règles');
    ids.rules = other.accommodationId;
    await price(other.owner.token, ids.rules, 'BOOKABLE', [{ from: '2027-06-01', to: '2027-08-31', nights: [2, 7], cents: 50_000 }]);
    await ok(
      'mutation($input: BookingRulesInput!) { setBookingRules(input: $input) { minimumStay } }',
      { input: { accommodationId: ids.rules, minimumStay: 3, closedToArrival: ['SUNDAY'], leadTime: { kind: 'DAYS_AHEAD', days: 30 } } },
      other.owner.token,
    );
  });
  afterAll(() => t.close());

  it('offers a free stay with its quote, and no other arrival', async () => {
    const [offer] = await offers({ accommodationId: ids.moulin, arrival: '2027-07-10', nights: 7, occupants: [{ ageRangeId: lavandes.adults, count: 2 }] });
    expect(offer).toEqual({
      accommodationId: ids.moulin,
      accommodationName: 'Le Moulin',
      arrival: '2027-07-10',
      departure: '2027-07-17',
      nights: 7,
      bookable: true,
      quote: { persons: 2, bookable: true, total: { cents: 60_000 }, refusals: [] },
      nearestArrivals: [],
    });
  });

  it('counts one adult when the guest does not say who stays', async () => {
    const [offer] = await offers({ accommodationId: ids.moulin, arrival: '2027-07-10', nights: 7 });
    expect(offer.quote.persons).toBe(1);
  });

  it('suggests, for a week already taken, the nearest arrivals either side, the earlier of two as near, at their quoted totals', async () => {
    const [offer] = await offers({ accommodationId: lavandes.accommodationId, arrival: '2027-07-10', nights: 7 });
    expect(offer).toMatchObject({ bookable: false, quote: { refusals: [{ code: 'UNAVAILABLE' }] } });
    // Weeks arriving from the 17th cost 800 €; each total has the 60 € cleaning fee.
    expect(offer.nearestArrivals).toEqual([
      { arrival: '2027-07-03', departure: '2027-07-10', total: { cents: 76_000 } },
      { arrival: '2027-07-17', departure: '2027-07-24', total: { cents: 86_000 } },
      { arrival: '2027-07-02', departure: '2027-07-09', total: { cents: 76_000 } },
      { arrival: '2027-07-18', departure: '2027-07-25', total: { cents: 86_000 } },
    ]);
  });

  it('suggests arrivals on the days the rules allow when the asked day is closed to arrivals', async () => {
    const [offer] = await offers({ accommodationId: ids.rules, arrival: '2027-07-11', nights: 7 });
    expect(offer.quote.refusals.map((r) => r.code)).toEqual(['CLOSED_TO_ARRIVAL']);
    expect(offer.nearestArrivals.map((s) => s.arrival)).toEqual(['2027-07-10', '2027-07-12', '2027-07-09', '2027-07-13']);
  });

  it('suggests no arrival sooner than the lead time allows, nor on a day closed to arrivals', async () => {
    const [offer] = await offers({ accommodationId: ids.rules, arrival: '2027-06-28', nights: 7 });
    expect(offer.quote.refusals.map((r) => r.code)).toEqual(['LEAD_TIME']);
    // 30 days ahead of 1 June is 1 July; 4 July is a Sunday.
    expect(offer.nearestArrivals.map((s) => s.arrival)).toEqual(['2027-07-01', '2027-07-02', '2027-07-03', '2027-07-05']);
  });

  it('suggests nothing for a stay shorter than the minimum: no other day makes it longer', async () => {
    const [offer] = await offers({ accommodationId: ids.rules, arrival: '2027-07-10', nights: 2 });
    expect(offer.quote.refusals.map((r) => r.code)).toEqual(['UNDER_MINIMUM_STAY']);
    expect(offer.nearestArrivals).toEqual([]);
  });

  it('suggests nothing to a party the gîte cannot sleep, even for a week already taken', async () => {
    const [offer] = await offers({ accommodationId: lavandes.accommodationId, arrival: '2027-07-10', nights: 7, occupants: [{ ageRangeId: lavandes.adults, count: 5 }] });
    expect(offer.quote.refusals.map((r) => r.code).sort()).toEqual(['OVER_CAPACITY', 'UNAVAILABLE']);
    expect(offer.nearestArrivals).toEqual([]);
  });

  it('offers an accommodation only listed as not bookable, with no other arrival', async () => {
    const [offer] = await offers({ accommodationId: ids.grange, arrival: '2027-07-10', nights: 7 });
    expect(offer).toMatchObject({ bookable: false, quote: { total: { cents: 50_000 }, refusals: [{ code: 'NOT_BOOKABLE_ONLINE' }] }, nearestArrivals: [] });
  });

  it('does not show a hidden accommodation to guests, but shows it to its owner', async () => {
    const guest = await search({ accommodationId: ids.cabanon, arrival: '2027-07-10', nights: 7 });
    expect(guest.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.accommodationId' });
    const [offer] = await offers({ accommodationId: ids.cabanon, arrival: '2027-07-10', nights: 7 }, lavandes.owner.token);
    expect(offer).toMatchObject({ accommodationName: 'Le Cabanon', bookable: false });
  });

  it('searches every accommodation of an owner a guest may see: those that may be booked first, then the cheapest', async () => {
    const found = await offers({ ownerId: lavandes.owner.id, arrival: '2027-07-10', nights: 7 });
    expect(found.map((o) => [o.accommodationName, o.bookable, o.quote.total.cents])).toEqual([
      ['Le Moulin', true, 60_000],
      ['Le Mas', true, 90_000],
      ['La Grange', false, 50_000],
      ['Gîte des Lavandes', false, 76_000],
    ]);
    expect(found.find((o) => o.accommodationName === 'Gîte des Lavandes')?.nearestArrivals).toHaveLength(4);
  });

  it('searches an owner’s accommodations as a guest sees them, even for the owner', async () => {
    const found = await offers({ ownerId: lavandes.owner.id, arrival: '2027-07-10', nights: 7 }, lavandes.owner.token);
    expect(found.map((o) => o.accommodationName)).not.toContain('Le Cabanon');
    expect(found).toHaveLength(4);
  });

  it('finds nothing over an owner with no accommodation to show', async () => {
    expect(await offers({ ownerId: randomUUID(), arrival: '2027-07-10', nights: 7 })).toEqual([]);
    expect(await offers({ ownerId: 'not-an-id', arrival: '2027-07-10', nights: 7 })).toEqual([]);
  });

  describe('the language of the refusals', () => {
    const taken = { arrival: '2027-07-10', nights: 7 };
    const french = 'Les nuits du samedi 10 juillet 2027 au vendredi 16 juillet 2027 sont déjà prises';
    const english = 'The nights of Saturday 10 July 2027 to Friday 16 July 2027 are taken';

    it('is French by default', async () => {
      const [offer] = await offers({ ...taken, accommodationId: lavandes.accommodationId });
      expect(offer.quote.refusals[0].message).toBe(french);
    });

    it('is English when asked', async () => {
      const [offer] = await offers({ ...taken, accommodationId: lavandes.accommodationId, lang: 'EN' });
      expect(offer.quote.refusals[0].message).toBe(english);
    });

    it('is the browser’s when not asked, and what is asked over the browser’s', async () => {
      const withBrowser = async (input: Record<string, unknown>): Promise<GraphqlAnswer<{ searchStays: Offer[] }>> => {
        const response = await fetch(t.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'accept-language': 'en-GB,en;q=0.9,fr;q=0.8' },
          body: JSON.stringify({ query: SEARCH, variables: { input } }),
        });
        return (await response.json()) as GraphqlAnswer<{ searchStays: Offer[] }>;
      };
      expect((await withBrowser({ ...taken, accommodationId: lavandes.accommodationId })).data?.searchStays[0].quote.refusals[0].message).toBe(english);
      expect((await withBrowser({ ...taken, accommodationId: lavandes.accommodationId, lang: 'FR' })).data?.searchStays[0].quote.refusals[0].message).toBe(french);
    });
  });

  it.each([
    ['both an owner and an accommodation', (): Record<string, unknown> => ({ ownerId: lavandes.owner.id, accommodationId: ids.moulin }), 'input.ownerId'],
    ['neither an owner nor an accommodation', (): Record<string, unknown> => ({}), 'input.accommodationId'],
    ['no night', (): Record<string, unknown> => ({ accommodationId: ids.moulin, nights: 0 }), 'input.nights'],
    ['more nights than a seasonal let allows', (): Record<string, unknown> => ({ accommodationId: ids.moulin, nights: 91 }), 'input.nights'],
    ['an age range the owner does not have', (): Record<string, unknown> => ({ accommodationId: ids.moulin, occupants: [{ ageRangeId: randomUUID(), count: 2 }] }), 'input.occupants[0].ageRangeId'],
    ['a supplement none of the owner’s accommodations offers', (): Record<string, unknown> => ({ ownerId: lavandes.owner.id, optionalSupplementIds: [randomUUID()] }), 'input.optionalSupplementIds[0]'],
  ])('refuses %s with BAD_USER_INPUT, naming the field', async (_, input, field) => {
    const answer = await search({ arrival: '2027-07-10', nights: 7, ...input() });
    expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});
