import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port';
import { guestBookingEvents } from '../../src/reservation/domain/guest-booking/guest-booking.events';
import type { OwnerWithGite } from '../support/booking-fixtures';
import { bookableGite } from '../support/guest-booking-fixtures';
import { PASSWORD, uniqueEmail } from '../support/owners';
import { ManualClock, startTestApp, type GraphqlAnswer, type TestApp } from '../support/test-app';
import { until } from '../support/until';

/**
 * Guests booking through a destination's marketplace, over GraphQL and HTTP: the owner's gîte
 * (600 € a week from Saturday, July and August 2027, the local payment provider connected) listed
 * by Périgord Tourisme (D1) and not by Causses Tourisme (D2). A booking names the destination it
 * came through; that destination, and no other, lists it; the owner's own site stays ONLINE.
 * Weeks: 3 July through D1 (pre-booked), 17 July on the owner's site, 24 July through D1 (paid
 * online), 10 July through D1 (for paging); 7 and 14 August stay free.
 */
const BOOK_STAY = 'mutation($input: BookStayInput!) { bookStay(input: $input) { dossierId number status paymentUrl total { cents } } }';
const DOSSIER = 'query($id: ID!) { dossier(id: $id) { origin destinationId status total { cents } } }';
const DESTINATION_BOOKINGS = `query($first: Int, $after: String) { destinationBookings(first: $first, after: $after) {
  nodes { bookingId number status createdAt ownerName stays { accommodationId accommodationName arrival departure nights persons } guestName total { cents } }
  pageInfo { endCursor hasNextPage } totalCount } }`;
const AVAILABILITY = 'query($id: ID!, $from: Date!, $to: Date!) { availability(accommodationId: $id, from: $from, to: $to) { date state } }';
const SEARCH = `query($id: ID!, $input: DestinationSearchInput!) { searchDestination(destinationId: $id, input: $input) { nodes { accommodationId arrival departure bookingUrl } } }`;

const NOT_LISTED_FR = 'Ce logement n’est plus proposé par ce site : réservez-le sur le site du propriétaire, ou choisissez-en un autre.';
const NOT_LISTED_EN = 'This accommodation is no longer offered by this site: book it on the owner’s own site, or choose another one.';

interface Booking {
  dossierId: string;
  number: number | null;
  status: string;
  paymentUrl: string | null;
  total: { cents: number };
}

interface DestinationBooking {
  bookingId: string;
  number: number | null;
  status: string;
  createdAt: string;
}

interface DestinationBookingPage {
  nodes: DestinationBooking[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  totalCount: number;
}

interface Destination {
  readonly id: string;
  readonly token: string;
}

describe('guests booking through a destination’s marketplace', () => {
  let t: TestApp;
  let base: string;
  let gite: OwnerWithGite;
  let d1: Destination;
  let d2: Destination;
  const clock = new ManualClock(new Date('2027-06-01T08:00:00Z'));
  /** The files, each made a minute after the one before. */
  const made = new Map<'preBooked' | 'ownSite' | 'paidOnline' | 'third', Booking>();
  const bookingOf = (which: 'preBooked' | 'ownSite' | 'paidOnline' | 'third'): Booking => {
    const booking = made.get(which);
    if (!booking) throw new Error(`the ${which} booking was not made: an earlier case failed`);
    return booking;
  };

  const ok = async (document: string, variables: Record<string, unknown> = {}, token?: string) => {
    const answer = await t.gql(document, variables, token);
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    return answer.data ?? {};
  };

  const signUpDestination = async (name: string): Promise<Destination> => {
    const input = { name, kind: 'TOURISM_AGENCY', area: ['24'], website: 'https://www.destination.example.fr', email: uniqueEmail('destination'), password: PASSWORD };
    const { signUpDestination: signedUp } = await ok('mutation($input: DestinationSignUpInput!) { signUpDestination(input: $input) { token destination { id } } }', { input });
    return { id: signedUp.destination.id as string, token: signedUp.token as string };
  };

  const stay = (arrival: string, departure: string, extra: Record<string, unknown> = {}) => ({
    input: {
      accommodationId: gite.accommodationId,
      arrival,
      departure,
      occupants: [{ ageRangeId: gite.adults, count: 3 }],
      guest: { lastName: 'dupont', firstName: 'Marie', email: 'marie.dupont@example.org' },
      acceptTerms: true,
      payOnline: false,
      ...extra,
    },
  });
  const book = (arrival: string, departure: string, extra: Record<string, unknown> = {}) => t.gql<{ bookStay: Booking }>(BOOK_STAY, stay(arrival, departure, extra));
  const booked = async (arrival: string, departure: string, extra: Record<string, unknown> = {}): Promise<Booking> => {
    const answer = await book(arrival, departure, extra);
    if (!answer.data?.bookStay) throw new Error(JSON.stringify(answer.errors));
    return answer.data.bookStay;
  };

  const destinationBookings = async (destination: Destination, variables: Record<string, unknown> = {}): Promise<DestinationBookingPage> =>
    (await ok(DESTINATION_BOOKINGS, variables, destination.token)).destinationBookings as DestinationBookingPage;
  /** The destination's list once it counts `count` bookings: its read model follows the files a moment later. */
  const listedOnce = (destination: Destination, count: number, variables: Record<string, unknown> = {}) =>
    until(`${count} bookings listed`, async () => {
      const page = await destinationBookings(destination, variables);
      return page.totalCount === count && page;
    });

  /** The owner's file once its read model has it: the guest's booking answers before that. */
  const ownerFile = (id: string, status?: string) =>
    until(`the owner’s file ${status ?? ''}`, async () => {
      const dossier = (await ok(DOSSIER, { id }, gite.owner.token)).dossier as { status: string } | null;
      return dossier !== null && (status === undefined || dossier.status === status) && dossier;
    });

  const availability = async (from: string, to: string) => (await ok(AVAILABILITY, { id: gite.accommodationId, from, to })).availability as { date: string; state: string }[];

  const expectNotListed = (answer: GraphqlAnswer, message: string) => {
    expect(answer.data ?? null).toBeNull();
    expect(answer.errors?.[0]).toMatchObject({ message, extensions: { code: 'UNAVAILABLE', field: 'input.destinationId' } });
  };

  beforeAll(async () => {
    t = await startTestApp({ clock });
    base = t.url.replace(/\/graphql$/, '');
    gite = await bookableGite(t, { provider: 'LOCAL' });
    await ok(
      'mutation($input: SetRatesInput!) { setRates(input: $input) { count } }',
      { input: { accommodationId: gite.accommodationId, periods: [{ from: '2027-08-01', to: '2027-08-31' }], nights: [7], arrivalDays: ['SATURDAY'], initialPrice: 60_000 } },
      gite.owner.token,
    );
    d1 = await signUpDestination('Périgord Tourisme');
    d2 = await signUpDestination('Causses Tourisme');
    await ok('mutation($d: ID!, $ids: [ID!]!) { joinDestination(destinationId: $d, accommodationIds: $ids) { joinedAt } }', { d: d1.id, ids: [gite.accommodationId] }, gite.owner.token);
  });
  afterAll(() => t.close());

  it('opens a pre-booking made through a destination as a MARKETPLACE file of that destination', async () => {
    made.set('preBooked', await booked('2027-07-03', '2027-07-10', { destinationId: d1.id }));
    expect(bookingOf('preBooked')).toMatchObject({ status: 'OPTION', number: expect.any(Number), paymentUrl: null, total: { cents: 60_000 } });
    expect(await ownerFile(bookingOf('preBooked').dossierId)).toEqual({ origin: 'MARKETPLACE', destinationId: d1.id, status: 'OPTION', total: { cents: 60_000 } });
    const [requested] = (await t.app.get<EventStore>(EVENT_STORE).readStream(`guest-booking-${bookingOf('preBooked').dossierId}`)).map((e) => guestBookingEvents.decode(e));
    expect(requested?.data).toMatchObject({ destinationId: d1.id, payOnline: false });
  });

  it('lists the booking to that destination, with the stay, the owner and the guest by name only', async () => {
    // The file is numbered a moment after it opens: its row then has the number the guest was given.
    const page = await until('the booking listed with its number', async () => {
      const listed = await destinationBookings(d1);
      return listed.nodes[0]?.number === bookingOf('preBooked').number && listed;
    });
    expect(page).toEqual({
      nodes: [
        {
          bookingId: bookingOf('preBooked').dossierId,
          number: bookingOf('preBooked').number,
          status: 'OPTION',
          createdAt: '2027-06-01T08:00:00.000Z',
          ownerName: 'Martin',
          stays: [{ accommodationId: gite.accommodationId, accommodationName: 'Gîte des Lavandes', arrival: '2027-07-03', departure: '2027-07-10', nights: 7, persons: 3 }],
          guestName: 'DUPONT Marie',
          total: { cents: 60_000 },
        },
      ],
      pageInfo: { endCursor: expect.any(String), hasNextPage: false },
      totalCount: 1,
    });
  });

  it('shows another destination none of it', async () => {
    expect(await destinationBookings(d2)).toEqual({ nodes: [], pageInfo: { endCursor: null, hasNextPage: false }, totalCount: 0 });
  });

  it('keeps a booking on the owner’s own site ONLINE, out of every destination’s list', async () => {
    clock.advance(60_000);
    made.set('ownSite', await booked('2027-07-17', '2027-07-24'));
    expect(await ownerFile(bookingOf('ownSite').dossierId)).toMatchObject({ origin: 'ONLINE', destinationId: null });
    // Once the owner's list shows it, the destination's (the same read model) would too.
    await until('the owner’s list to show the file', async () => {
      const { dossiers } = await ok('query($id: ID) { dossiers(filter: { accommodationId: $id }) { nodes { id } } }', { id: gite.accommodationId }, gite.owner.token);
      return (dossiers.nodes as { id: string }[]).some((d) => d.id === bookingOf('ownSite').dossierId);
    });
    const page = await destinationBookings(d1);
    expect(page.nodes.map((b) => b.bookingId)).toEqual([bookingOf('preBooked').dossierId]);
    expect(page.totalCount).toBe(1);
  });

  it('opens a booking paid online through a destination as a MARKETPLACE file once the deposit is paid', async () => {
    clock.advance(60_000);
    made.set('paidOnline', await booked('2027-07-24', '2027-07-31', { destinationId: d1.id, payOnline: true }));
    expect(bookingOf('paidOnline')).toMatchObject({ status: 'PENDING_PAYMENT', number: null });
    expect((await ok(DOSSIER, { id: bookingOf('paidOnline').dossierId }, gite.owner.token)).dossier).toBeNull();

    const paid = await fetch(`${bookingOf('paidOnline').paymentUrl}/pay`, { method: 'POST', redirect: 'manual' });
    expect(paid.status).toBe(303);
    expect(await ownerFile(bookingOf('paidOnline').dossierId, 'CONFIRMED')).toEqual({ origin: 'MARKETPLACE', destinationId: d1.id, status: 'CONFIRMED', total: { cents: 60_000 } });
    const page = await listedOnce(d1, 2);
    expect(page.nodes.map((b) => [b.bookingId, b.status])).toEqual([
      [bookingOf('paidOnline').dossierId, 'CONFIRMED'],
      [bookingOf('preBooked').dossierId, 'OPTION'],
    ]);
  });

  it('refuses a booking through a destination that does not list the accommodation, holding nothing', async () => {
    const before = await availability('2027-07-10', '2027-07-17');
    expect(new Set(before.map((d) => d.state))).toEqual(new Set(['AVAILABLE']));
    expectNotListed(await book('2027-07-10', '2027-07-17', { destinationId: d2.id }), NOT_LISTED_FR);
    expectNotListed(await book('2027-07-10', '2027-07-17', { destinationId: d2.id, payOnline: true, lang: 'EN' }), NOT_LISTED_EN);
    expectNotListed(await book('2027-07-10', '2027-07-17', { destinationId: '7f1c2a9e-0d3b-4c5e-9f6a-1b2c3d4e5f60' }), NOT_LISTED_FR);
    expect(await availability('2027-07-10', '2027-07-17')).toEqual(before);
    expect((await destinationBookings(d2)).totalCount).toBe(0);
  });

  it('pages a destination’s bookings newest first', async () => {
    clock.advance(60_000);
    made.set('third', await booked('2027-07-10', '2027-07-17', { destinationId: d1.id }));
    const first = await listedOnce(d1, 3, { first: 2 });
    expect(first.nodes.map((b) => b.bookingId)).toEqual([bookingOf('third').dossierId, bookingOf('paidOnline').dossierId]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await destinationBookings(d1, { first: 2, after: first.pageInfo.endCursor });
    expect(rest.nodes.map((b) => b.bookingId)).toEqual([bookingOf('preBooked').dossierId]);
    expect(rest).toMatchObject({ pageInfo: { hasNextPage: false }, totalCount: 3 });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['no booking', { first: 0 }, 'first'],
    ['more than 200 bookings', { first: 201 }, 'first'],
    ['a cursor it did not give', { after: 'not-a-cursor' }, 'after'],
    ['a cursor of another shape', { after: Buffer.from(JSON.stringify(['yesterday', 'abc'])).toString('base64url') }, 'after'],
  ])('refuses a page of %s, naming the argument', async (_, variables, field) => {
    const answer = await t.gql(DESTINATION_BOOKINGS, variables, d1.token);
    expect(answer.data ?? null).toBeNull();
    expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('refuses an owner’s token', async () => {
    const answer = await t.gql(DESTINATION_BOOKINGS, {}, gite.owner.token);
    expect(answer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(answer.data ?? null).toBeNull();
  });

  it('counts marketplace bookings as their own origin on the owner’s dashboard', async () => {
    const origins = await until('the dashboard to count the files', async () => {
      const { dashboard } = await ok('{ dashboard { origins { origin bookings revenue { cents } } } }', {}, gite.owner.token);
      const all = dashboard.origins as { origin: string; bookings: number }[];
      return all.reduce((sum, o) => sum + o.bookings, 0) === 4 && all;
    });
    expect(origins).toEqual([
      { origin: 'BACK_OFFICE', bookings: 0, revenue: { cents: 0 } },
      { origin: 'ONLINE', bookings: 1, revenue: { cents: 60_000 } },
      { origin: 'MARKETPLACE', bookings: 3, revenue: { cents: 180_000 } },
      { origin: 'CHANNEL', bookings: 0, revenue: { cents: 0 } },
      { origin: 'ICAL', bookings: 0, revenue: { cents: 0 } },
    ]);
  });

  it('publishes a marketplace booking to integrators as booking.created v1 of origin ONLINE', async () => {
    type PublicEvent = { type: string; version: number; data: { booking: { bookingId: string; origin: string } } };
    const events = await until('the marketplace booking published', async () => {
      const { integrationEvents } = await ok('query { integrationEvents(types: ["booking.created"], first: 500) { nodes { type version data } } }', {}, gite.owner.token);
      const nodes = integrationEvents.nodes as PublicEvent[];
      return nodes.length === 4 && nodes;
    });
    const created = (id: string) => events.find((e) => e.data.booking.bookingId === id);
    expect(created(bookingOf('preBooked').dossierId)).toMatchObject({ type: 'booking.created', version: 1, data: { booking: { origin: 'ONLINE' } } });
    expect(created(bookingOf('paidOnline').dossierId)?.data.booking.origin).toBe('ONLINE');
    expect(JSON.stringify(events)).not.toContain('MARKETPLACE');
  });

  describe('from the destination’s search to the booking page', () => {
    const search = async (input: Record<string, unknown>) =>
      until('the gîte offered by the search', async () => {
        const { searchDestination } = await ok(SEARCH, { id: d1.id, input: { arrival: '2027-08-07', nights: 7, guests: 2, ...input } });
        const [offer] = searchDestination.nodes as { accommodationId: string; arrival: string; departure: string; bookingUrl: string }[];
        return offer;
      });

    it('links each offer to the app’s booking page for that stay, through that destination, in the language asked', async () => {
      const english = await search({ lang: 'EN' });
      expect(english).toEqual({
        accommodationId: gite.accommodationId,
        arrival: '2027-08-07',
        departure: '2027-08-14',
        bookingUrl: `${base}/book/${gite.accommodationId}?arrival=2027-08-07&departure=2027-08-14&destination=${d1.id}&lang=en`,
      });
      expect((await search({})).bookingUrl).toBe(`${base}/book/${gite.accommodationId}?arrival=2027-08-07&departure=2027-08-14&destination=${d1.id}&lang=fr`);
    });

    it('serves that link as a page with the booking widget on the stay and the destination', async () => {
      const { bookingUrl } = await search({ lang: 'EN' });
      const response = await fetch(bookingUrl);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      const html = await response.text();
      expect(html).toContain('<html lang="en">');
      expect(html).toContain(`<osmb-booking accommodation="${gite.accommodationId}" destination="${d1.id}" arrival="2027-08-07" departure="2027-08-14" lang="en"></osmb-booking>`);
      expect(html).toContain('<script src="/widget/osmb-booking.js" defer></script>');
    });
  });

  it('refuses a booking through the destination once the owner has left it, in the guest’s language, holding nothing', async () => {
    await ok('mutation($d: ID!) { leaveDestination(destinationId: $d) }', { d: d1.id }, gite.owner.token);
    const before = await availability('2027-08-14', '2027-08-21');
    expect(new Set(before.map((d) => d.state))).toEqual(new Set(['AVAILABLE']));
    expectNotListed(await book('2027-08-14', '2027-08-21', { destinationId: d1.id }), NOT_LISTED_FR);
    expectNotListed(await book('2027-08-14', '2027-08-21', { destinationId: d1.id, lang: 'EN' }), NOT_LISTED_EN);
    expectNotListed(await book('2027-08-14', '2027-08-21', { destinationId: d1.id, payOnline: true, lang: 'EN' }), NOT_LISTED_EN);
    expect(await availability('2027-08-14', '2027-08-21')).toEqual(before);
    // Bookings made while listed stay the destination's.
    expect((await destinationBookings(d1)).totalCount).toBe(3);
    // The owner's own site still takes the week.
    expect((await booked('2027-08-14', '2027-08-21')).status).toBe('OPTION');
  });
});
