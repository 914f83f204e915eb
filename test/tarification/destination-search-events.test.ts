import { signUpOwner, type SignedUpOwner } from '../support/owners';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app';
import { until } from '../support/until';

/**
 * A destination's search fed by the real events: an owner lists gîtes with a destination, and
 * what guests find follows what happens to them — rates, a block, a booking, a visibility, an
 * owner leaving — through the read models Tarification keeps from Catalogue's and Reservation's
 * events.
 */
const EVERY_DAY = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const SEARCH = `query($id: ID!, $input: DestinationSearchInput!) { searchDestination(destinationId: $id, input: $input) {
  nodes { accommodationId name city department arrival departure price { cents } } } }`;
const WEEK = { arrival: '2027-07-03', nights: 7, guests: 4 };

describe('a destination’s search, fed by events', () => {
  let t: TestApp;
  let owner: SignedUpOwner;
  let destinationId: string;
  const gites: Record<string, string> = {};

  const ok = async (query: string, variables: Record<string, unknown> = {}, token = owner.token) => {
    const answer = await t.gql(query, variables, token);
    expect(answer.errors).toBeUndefined();
    return answer.data ?? {};
  };
  const found = async (input: Record<string, unknown> = WEEK): Promise<string[]> =>
    ((await ok(SEARCH, { id: destinationId, input }, '')).searchDestination.nodes as { name: string }[]).map((n) => n.name);
  const becomes = (what: string, want: string[], input: Record<string, unknown> = WEEK) =>
    until(what, async () => {
      const names = await found(input);
      return JSON.stringify(names) === JSON.stringify(want) ? names : null;
    });

  const gite = async (name: string, postalCode: string, city: string, maxCapacity: number, price: number): Promise<string> => {
    const created = await ok('mutation($input: AccommodationInput!) { createAccommodation(input: $input) { id } }', {
      input: { name, kind: 'HOLIDAY_RENTAL', postalCode, city, maxCapacity, latitude: 44.89, longitude: 1.22, description: { fr: 'Un gîte.' } },
    });
    const id = created.createAccommodation.id as string;
    await ok('mutation($id: ID!) { setAccommodationVisibility(id: $id, visibility: BOOKABLE) { id } }', { id });
    await ok('mutation($input: SetRatesInput!) { setRates(input: $input) { count } }', {
      input: { accommodationId: id, periods: [{ from: '2027-06-01', to: '2027-09-30' }], nights: [7], arrivalDays: EVERY_DAY, initialPrice: price },
    });
    return id;
  };

  beforeAll(async () => {
    t = await startTestApp({ clock: new ManualClock(new Date('2027-01-04T09:00:00Z')) });
    owner = await signUpOwner(t);
    const destination = await t.gql(
      'mutation($input: DestinationSignUpInput!) { signUpDestination(input: $input) { destination { id } } }',
      { input: { name: 'Périgord Noir Tourisme', kind: 'TOURISM_AGENCY', area: ['24'], website: 'https://www.perigord-noir.example', email: 'contact@perigord-noir.example', password: 'a destination passphrase' } },
    );
    destinationId = destination.data?.signUpDestination.destination.id as string;
    gites.sarlat = await gite('Les Tilleuls', '24200', 'Sarlat-la-Canéda', 6, 70_000);
    gites.domme = await gite('La Bastide', '24250', 'Domme', 4, 55_000);
    gites.small = await gite('Le Pigeonnier', '24200', 'Sarlat-la-Canéda', 2, 40_000);
    await ok('mutation($d: ID!, $ids: [ID!]!) { joinDestination(destinationId: $d, accommodationIds: $ids) { destination { id } } }', {
      d: destinationId,
      ids: [gites.sarlat, gites.domme, gites.small],
    });
  });
  afterAll(() => t.close());

  it('finds the listed gîtes that sleep the guests, cheapest first, in their department and commune', async () => {
    await becomes('both gîtes for 4', ['La Bastide', 'Les Tilleuls']);
    const [first] = (await ok(SEARCH, { id: destinationId, input: { ...WEEK, department: '24' } }, '')).searchDestination.nodes as Record<string, unknown>[];
    expect(first).toMatchObject({ name: 'La Bastide', city: 'Domme', department: '24', arrival: '2027-07-03', departure: '2027-07-10', price: { cents: 55_000 } });
    expect(await found({ ...WEEK, commune: 'sarlat la caneda' })).toEqual(['Les Tilleuls']);
    expect(await found({ ...WEEK, department: '46' })).toEqual([]);
  });

  it('leaves out a gîte whose nights are blocked, and offers it again once they are free', async () => {
    const block = { id: gites.domme, from: '2027-07-05', to: '2027-07-06' };
    await ok('mutation($id: ID!, $from: Date!, $to: Date!) { blockNights(accommodationId: $id, from: $from, to: $to) { id } }', block);
    await becomes('La Bastide blocked', ['Les Tilleuls']);
    await ok('mutation($id: ID!, $from: Date!, $to: Date!) { unblockNights(accommodationId: $id, from: $from, to: $to) }', block);
    await becomes('La Bastide free again', ['La Bastide', 'Les Tilleuls']);
  });

  it('leaves out a gîte booked for those nights by a file', async () => {
    const ranges = (await ok('{ ageRanges { id label } }')).ageRanges as { id: string; label: string }[];
    const adults = ranges.find((r) => r.label === 'Adult')?.id;
    await ok('mutation($input: CreateDossierInput!) { createDossier(input: $input) { id } }', {
      input: { accommodationId: gites.sarlat, arrival: '2027-07-08', departure: '2027-07-12', occupants: [{ ageRangeId: adults, count: 2 }], price: 40_000, guest: { lastName: 'Martin' } },
    });
    await becomes('Les Tilleuls booked', ['La Bastide']);
    expect(await found({ ...WEEK, arrival: '2027-07-17' })).toEqual(['La Bastide', 'Les Tilleuls']);
  });

  it('leaves out a gîte that is no longer bookable online, and every gîte of an owner who left', async () => {
    await ok('mutation($id: ID!) { setAccommodationVisibility(id: $id, visibility: LISTED) { id } }', { id: gites.domme });
    await becomes('La Bastide only listed', [], WEEK);
    expect(await found({ ...WEEK, arrival: '2027-07-17' })).toEqual(['Les Tilleuls']);
    await ok('mutation($d: ID!) { leaveDestination(destinationId: $d) }', { d: destinationId });
    await becomes('the owner gone', [], { ...WEEK, arrival: '2027-07-17' });
  });
});
