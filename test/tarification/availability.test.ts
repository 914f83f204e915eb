import { CREATE_DOSSIER, dossierInput, ownerWithGite, type OwnerWithGite } from '../support/booking-fixtures';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app';

/**
 * A guest's calendar over GraphQL, without a token: a gîte let by the week from Saturday and for
 * weekends in July 2027, with an option, a confirmed file and a block on it. 3, 10, 17, 24 and
 * 31 July 2027 are Saturdays.
 */
const AVAILABILITY = `query($id: ID!, $from: Date!, $to: Date!) { availability(accommodationId: $id, from: $from, to: $to) { date state arrivalAllowed departureAllowed } }`;

interface Day {
  date: string;
  state: string;
  arrivalAllowed: boolean;
  departureAllowed: boolean;
}

describe('the availability calendar guests read', () => {
  let t: TestApp;
  let gite: OwnerWithGite;
  let days: Map<string, Day>;

  beforeAll(async () => {
    t = await startTestApp({ clock: new ManualClock(new Date('2027-06-01T08:00:00Z')) });
    gite = await ownerWithGite(t);
    const ok = async (document: string, variables: Record<string, unknown>) => {
      const answer = await t.gql(document, variables, gite.owner.token);
      if (answer.errors) throw new Error(JSON.stringify(answer.errors));
      return answer.data ?? {};
    };
    await ok('mutation($id: ID!) { setAccommodationVisibility(id: $id, visibility: BOOKABLE) { id } }', { id: gite.accommodationId });
    await ok('mutation($input: SetRatesInput!) { setRates(input: $input) { count } }', {
      input: { accommodationId: gite.accommodationId, periods: [{ from: '2027-07-01', to: '2027-07-31' }], nights: [2, 7], arrivalDays: ['SATURDAY'], initialPrice: 60_000 },
    });
    await ok(CREATE_DOSSIER, dossierInput(gite, '2027-07-03', '2027-07-10'));
    const confirmed = await ok(CREATE_DOSSIER, dossierInput(gite, '2027-07-10', '2027-07-12', 20_000, 'Durand'));
    await ok('mutation($id: ID!) { confirmDossier(id: $id) { status } }', { id: confirmed.createDossier.id });
    await ok('mutation($id: ID!) { blockNights(accommodationId: $id, from: "2027-07-24", to: "2027-07-26", reason: "Travaux") { id } }', { id: gite.accommodationId });
    const answer = await t.gql<{ availability: Day[] }>(AVAILABILITY, { id: gite.accommodationId, from: '2027-06-28', to: '2027-08-09' });
    expect(answer.errors).toBeUndefined();
    days = new Map((answer.data?.availability ?? []).map((day) => [day.date, day]));
  });
  afterAll(() => t.close());

  it('answers every day of the range, and nothing that names a guest or a file', () => {
    expect(days.size).toBe(42);
    expect(Object.keys(days.get('2027-07-05') ?? {}).sort()).toEqual(['arrivalAllowed', 'date', 'departureAllowed', 'state']);
  });

  it.each([
    ['2027-07-03', 'OPTION', 'held by an unpaid option'],
    ['2027-07-10', 'UNAVAILABLE', 'held by a confirmed file'],
    ['2027-07-24', 'UNAVAILABLE', 'blocked by the owner'],
    ['2027-07-17', 'AVAILABLE', 'free and priced'],
    ['2027-06-30', 'UNKNOWN', 'priced by no rate'],
    ['2027-08-08', 'UNKNOWN', 'beyond the rates'],
  ])('shows %s as %s: %s', (date, state) => expect(days.get(date)?.state).toBe(state));

  it('lets a stay start only on a free Saturday whose week or weekend is free, and end where such a stay ends', () => {
    expect(days.get('2027-07-17')).toMatchObject({ arrivalAllowed: true, departureAllowed: false });
    expect(days.get('2027-07-19')).toMatchObject({ arrivalAllowed: false, departureAllowed: true });
    expect(days.get('2027-07-24')?.arrivalAllowed).toBe(false);
    // The week from the 17th ends the day the block starts: its nights are all free.
    expect(days.get('2027-07-24')?.departureAllowed).toBe(true);
    // No stay ends on the 26th: the weekend from the 24th is blocked.
    expect(days.get('2027-07-26')?.departureAllowed).toBe(false);
    expect(days.get('2027-07-31')).toMatchObject({ arrivalAllowed: true, departureAllowed: false });
  });

  it('lets no stay start or end on an accommodation only listed, and still shows its nights', async () => {
    const listed = await ownerWithGite(t, 'Gîte en vitrine');
    await t.gql('mutation($id: ID!) { setAccommodationVisibility(id: $id, visibility: LISTED) { id } }', { id: listed.accommodationId }, listed.owner.token);
    await t.gql(
      'mutation($input: SetRatesInput!) { setRates(input: $input) { count } }',
      { input: { accommodationId: listed.accommodationId, periods: [{ from: '2027-07-01', to: '2027-07-31' }], nights: [7], arrivalDays: ['SATURDAY'], initialPrice: 60_000 } },
      listed.owner.token,
    );
    const answer = await t.gql<{ availability: Day[] }>(AVAILABILITY, { id: listed.accommodationId, from: '2027-07-03', to: '2027-07-04' });
    expect(answer.data?.availability).toEqual([{ date: '2027-07-03', state: 'AVAILABLE', arrivalAllowed: false, departureAllowed: false }]);
  });

  it('does not show a hidden accommodation to guests, but shows it to its owner', async () => {
    // A new accommodation is hidden until its owner shows it.
    const hidden = await ownerWithGite(t, 'Gîte caché');
    const variables = { id: hidden.accommodationId, from: '2027-07-01', to: '2027-07-08' };
    const guest = await t.gql(AVAILABILITY, variables);
    expect(guest.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'accommodationId' });
    expect((await t.gql(AVAILABILITY, variables, gite.owner.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql<{ availability: Day[] }>(AVAILABILITY, variables, hidden.owner.token)).data?.availability).toHaveLength(7);
  });

  it.each([
    ['a range that ends before it starts', '2027-07-10', '2027-07-01', 'to'],
    ['a range over 367 days', '2027-07-01', '2028-07-03', 'to'],
  ])('refuses %s with BAD_USER_INPUT, naming the field', async (_, from, to, field) => {
    const answer = await t.gql(AVAILABILITY, { id: gite.accommodationId, from, to });
    expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('gives guests the price table of the period: each length of stay with its price range', async () => {
    const answer = await t.gql<{ priceTable: { kind: string; nights: number; label: string; min: { cents: number }; max: { cents: number } }[] }>(
      'query($id: ID!, $lang: Lang) { priceTable(accommodationId: $id, from: "2027-07-01", to: "2027-08-01", lang: $lang) { kind nights label min { cents } max { cents } } }',
      { id: gite.accommodationId, lang: 'EN' },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.priceTable).toEqual([
      { kind: 'WEEKEND', nights: 2, label: 'Weekend', min: { cents: 60_000 }, max: { cents: 60_000 } },
      { kind: 'WEEK', nights: 7, label: 'Week', min: { cents: 60_000 }, max: { cents: 60_000 } },
    ]);
  });

  it('tells a guest why a stay is refused in French when asked, in English otherwise', async () => {
    const QUOTE = 'query($input: QuoteInput!) { quote(input: $input) { bookable refusals { code message } reasons } }';
    const input = { accommodationId: gite.accommodationId, arrival: '2027-07-03', departure: '2027-07-10', occupants: [{ ageRangeId: gite.adults, count: 2 }] };
    const french = await t.gql<{ quote: { refusals: { code: string; message: string }[]; reasons: string[] } }>(QUOTE, { input: { ...input, lang: 'FR' } });
    expect(french.data?.quote.refusals).toEqual([{ code: 'UNAVAILABLE', message: 'Les nuits du samedi 3 juillet 2027 au vendredi 9 juillet 2027 sont déjà prises' }]);
    expect(french.data?.quote.reasons).toEqual(['Les nuits du samedi 3 juillet 2027 au vendredi 9 juillet 2027 sont déjà prises']);
    const english = await t.gql<{ quote: { refusals: { code: string; message: string }[] } }>(QUOTE, { input });
    expect(english.data?.quote.refusals).toEqual([{ code: 'UNAVAILABLE', message: 'The nights of Saturday 3 July 2027 to Friday 9 July 2027 are taken' }]);
  });
});
