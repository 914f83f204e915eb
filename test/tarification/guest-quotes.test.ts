import { CREATE_DOSSIER, dossierInput, ownerWithGite, type OwnerWithGite } from '../support/booking-fixtures';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app';

const QUOTE = 'query($input: QuoteInput!) { quote(input: $input) { bookable refusals { code message } persons total { cents } } }';
const BLOCK = 'mutation($id: ID!, $from: Date!, $to: Date!) { blockNights(accommodationId: $id, from: $from, to: $to) { id } }';
const EVERY_DAY = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

interface Quote {
  bookable: boolean;
  refusals: { code: string; message: string }[];
  persons: number;
  total: { cents: number };
}

/** What a guest (no token) is told about a stay: nights already taken, and who counts towards capacity. */
describe('guest quotes over GraphQL', () => {
  const clock = new ManualClock(new Date('2026-06-01T10:00:00Z'));
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ clock });
  });
  afterAll(() => t.close());

  const ok = async (query: string, variables: Record<string, unknown>, token: string) => {
    const answer = await t.gql(query, variables, token);
    if (answer.errors) throw new Error(`${query.slice(0, 40)}… failed: ${JSON.stringify(answer.errors)}`);
    return answer.data;
  };

  /** A gîte a guest may book, priced for stays of 1 to 7 nights arriving any day of July 2026. */
  const bookableGite = async (maxCapacity = 4): Promise<OwnerWithGite> => {
    const gite = await ownerWithGite(t);
    const { token } = gite.owner;
    if (maxCapacity !== 4) {
      await ok(
        'mutation($id: ID!, $input: AccommodationInput!) { updateAccommodation(id: $id, input: $input) { id } }',
        { id: gite.accommodationId, input: { name: 'Gîte des Lavandes', kind: 'HOLIDAY_RENTAL', city: 'Gordes', maxCapacity, description: { fr: 'Un gîte.' } } },
        token,
      );
    }
    await ok('mutation($id: ID!) { setAccommodationVisibility(id: $id, visibility: BOOKABLE) { id } }', { id: gite.accommodationId }, token);
    await ok(
      'mutation($input: SetRatesInput!) { setRates(input: $input) { count } }',
      { input: { accommodationId: gite.accommodationId, periods: [{ from: '2026-07-01', to: '2026-07-31' }], nights: [1, 2, 3, 4, 5, 6, 7], arrivalDays: EVERY_DAY, initialPrice: 70_000 } },
      token,
    );
    return gite;
  };

  const guestQuote = async (gite: OwnerWithGite, arrival: string, departure: string, occupants = [{ ageRangeId: gite.adults, count: 2 }]): Promise<Quote> => {
    const answer = await t.gql<{ quote: Quote }>(QUOTE, { input: { accommodationId: gite.accommodationId, arrival, departure, occupants } });
    if (!answer.data?.quote) throw new Error(`quote failed: ${JSON.stringify(answer.errors)}`);
    return answer.data.quote;
  };

  describe('the guest’s language', () => {
    it('says why a promo code does not apply in French when asked, or when the browser prefers it, else in English', async () => {
      const gite = await bookableGite();
      const input = { accommodationId: gite.accommodationId, arrival: '2026-07-04', departure: '2026-07-11', occupants: [{ ageRangeId: gite.adults, count: 2 }], promoCode: 'NOEL' };
      const PROMO = 'query($input: QuoteInput!) { quote(input: $input) { promoCode { code applied message } } }';
      const said = async (extra: Record<string, unknown>, headers: Record<string, string> = {}) => {
        const response = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: PROMO, variables: { input: { ...input, ...extra } } }) });
        return ((await response.json()) as { data: { quote: { promoCode: { message: string } } } }).data.quote.promoCode.message;
      };
      expect(await said({ lang: 'FR' })).toBe('Ce code promo ne s’applique pas à ce séjour');
      expect(await said({}, { 'accept-language': 'fr-FR,fr;q=0.9' })).toBe('Ce code promo ne s’applique pas à ce séjour');
      expect(await said({})).toBe('This promo code does not apply to this stay');
      expect(await said({ lang: 'EN' }, { 'accept-language': 'fr' })).toBe('This promo code does not apply to this stay');
    });
  });

  describe('nights already taken', () => {
    let gite: OwnerWithGite;

    beforeAll(async () => {
      gite = await bookableGite();
      // Booked: the nights of Friday 10 and Saturday 11 July; blocked: the night of Wednesday 15 July.
      await ok(CREATE_DOSSIER, dossierInput(gite, '2026-07-10', '2026-07-12'), gite.owner.token);
      await ok(BLOCK, { id: gite.accommodationId, from: '2026-07-15', to: '2026-07-16' }, gite.owner.token);
    });

    it('refuses a stay over booked nights with UNAVAILABLE, naming exactly the taken nights within the stay, and still prices it', async () =>
      expect(await guestQuote(gite, '2026-07-08', '2026-07-15')).toEqual({
        bookable: false,
        refusals: [{ code: 'UNAVAILABLE', message: 'The nights of Friday 10 July 2026 to Saturday 11 July 2026 are taken' }],
        persons: 2,
        total: { cents: 70_000 },
      }));

    it('names a booked night and a blocked night within the stay, and none outside it', async () =>
      expect((await guestQuote(gite, '2026-07-11', '2026-07-17')).refusals).toEqual([
        { code: 'UNAVAILABLE', message: 'The night of Saturday 11 July 2026 and the night of Wednesday 15 July 2026 are taken' },
      ]));

    it('refuses a stay over blocked nights alone', async () =>
      expect((await guestQuote(gite, '2026-07-14', '2026-07-18')).refusals).toEqual([{ code: 'UNAVAILABLE', message: 'The night of Wednesday 15 July 2026 is taken' }]));

    it('lets a guest book the free nights between them: arriving the day the file leaves, leaving the day the block starts', async () =>
      expect(await guestQuote(gite, '2026-07-12', '2026-07-15')).toMatchObject({ bookable: true, refusals: [] }));

    it('lets a guest book the nights before the file, leaving the day it arrives, and those after the block', async () => {
      expect(await guestQuote(gite, '2026-07-05', '2026-07-10')).toMatchObject({ bookable: true, refusals: [] });
      expect(await guestQuote(gite, '2026-07-16', '2026-07-23')).toMatchObject({ bookable: true, refusals: [] });
    });

    it('merges a file and a block that follow one another into one span of nights', async () => {
      await ok(BLOCK, { id: gite.accommodationId, from: '2026-07-12', to: '2026-07-13' }, gite.owner.token);
      expect((await guestQuote(gite, '2026-07-09', '2026-07-14')).refusals).toEqual([
        { code: 'UNAVAILABLE', message: 'The nights of Friday 10 July 2026 to Sunday 12 July 2026 are taken' },
      ]);
      await ok('mutation($id: ID!) { unblockNights(accommodationId: $id, from: "2026-07-12", to: "2026-07-13") }', { id: gite.accommodationId }, gite.owner.token);
    });

    it('frees the nights of a cancelled file for the next guest', async () => {
      const other = await bookableGite();
      const file = (await ok(CREATE_DOSSIER, dossierInput(other, '2026-07-20', '2026-07-27'), other.owner.token)) as { createDossier: { id: string } };
      expect((await guestQuote(other, '2026-07-20', '2026-07-27')).bookable).toBe(false);
      await ok('mutation($id: ID!) { cancelDossier(id: $id) { status } }', { id: file.createDossier.id }, other.owner.token);
      expect(await guestQuote(other, '2026-07-20', '2026-07-27')).toMatchObject({ bookable: true, refusals: [] });
    });

    it('tells the owner, quoting their own accommodation, the same', async () => {
      const answer = await t.gql<{ quote: Quote }>(
        QUOTE,
        { input: { accommodationId: gite.accommodationId, arrival: '2026-07-11', departure: '2026-07-13', occupants: [{ ageRangeId: gite.adults, count: 2 }] } },
        gite.owner.token,
      );
      expect(answer.data?.quote.refusals).toEqual([{ code: 'UNAVAILABLE', message: 'The night of Saturday 11 July 2026 is taken' }]);
    });

    it('leaves the owner booking free nights next to a file, the planning judging the nights', async () => {
      const next = await t.gql(CREATE_DOSSIER, dossierInput(gite, '2026-07-12', '2026-07-14', 30_000, 'Durand'), gite.owner.token);
      expect(next.errors).toBeUndefined();
      const clash = await t.gql(CREATE_DOSSIER, dossierInput(gite, '2026-07-11', '2026-07-12', 30_000, 'Petit'), gite.owner.token);
      expect(clash.errors?.[0].extensions?.code).toBe('UNAVAILABLE');
    });
  });

  describe('age ranges that do not count towards capacity', () => {
    let gite: OwnerWithGite;
    let babies: string;

    beforeAll(async () => {
      gite = await bookableGite(2);
      const ranges = (await ok('{ ageRanges { id label } }', {}, gite.owner.token)) as { ageRanges: { id: string; label: string }[] };
      babies = ranges.ageRanges.find((r) => r.label === 'Baby')?.id ?? '';
    });

    const twoAdultsAndABaby = () => [
      { ageRangeId: gite.adults, count: 2 },
      { ageRangeId: babies, count: 1 },
    ];
    const setBabiesCount = (countsTowardsCapacity: boolean) =>
      ok(
        'mutation($id: ID!, $input: AgeRangeInput!) { updateAgeRange(id: $id, input: $input) { id } }',
        { id: babies, input: { label: 'Baby', minAge: 0, maxAge: 2, countsTowardsCapacity } },
        gite.owner.token,
      );

    it('lets 2 adults and a baby book a gîte sleeping 2, since a new owner\'s babies do not count', async () =>
      expect(await guestQuote(gite, '2026-07-04', '2026-07-11', twoAdultsAndABaby())).toMatchObject({ bookable: true, refusals: [], persons: 3 }));

    it('refuses them once the owner counts babies towards capacity, and lets them book again when the owner stops', async () => {
      await setBabiesCount(true);
      expect((await guestQuote(gite, '2026-07-04', '2026-07-11', twoAdultsAndABaby())).refusals).toEqual([
        { code: 'OVER_CAPACITY', message: 'The accommodation sleeps at most 2 persons (asked: 3)' },
      ]);
      await setBabiesCount(false);
      expect((await guestQuote(gite, '2026-07-04', '2026-07-11', twoAdultsAndABaby())).bookable).toBe(true);
    });

    it('still refuses a third adult', async () =>
      expect((await guestQuote(gite, '2026-07-04', '2026-07-11', [{ ageRangeId: gite.adults, count: 3 }])).refusals.map((r) => r.code)).toEqual(['OVER_CAPACITY']));
  });
});
