import { randomUUID } from 'node:crypto';
import { CommandBus } from '@nestjs/cqrs';
import { handleCommand, loadState, type CommandContext } from '../../src/event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port';
import { onlinePaymentStream } from '../../src/paiement/domain/online-payment/online-payment.events';
import { CreateDossier } from '../../src/reservation/application/create-dossier.handler';
import { GuestBookingExpiry } from '../../src/reservation/application/guest-booking-expiry';
import { guestBookingDecider, guestBookingStream } from '../../src/reservation/domain/guest-booking/guest-booking.decider';
import { command } from '../../src/shared/kernel/message';
import { CREATE_DOSSIER, dossierInput, type OwnerWithGite } from '../support/booking-fixtures';
import { bookableGite, localPaymentArrives } from '../support/guest-booking-fixtures';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app';
import { until } from '../support/until';

/**
 * Guests paying the deposit online through the local test provider, the one a newcomer's start
 * lends: the nights held while they pay, the file opening when the money comes, the nights going
 * back when it does not. A gîte let by the week from Saturday in July 2027, 600 €, 25 % deposit.
 */
const FIELDS = 'dossierId number status guestToken paymentUrl expiresAt total { cents } depositDue { cents } paid { cents } balance { cents } guestPageUrl';
const BOOK_STAY = `mutation($input: BookStayInput!) { bookStay(input: $input) { ${FIELDS} } }`;
const GUEST_BOOKING = `query($token: String!) { guestBooking(token: $token) { ${FIELDS} } }`;
const PLANNING = 'query($id: ID!, $from: Date!, $to: Date!) { planning(accommodationId: $id, from: $from, to: $to) { date state dossierId } }';
const AVAILABILITY = 'query($id: ID!, $from: Date!, $to: Date!) { availability(accommodationId: $id, from: $from, to: $to) { date state } }';

interface Booking {
  dossierId: string;
  number: number | null;
  status: string;
  guestToken: string;
  paymentUrl: string | null;
  expiresAt: string | null;
  depositDue: { cents: number };
  paid: { cents: number };
  guestPageUrl: string;
}

describe('guests paying the deposit online', () => {
  let t: TestApp;
  const clock = new ManualClock(new Date('2027-06-01T08:00:00Z'));

  const ok = async (document: string, variables: Record<string, unknown>, token?: string) => {
    const answer = await t.gql(document, variables, token);
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    return answer.data ?? {};
  };

  const payingGite = (): Promise<OwnerWithGite> => bookableGite(t, { provider: 'LOCAL' });

  const book = async (gite: OwnerWithGite, lastName = 'Dupont', arrival = '2027-07-17', departure = '2027-07-24'): Promise<Booking> =>
    (
      await ok(BOOK_STAY, {
        input: {
          accommodationId: gite.accommodationId,
          arrival,
          departure,
          occupants: [{ ageRangeId: gite.adults, count: 2 }],
          guest: { lastName, email: `${lastName.toLowerCase()}@example.org` },
          acceptTerms: true,
          payOnline: true,
        },
      })
    ).bookStay as Booking;

  const guestBooking = async (token: string): Promise<Booking> => (await ok(GUEST_BOOKING, { token })).guestBooking as Booking;

  const planning = async (gite: OwnerWithGite, from = '2027-07-17', to = '2027-07-24') =>
    (await ok(PLANNING, { id: gite.accommodationId, from, to }, gite.owner.token)).planning as { state: string; dossierId: string | null }[];

  const providerSays = (gite: OwnerWithGite, reference: string, cents: number): Promise<string> => localPaymentArrives(t, gite, reference, cents, clock.now());

  /** Whether the money went back to the guest through the provider. */
  const refunded = (onlinePaymentId: string) =>
    until('the payment given back', async () => (await t.app.get<EventStore>(EVENT_STORE).readStream(onlinePaymentStream(onlinePaymentId))).some((e) => e.type === 'OnlinePaymentRefunded'));

  beforeAll(async () => {
    t = await startTestApp({ clock });
  });
  afterAll(() => t.close());

  describe('paid in time', () => {
    let gite: OwnerWithGite;
    let booking: Booking;

    beforeAll(async () => {
      gite = await payingGite();
      booking = await book(gite);
    });

    it('holds the nights while the guest pays, and sends them to the payment page', () => {
      expect(booking).toMatchObject({ status: 'PENDING_PAYMENT', number: null, depositDue: { cents: 15_000 }, paid: { cents: 0 }, expiresAt: '2027-06-01T08:30:00.000Z' });
      expect(booking.paymentUrl).toMatch(new RegExp(`^${t.url.replace('/graphql', '')}/payments/local/checkout/`));
    });

    it('shows the nights held to the owner, and as an option that may come free to other guests', async () => {
      expect(new Set((await planning(gite)).map((d) => d.state))).toEqual(new Set(['PENDING_PAYMENT']));
      const days = (await ok(AVAILABILITY, { id: gite.accommodationId, from: '2027-07-17', to: '2027-07-24' })).availability as { state: string }[];
      expect(new Set(days.map((d) => d.state))).toEqual(new Set(['OPTION']));
    });

    it('tells the next guest these nights are gone', async () => {
      const answer = await t.gql(BOOK_STAY, {
        input: {
          accommodationId: gite.accommodationId,
          arrival: '2027-07-17',
          departure: '2027-07-24',
          occupants: [{ ageRangeId: gite.adults, count: 2 }],
          guest: { lastName: 'Durand', email: 'durand@example.org' },
          acceptTerms: true,
          payOnline: true,
        },
      });
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'UNAVAILABLE' });
      expect(answer.errors?.[0]?.message).toMatch(/^Les nuits du samedi 17 juillet 2027 au vendredi 23 juillet 2027 sont déjà prises/);
    });

    it('opens the file, confirmed with its deposit, once the guest pays on the provider’s page', async () => {
      const page = await fetch(String(booking.paymentUrl));
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('150,00');
      const paid = await fetch(`${booking.paymentUrl}/pay`, { method: 'POST', redirect: 'manual' });
      expect(paid.status).toBe(303);
      expect(paid.headers.get('location')).toBe(booking.guestPageUrl);
      const confirmed = await until('the file confirmed', async () => {
        const now = await guestBooking(booking.guestToken);
        return now.status === 'CONFIRMED' && now.paid.cents === 15_000 && now.number !== null ? now : null;
      });
      expect(confirmed).toMatchObject({ dossierId: booking.dossierId, number: expect.any(Number), depositDue: { cents: 0 }, paymentUrl: null, expiresAt: null });
      const file = await until('the owner’s file confirmed', async () => {
        const read = await ok('query($id: ID!) { dossier(id: $id) { origin status payments { method amount { cents } } } }', { id: booking.dossierId }, gite.owner.token);
        return read.dossier.status === 'CONFIRMED' ? read : null;
      });
      expect(file.dossier).toEqual({ origin: 'ONLINE', status: 'CONFIRMED', payments: [{ method: 'ONLINE', amount: { cents: 15_000 } }] });
      await until('the planning showing the file', async () => (await planning(gite)).every((d) => d.state === 'CONFIRMED'));
    });

    it('records one payment however often the provider says so', async () => {
      await fetch(`${booking.paymentUrl}/pay`, { method: 'POST', redirect: 'manual' });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await guestBooking(booking.guestToken)).paid.cents).toBe(15_000);
    });
  });

  it('shows a guest who paid the payment settling, never an unpaid option, while it goes into the file’s ledger', async () => {
    // The policy's steps up to, not including, the ledger line: the moment a guest's page may ask in.
    const gite = await payingGite();
    const booking = await book(gite, 'Pressé', '2027-07-10', '2027-07-17');
    const store = t.app.get<EventStore>(EVENT_STORE);
    const stream = guestBookingStream(booking.dossierId);
    const context: CommandContext = { actor: { kind: 'system', id: 'test' }, now: clock.now(), correlationId: randomUUID(), causationId: null };
    await handleCommand(store, stream, guestBookingDecider, command('ReceiveOnlinePayment', { guestBookingId: booking.dossierId, onlinePaymentId: randomUUID(), amount: { cents: 15_000, currency: 'EUR' as const } }), context);
    const state = await loadState(store, stream, guestBookingDecider);
    if (state === null) throw new Error('the booking is gone');
    const { request } = state;
    await t.app.get(CommandBus).execute(new CreateDossier(request.ownerId, { ...request, dossierId: request.guestBookingId, heldBy: request.holdId }, { origin: 'ONLINE', destinationId: null }, { kind: 'guest', id: request.guestBookingId }));
    await handleCommand(store, stream, guestBookingDecider, command('MarkGuestBookingOpened', { guestBookingId: booking.dossierId }), context);
    const read = await until('the file numbered', async () => {
      const { dossier } = (await ok('query($id: ID!) { dossier(id: $id) { status number } }', { id: booking.dossierId }, gite.owner.token)) as { dossier: { status: string; number: number | null } | null };
      // The owner's read model may not show the file yet.
      return dossier && dossier.number !== null ? dossier : null;
    });
    expect(read.status).toBe('OPTION');
    // Confirmed and paid, with no number yet: the widget keeps asking until the file has the payment.
    expect(await guestBooking(booking.guestToken)).toMatchObject({ status: 'CONFIRMED', number: null, paid: { cents: 15_000 }, depositDue: { cents: 0 } });
  });

  describe('not paid in time', () => {
    let gite: OwnerWithGite;
    let booking: Booking;

    beforeAll(async () => {
      gite = await payingGite();
      booking = await book(gite, 'Lent');
    });

    it('keeps the nights held until the time is up', async () => {
      // The expiry finds held nights through the planning's read model: once it shows them, a 0 means kept.
      await until('the nights shown held', async () => (await planning(gite)).every((d) => d.state === 'PENDING_PAYMENT'));
      clock.advance(29 * 60_000);
      expect(await t.app.get(GuestBookingExpiry).expireDue()).toBe(0);
      expect((await guestBooking(booking.guestToken)).status).toBe('PENDING_PAYMENT');
    });

    it('gives the nights back once it is, and tells the guest the booking expired', async () => {
      clock.advance(2 * 60_000);
      expect(await t.app.get(GuestBookingExpiry).expireDue()).toBe(1);
      expect(await guestBooking(booking.guestToken)).toMatchObject({ status: 'EXPIRED', paymentUrl: null, depositDue: { cents: 0 } });
      await until('the nights free again', async () => (await planning(gite)).every((d) => d.state === 'FREE'));
    });

    it('takes a late payment for nights still free: the same nights are held again and the file opens', async () => {
      await providerSays(gite, booking.dossierId, 15_000);
      const confirmed = await until('the late payment taken', async () => {
        const now = await guestBooking(booking.guestToken);
        return now.status === 'CONFIRMED' && now.paid.cents === 15_000 && now.number !== null ? now : null;
      });
      expect(confirmed.dossierId).toBe(booking.dossierId);
      await until('the planning showing the file', async () => (await planning(gite)).every((d) => d.state === 'CONFIRMED'));
    });

    it('gives back a late payment for nights someone else took meanwhile, and never sells them twice', async () => {
      const late = await book(gite, 'Tardif', '2027-07-24', '2027-07-31');
      clock.advance(31 * 60_000);
      await until('the late booking expired', async () => (await t.app.get(GuestBookingExpiry).expireDue()) > 0);
      const other = await ok(CREATE_DOSSIER, dossierInput(gite, '2027-07-24', '2027-07-31', 50_000, 'Autre'), gite.owner.token);
      const payment = await providerSays(gite, late.dossierId, 15_000);
      const lost = await until('the late booking lost', async () => {
        const now = await guestBooking(late.guestToken);
        return now.status === 'REFUNDED' ? now : null;
      });
      expect(lost.number).toBeNull();
      await refunded(payment);
      const days = await planning(gite, '2027-07-24', '2027-07-31');
      expect(new Set(days.map((d) => d.dossierId))).toEqual(new Set([other.createDossier.id]));
    });
  });

  describe('a payment the booking cannot take', () => {
    it('is given back when it is not the deposit asked for, and the nights stay held for the right one', async () => {
      const gite = await payingGite();
      const booking = await book(gite, 'Juste', '2027-07-03', '2027-07-10');
      await refunded(await providerSays(gite, booking.dossierId, 100));
      expect(await guestBooking(booking.guestToken)).toMatchObject({ status: 'PENDING_PAYMENT', paid: { cents: 0 } });
      await providerSays(gite, booking.dossierId, 15_000);
      await until('the right payment taken', async () => (await guestBooking(booking.guestToken)).number !== null);
    });
  });
});
