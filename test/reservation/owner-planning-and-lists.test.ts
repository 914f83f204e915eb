import { signUpOwner, type SignedUpOwner } from '../support/owners';
import { ManualClock, startTestApp, type GraphqlAnswer, type TestApp } from '../support/test-app';

const OWNER_PLANNING = `query($from: Date!, $to: Date!) {
  ownerPlanning(from: $from, to: $to) { accommodationId reference name days { date state dossierId guestName guestLabel nightlyPrice { cents } } } }`;
const PLANNING = 'query($id: ID!, $from: Date!, $to: Date!) { planning(accommodationId: $id, from: $from, to: $to) { date guestName guestLabel } }';
const LIST = `query($orderBy: DossierOrder, $first: Int, $after: String, $filter: DossierFilter) {
  dossiers(orderBy: $orderBy, first: $first, after: $after, filter: $filter) { totalCount pageInfo { endCursor hasNextPage } nodes { number createdAt } } }`;
const ON_DAYS = 'query($date: Date!, $to: Date) { arrivals(date: $date, to: $to) { number } departures(date: $date, to: $to) { number } }';
const EVERY_DAY = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

interface Day {
  date: string;
  state: string;
  dossierId: string | null;
  guestName: string | null;
  guestLabel: string | null;
  nightlyPrice: { cents: number } | null;
}

interface AccommodationPlanning {
  accommodationId: string;
  reference: string;
  name: string;
  days: Day[];
}

/**
 * "Mon planning" (every accommodation of an owner in one query, guests as back offices write
 * them), files listed by when they were made, and the arrivals and departures of a range of days.
 *
 * One owner, files made a minute apart in this order:
 *  #1 Gîte des Roses 5→12 June 2027, Marie Dupont
 *  #2 Gîte des Iris 8→10 June, Les Tilleuls SARL (Élise Lefèvre)
 *  #3 Gîte des Roses 14→16 June, Paul Durand, cancelled
 *  #4 Gîte des Iris 12→19 June, Luc Moreau
 * and nights of the Iris blocked 20→22 June; a third gîte archived.
 */
describe('the owner’s whole planning and day-to-day lists', () => {
  const clock = new ManualClock(new Date('2027-05-01T08:00:00Z'));
  let t: TestApp;
  let owner: SignedUpOwner;
  let adults: string;
  let roses: string;
  let iris: string;

  const ok = async (query: string, variables: Record<string, unknown> = {}, token = owner.token) => {
    const answer = await t.gql(query, variables, token);
    expect(answer.errors).toBeUndefined();
    return answer.data ?? {};
  };
  const refusal = (answer: GraphqlAnswer) => ({ code: answer.errors?.[0].extensions?.code, field: answer.errors?.[0].extensions?.field });
  const gite = async (name: string): Promise<string> =>
    (await ok('mutation($input: AccommodationInput!) { createAccommodation(input: $input) { id } }', { input: { name, kind: 'HOLIDAY_RENTAL', city: 'Sarlat', maxCapacity: 4, description: { fr: 'Un gîte.' } } }))
      .createAccommodation.id as string;
  const open = async (accommodationId: string, arrival: string, departure: string, guest: Record<string, string>): Promise<string> => {
    clock.advance(60_000);
    const input = { accommodationId, arrival, departure, occupants: [{ ageRangeId: adults, count: 2 }], price: 50_000, guest };
    return (await ok('mutation($input: CreateDossierInput!) { createDossier(input: $input) { id } }', { input })).createDossier.id as string;
  };
  const numbers = (list: { number: number }[]) => list.map((file) => file.number);

  beforeAll(async () => {
    t = await startTestApp({ clock });
    owner = await signUpOwner(t);
    adults = ((await ok('{ ageRanges { id label } }')).ageRanges as { id: string; label: string }[]).find((r) => r.label === 'Adult')?.id as string;
    roses = await gite('Gîte des Roses');
    iris = await gite('Gîte des Iris');
    const archived = await gite('Gîte fermé');
    await ok('mutation($id: ID!) { archiveAccommodation(id: $id) { id } }', { id: archived });
    await ok('mutation($input: SetRatesInput!) { setRates(input: $input) { count } }', {
      input: { accommodationId: roses, periods: [{ from: '2027-06-01', to: '2027-06-30' }], nights: [7], arrivalDays: EVERY_DAY, initialPrice: 70_000 },
    });
    await open(roses, '2027-06-05', '2027-06-12', { firstName: 'Marie', lastName: 'Dupont' });
    await open(iris, '2027-06-08', '2027-06-10', { firstName: 'Élise', lastName: 'Lefèvre', company: 'Les Tilleuls SARL' });
    const cancelled = await open(roses, '2027-06-14', '2027-06-16', { firstName: 'Paul', lastName: 'Durand' });
    await ok('mutation($id: ID!) { cancelDossier(id: $id) { id } }', { id: cancelled });
    await open(iris, '2027-06-12', '2027-06-19', { firstName: 'Luc', lastName: 'Moreau' });
    await ok('mutation($id: ID!) { blockNights(accommodationId: $id, from: "2027-06-20", to: "2027-06-22", reason: "Travaux") { id } }', { id: iris });
  });
  afterAll(() => t.close());

  describe('"Mon planning"', () => {
    const ownerPlanning = async (from: string, to: string, token = owner.token): Promise<AccommodationPlanning[]> => (await ok(OWNER_PLANNING, { from, to }, token)).ownerPlanning as AccommodationPlanning[];
    const day = (plannings: AccommodationPlanning[], accommodationId: string, date: string): Day | undefined =>
      plannings.find((p) => p.accommodationId === accommodationId)?.days.find((d) => d.date === date);

    it('gives every accommodation not archived, in the order made, each with every night of the range', async () => {
      const plannings = await ownerPlanning('2027-06-01', '2027-07-01');
      expect(plannings.map((p) => p.name)).toEqual(['Gîte des Roses', 'Gîte des Iris']);
      expect(plannings.map((p) => p.reference)).toEqual([expect.stringMatching(/^OSMB-\d+-1$/), expect.stringMatching(/^OSMB-\d+-2$/)]);
      for (const planning of plannings) expect(planning.days.map((d) => d.date)).toEqual(Array.from({ length: 30 }, (_, i) => `2027-06-${String(i + 1).padStart(2, '0')}`));
    });

    it('shows each night as the planning of its accommodation does, guests written "LASTNAME Firstname"', async () => {
      const plannings = await ownerPlanning('2027-06-01', '2027-07-01');
      expect(day(plannings, roses, '2027-06-05')).toMatchObject({ state: 'OPTION', guestName: 'Marie Dupont', guestLabel: 'DUPONT Marie', nightlyPrice: { cents: 10_000 } });
      expect(day(plannings, roses, '2027-06-14')).toMatchObject({ state: 'FREE', dossierId: null, guestLabel: null });
      expect(day(plannings, iris, '2027-06-08')).toMatchObject({ state: 'OPTION', guestLabel: 'Les Tilleuls SARL (LEFÈVRE Élise)', nightlyPrice: null });
      expect(day(plannings, iris, '2027-06-12')).toMatchObject({ guestLabel: 'MOREAU Luc' });
      expect(day(plannings, iris, '2027-06-20')).toMatchObject({ state: 'BLOCKED', guestLabel: null });
      const single = (await ok(PLANNING, { id: iris, from: '2027-06-01', to: '2027-07-01' })).planning as Day[];
      expect(single).toEqual(plannings[1].days.map(({ date, guestName, guestLabel }) => ({ date, guestName, guestLabel })));
    });

    it('shows guests’ names only to keys that may read guests', async () => {
      const key = async (scopes: string[]) =>
        (await ok('mutation($scopes: [ApiScope!]!) { createApiKey(name: "Planning", scopes: $scopes) { key } }', { scopes })).createApiKey.key as string;
      const withoutGuests = await ownerPlanning('2027-06-05', '2027-06-06', await key(['AVAILABILITY_READ']));
      expect(day(withoutGuests, roses, '2027-06-05')).toMatchObject({ state: 'OPTION', guestName: null, guestLabel: null });
      const withGuests = await ownerPlanning('2027-06-05', '2027-06-06', await key(['AVAILABILITY_READ', 'GUESTS_READ']));
      expect(day(withGuests, roses, '2027-06-05')).toMatchObject({ guestLabel: 'DUPONT Marie' });
      const bookingsOnly = await t.gql(OWNER_PLANNING, { from: '2027-06-05', to: '2027-06-06' }, await key(['BOOKINGS_READ']));
      expect(refusal(bookingsOnly).code).toBe('FORBIDDEN');
    });

    it('refuses more than 93 days, or a range that ends before it starts', async () => {
      expect(refusal(await t.gql(OWNER_PLANNING, { from: '2027-06-01', to: '2027-09-03' }, owner.token))).toEqual({ code: 'BAD_USER_INPUT', field: 'to' });
      expect(refusal(await t.gql(OWNER_PLANNING, { from: '2027-06-10', to: '2027-06-10' }, owner.token))).toEqual({ code: 'BAD_USER_INPUT', field: 'to' });
      expect((await ownerPlanning('2027-06-01', '2027-09-02'))[0].days).toHaveLength(93);
    });

    it('is an empty list for an owner with no accommodation', async () => {
      const newcomer = await signUpOwner(t);
      expect(await ownerPlanning('2027-06-01', '2027-07-01', newcomer.token)).toEqual([]);
    });
  });

  describe('files by when they were made ("dernières réservations")', () => {
    const page = async (variables: Record<string, unknown>) => (await ok(LIST, variables)).dossiers as { totalCount: number; pageInfo: { endCursor: string | null; hasNextPage: boolean }; nodes: { number: number; createdAt: string }[] };

    it('lists by first arrival, then number, unless asked otherwise', async () => {
      expect(numbers((await page({})).nodes)).toEqual([1, 2, 4, 3]);
      expect(numbers((await page({ orderBy: 'ARRIVAL' })).nodes)).toEqual([1, 2, 4, 3]);
    });

    it('lists the latest made first, or the oldest, page by page, with every filter', async () => {
      const first = await page({ orderBy: 'CREATED_DESC', first: 3 });
      expect(first).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
      expect(numbers(first.nodes)).toEqual([4, 3, 2]);
      const rest = await page({ orderBy: 'CREATED_DESC', first: 3, after: first.pageInfo.endCursor });
      expect(numbers(rest.nodes)).toEqual([1]);
      expect(rest.pageInfo.hasNextPage).toBe(false);
      expect(numbers((await page({ orderBy: 'CREATED_ASC' })).nodes)).toEqual([1, 2, 3, 4]);
      expect(numbers((await page({ orderBy: 'CREATED_DESC', filter: { accommodationId: iris } })).nodes)).toEqual([4, 2]);
    });

    it('refuses a cursor given by a list in another order', async () => {
      const byArrival = await page({ first: 1 });
      const answer = await t.gql(LIST, { orderBy: 'CREATED_DESC', after: byArrival.pageInfo.endCursor }, owner.token);
      expect(refusal(answer)).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    });
  });

  describe('arrivals and departures of a range of days', () => {
    const onDays = async (date: string, to?: string) => {
      const { arrivals, departures } = await ok(ON_DAYS, { date, to });
      return { arrivals: numbers(arrivals as { number: number }[]), departures: numbers(departures as { number: number }[]) };
    };

    it('lists one day as before', async () => expect(await onDays('2027-06-12')).toEqual({ arrivals: [4], departures: [1] }));

    it('lists a range, both days included, by day then number, cancelled files left out', async () => {
      expect(await onDays('2027-06-05', '2027-06-12')).toEqual({ arrivals: [1, 2, 4], departures: [2, 1] });
      expect(await onDays('2027-06-13', '2027-06-19')).toEqual({ arrivals: [], departures: [4] });
    });

    it('refuses more than 93 days, or an end before the start', async () => {
      expect(refusal(await t.gql(ON_DAYS, { date: '2027-06-01', to: '2027-09-02' }, owner.token))).toEqual({ code: 'BAD_USER_INPUT', field: 'to' });
      expect(refusal(await t.gql(ON_DAYS, { date: '2027-06-10', to: '2027-06-09' }, owner.token))).toEqual({ code: 'BAD_USER_INPUT', field: 'to' });
      expect(await onDays('2027-06-01', '2027-09-01')).toEqual({ arrivals: [1, 2, 4], departures: [2, 1, 4] });
    });
  });
});
