import { until } from '../support/until';
import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port';
import { guestBookingEvents } from '../../src/reservation/domain/guest-booking/guest-booking.events';
import { CREATE_DOSSIER, dossierInput, ownerWithGite, type OwnerWithGite } from '../support/booking-fixtures';
import { bookableGite } from '../support/guest-booking-fixtures';
import { ManualClock, startTestApp, type GraphqlAnswer, type TestApp } from '../support/test-app';

/**
 * Guests booking online, over GraphQL without a token: a gîte let by the week from Saturday in
 * July 2027 (3, 10, 17, 24 and 31 July are Saturdays), 600 € a week, a deposit of 25 %.
 */
const BOOKING_FIELDS = 'dossierId number status guestToken paymentUrl expiresAt accommodationId accommodationName arrival departure total { cents } depositDue { cents } paid { cents } balance { cents } documentUrl guestPageUrl lang';
const BOOK_STAY = `mutation($input: BookStayInput!) { bookStay(input: $input) { ${BOOKING_FIELDS} } }`;
const GUEST_BOOKING = `query($token: String!) { guestBooking(token: $token) { ${BOOKING_FIELDS} } }`;
const BOOKING_TERMS = 'query($id: ID!, $lang: Lang) { bookingTerms(accommodationId: $id, lang: $lang) { bookable reason termsText termsVersion gdprOptIn { text link } privacy { text link } onlinePayment preBooking paymentWindowMinutes } }';
const PLANNING = 'query($id: ID!, $from: Date!, $to: Date!) { planning(accommodationId: $id, from: $from, to: $to) { date state dossierId } }';

interface Booking {
  dossierId: string;
  number: number | null;
  status: string;
  guestToken: string;
  paymentUrl: string | null;
  expiresAt: string | null;
  total: { cents: number };
  depositDue: { cents: number };
  paid: { cents: number };
  balance: { cents: number };
  documentUrl: string | null;
  guestPageUrl: string;
  lang: string;
}


describe('guests booking online', () => {
  let t: TestApp;
  const clock = new ManualClock(new Date('2027-06-01T08:00:00Z'));

  const ok = async (document: string, variables: Record<string, unknown>, token?: string) => {
    const answer = await t.gql(document, variables, token);
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    return answer.data ?? {};
  };

  const bookableGiteOf = (options: { terms?: boolean } = {}): Promise<OwnerWithGite> => bookableGite(t, options);

  const stay = (gite: OwnerWithGite, arrival = '2027-07-17', departure = '2027-07-24', extra: Record<string, unknown> = {}) => ({
    input: {
      accommodationId: gite.accommodationId,
      arrival,
      departure,
      occupants: [{ ageRangeId: gite.adults, count: 2 }],
      guest: { lastName: 'Dupont', firstName: 'Marie', email: 'marie.dupont@example.org', phone1: '+33 6 12 34 56 78' },
      acceptTerms: true,
      ...extra,
    },
  });

  const book = (gite: OwnerWithGite, extra: Record<string, unknown> = {}, arrival?: string, departure?: string, headers?: Record<string, string>) =>
    headers ? gqlWithHeaders<{ bookStay: Booking }>(BOOK_STAY, stay(gite, arrival, departure, extra), headers) : t.gql<{ bookStay: Booking }>(BOOK_STAY, stay(gite, arrival, departure, extra));

  async function gqlWithHeaders<T>(query: string, variables: Record<string, unknown>, headers: Record<string, string>): Promise<GraphqlAnswer<T>> {
    const response = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
    return (await response.json()) as GraphqlAnswer<T>;
  }

  const planningStates = async (gite: OwnerWithGite, from = '2027-07-17', to = '2027-07-24') =>
    new Set(((await ok(PLANNING, { id: gite.accommodationId, from, to }, gite.owner.token)).planning as { state: string }[]).map((d) => d.state));

  const preBookingOnly = (gite: OwnerWithGite) => ok('mutation { setSalesTerms(input: { onlinePayment: false }) { preBooking } }', {}, gite.owner.token);

  beforeAll(async () => {
    t = await startTestApp({ clock });
  });
  afterAll(() => t.close());

  describe('a pre-booking', () => {
    let gite: OwnerWithGite;
    let booking: Booking;

    beforeAll(async () => {
      gite = await bookableGiteOf();
      await ok(
        'mutation($input: SalesTermsInput!) { setSalesTerms(input: $input) { preBooking } }',
        { input: { onlinePayment: false, gdprOptIn: { text: { fr: 'Je souhaite recevoir les offres du gîte.', en: 'I wish to receive the gîte’s offers.' }, link: 'https://gite.example/rgpd' } } },
        gite.owner.token,
      );
      const answer = await book(gite, { marketingConsent: true, lang: 'EN' });
      expect(answer.errors).toBeUndefined();
      booking = answer.data?.bookStay as Booking;
    });

    it('opens the file at once as a numbered option, the deposit due, with the guest’s link', () => {
      expect(booking).toMatchObject({ status: 'OPTION', paymentUrl: null, expiresAt: null, total: { cents: 60_000 }, depositDue: { cents: 15_000 }, paid: { cents: 0 }, lang: 'EN' });
      expect(booking.number).toEqual(expect.any(Number));
      expect(booking.guestToken).toMatch(/^gb_[0-9a-f]{32}[A-Za-z0-9_-]{43}$/);
      expect(booking.guestPageUrl).toBe(`${t.url.replace('/graphql', '')}/guest/bookings/${booking.guestToken}`);
    });

    it('shows the owner an ONLINE file holding the nights', async () => {
      // The guest's answer may come before the owner's read model shows the file.
      const file = await until('the owner’s read model to show the file', async () => {
        const answer = await ok('query($id: ID!) { dossier(id: $id) { origin status guest { lastName email } } }', { id: booking.dossierId }, gite.owner.token);
        return answer.dossier ? answer : null;
      });
      expect(file.dossier).toEqual({ origin: 'ONLINE', status: 'OPTION', guest: { lastName: 'Dupont', email: 'marie.dupont@example.org' } });
      expect(await planningStates(gite)).toEqual(new Set(['OPTION']));
    });

    it('records the terms accepted and the consent given, with the text shown, in the file’s history', async () => {
      const store = t.app.get<EventStore>(EVENT_STORE);
      const [requested] = (await store.readStream(`guest-booking-${booking.dossierId}`)).map((e) => guestBookingEvents.decode(e));
      const terms = (await ok(BOOKING_TERMS, { id: gite.accommodationId, lang: 'EN' })).bookingTerms;
      expect(requested?.data).toMatchObject({
        terms: { version: terms.termsVersion, acceptedAt: '2027-06-01T08:00:00.000Z' },
        marketingConsent: { given: true, text: 'I wish to receive the gîte’s offers.', link: 'https://gite.example/rgpd', at: '2027-06-01T08:00:00.000Z' },
      });
      expect(JSON.stringify(requested?.data)).not.toContain(booking.guestToken.slice(35));
    });

    it('answers the guest’s link with the booking as it stands, and nothing for a forged one', async () => {
      expect((await ok(GUEST_BOOKING, { token: booking.guestToken })).guestBooking).toEqual(booking);
      const forged = booking.guestToken.slice(0, -1) + (booking.guestToken.endsWith('A') ? 'B' : 'A');
      for (const token of [forged, 'gb_nothing', '', booking.dossierId]) expect((await ok(GUEST_BOOKING, { token })).guestBooking).toBeNull();
    });

    it('serves the booking’s document through the guest’s link only', async () => {
      const documentUrl = String(booking.documentUrl);
      const pdf = await fetch(documentUrl);
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      expect((await fetch(documentUrl.replace(booking.guestToken, booking.guestToken.slice(0, -2) + 'zz'))).status).toBe(404);
    });

    it('shows a later payment to the guest', async () => {
      await ok('mutation($id: ID!) { recordPayment(dossierId: $id, input: { date: "2027-06-01", method: TRANSFER, cents: 15000 }) { status } }', { id: booking.dossierId }, gite.owner.token);
      expect((await ok(GUEST_BOOKING, { token: booking.guestToken })).guestBooking).toMatchObject({ status: 'CONFIRMED', paid: { cents: 15_000 }, depositDue: { cents: 0 }, balance: { cents: 45_000 } });
    });
  });

  describe('bad input: a named error in the guest’s language, and nothing held', () => {
    let gite: OwnerWithGite;

    beforeAll(async () => {
      gite = await bookableGiteOf();
      await preBookingOnly(gite);
    });

    const refusedWith = async (answer: Promise<GraphqlAnswer>, code: string, field: string, words: RegExp) => {
      const { errors, data } = await answer;
      expect(data).toBeNull();
      expect(errors?.[0]).toMatchObject({ extensions: { code, field } });
      expect(errors?.[0]?.message).toMatch(words);
      expect(await planningStates(gite)).toEqual(new Set(['FREE']));
    };

    it('refuses a booking whose terms are not accepted, in French by default', () =>
      refusedWith(book(gite, { acceptTerms: false }), 'BAD_USER_INPUT', 'input.acceptTerms', /^Veuillez accepter les conditions générales de vente/));

    it('speaks English when the browser asks for it', () =>
      refusedWith(book(gite, { acceptTerms: false }, undefined, undefined, { 'accept-language': 'en-GB,en;q=0.9' }), 'BAD_USER_INPUT', 'input.acceptTerms', /^Please accept the general terms/));

    it('refuses a form whose hidden field a robot filled', () => refusedWith(book(gite, { website: 'http://spam.example' }), 'BAD_USER_INPUT', 'input.website', /doit rester vide/));

    it('refuses a guest without an email address', () =>
      refusedWith(t.gql(BOOK_STAY, { input: { ...stay(gite).input, guest: { lastName: 'Dupont' } } }), 'BAD_USER_INPUT', 'input.guest.email', /adresse e-mail/));

    it('refuses a wrongly written guest detail, naming it', () =>
      refusedWith(t.gql(BOOK_STAY, { input: { ...stay(gite).input, guest: { lastName: 'Dupont', email: 'pas-une-adresse' } } }), 'BAD_USER_INPUT', 'input.guest.email', /L’adresse e-mail n’est pas valide/));

    it('refuses more guests than the gîte sleeps', () =>
      refusedWith(book(gite, { occupants: [{ ageRangeId: gite.adults, count: 9 }], lang: 'EN' }), 'BAD_USER_INPUT', 'input.occupants', /sleeps at most 4|capacity|at most/i));

    it('refuses a stay the rules refuse, saying which rule', () => refusedWith(book(gite, {}, '2027-07-18', '2027-07-25'), 'BAD_USER_INPUT', 'input', /samedi|arrivée|Saturday/i));

    it('refuses a promo code that does not exist', () => refusedWith(book(gite, { promoCode: 'NOEL' }), 'BAD_USER_INPUT', 'input.promoCode', /Le code promo NOEL ne s’applique pas/));

    it('refuses an unknown optional supplement, naming it', async () => {
      const { errors } = await book(gite, { optionalSupplementIds: ['0b9f3c2e-5d1a-4c7b-9e8f-1a2b3c4d5e6f'] });
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(errors?.[0]?.extensions?.field).toMatch(/optionalSupplementIds/);
    });

    it('refuses taken nights as UNAVAILABLE, without naming whose they are', async () => {
      await ok(CREATE_DOSSIER, dossierInput(gite, '2027-07-10', '2027-07-17', 50_000, 'Secret'), gite.owner.token);
      const { errors } = await book(gite, {}, '2027-07-10', '2027-07-17');
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'UNAVAILABLE', reason: 'UNAVAILABLE' });
      expect(errors?.[0]?.message).not.toMatch(/Secret/);
    });

    it('refuses a booking as a pre-booking when the owner takes online payment only', async () => {
      const only = await bookableGiteOf();
      await ok('mutation { setSalesTerms(input: { onlinePayment: true, preBooking: false }) { preBooking } }', {}, only.owner.token);
      await ok('mutation { disconnectPaymentProvider }', {}, only.owner.token);
      const { errors } = await book(only, { payOnline: false });
      expect(errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.payOnline', reason: 'PRE_BOOKING_NOT_OFFERED' } });
    });

    it('shows a gîte without terms of sale but refuses to book it, saying why', async () => {
      const untermed = await bookableGiteOf({ terms: false });
      const terms = (await ok(BOOKING_TERMS, { id: untermed.accommodationId, lang: null })).bookingTerms;
      expect(terms).toMatchObject({ bookable: false, termsText: null, reason: expect.stringMatching(/conditions générales de vente/) });
      const { errors } = await book(untermed);
      expect(errors?.[0]).toMatchObject({ extensions: { code: 'UNAVAILABLE', reason: 'NO_TERMS_OF_SALE' } });
    });

    it('refuses a LISTED gîte and does not know a HIDDEN one', async () => {
      await ok('mutation($id: ID!) { setAccommodationVisibility(id: $id, visibility: LISTED) { id } }', { id: gite.accommodationId }, gite.owner.token);
      const listed = await book(gite);
      expect(listed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_BOOKABLE_ONLINE' });
      await ok('mutation($id: ID!) { setAccommodationVisibility(id: $id, visibility: HIDDEN) { id } }', { id: gite.accommodationId }, gite.owner.token);
      const hidden = await book(gite);
      expect(hidden.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.accommodationId' });
      await ok('mutation($id: ID!) { setAccommodationVisibility(id: $id, visibility: BOOKABLE) { id } }', { id: gite.accommodationId }, gite.owner.token);
    });
  });

  describe('thirty guests racing for the same week', () => {
    it('makes one booking; the others are told the nights are gone', async () => {
      const gite = await bookableGiteOf();
      await preBookingOnly(gite);
      const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => t.gql<{ bookStay: Booking }>(BOOK_STAY, { input: { ...stay(gite).input, guest: { lastName: `Guest ${i}`, email: `guest${i}@example.org` } } })));
      const booked = answers.filter((a) => a.data?.bookStay);
      expect(booked).toHaveLength(1);
      const refused = answers.filter((a) => a.errors);
      expect(refused).toHaveLength(29);
      for (const answer of refused) {
        expect(answer.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');
        expect(answer.errors?.[0]?.message).toMatch(/Ces nuits|nuits .* déjà|ne sont pas libres|réservées/);
      }
      const files = await ok('{ dossiers(first: 50) { nodes { id } } }', {}, gite.owner.token);
      expect(files.dossiers.nodes).toHaveLength(1);
    }, 60_000);
  });
});

describe('the limit on bookings per client', () => {
  it('refuses a client past its bookings of the hour, as TOO_MANY_REQUESTS in the guest’s language', async () => {
    const t = await startTestApp({ config: { guestBookingsPerClientPerHour: 2, trustProxy: 'loopback' } });
    try {
      const gite = await ownerWithGite(t);
      const input = { accommodationId: gite.accommodationId, arrival: '2027-07-17', departure: '2027-07-24', occupants: [], guest: { lastName: 'Robot' }, acceptTerms: true };
      // A client of its own (the proxy says who), so the run's other bookings never count against it.
      const client = { 'x-forwarded-for': `198.51.100.${Math.floor(Math.random() * 200) + 1}` };
      const attempt = async () => {
        const response = await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', ...client }, body: JSON.stringify({ query: BOOK_STAY, variables: { input } }) });
        return (await response.json()) as GraphqlAnswer;
      };
      // Refused for other reasons, the attempts still count.
      expect((await attempt()).errors?.[0]?.extensions?.code).not.toBe('TOO_MANY_REQUESTS');
      expect((await attempt()).errors?.[0]?.extensions?.code).not.toBe('TOO_MANY_REQUESTS');
      const third = await attempt();
      expect(third.errors?.[0]).toMatchObject({ extensions: { code: 'TOO_MANY_REQUESTS' } });
      expect(third.errors?.[0]?.message).toMatch(/^Trop de réservations depuis cette connexion/);
    } finally {
      await t.close();
    }
  });
});
