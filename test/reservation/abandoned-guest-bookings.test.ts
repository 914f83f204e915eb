import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port';
import { onlinePaymentStream } from '../../src/paiement/domain/online-payment/online-payment.events';
import { GuestBookingExpiry } from '../../src/reservation/application/guest-booking-expiry';
import { GuestRetention } from '../../src/reservation/application/guest-retention';
import { guestBookingDecider, guestBookingStream } from '../../src/reservation/domain/guest-booking/guest-booking.decider';
import { loadState } from '../../src/event-store/command-handler';
import type { OwnerWithGite } from '../support/booking-fixtures';
import { testDatabaseUrl } from '../support/database';
import { bookableGite, localPaymentArrives } from '../support/guest-booking-fixtures';
import { personalDataInDatabase } from '../support/personal-data-leaks';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app';
import { until } from '../support/until';

/**
 * An online booking the guest never paid has served its purpose once it expired: a month on,
 * the retention sweep erases its guest (RGPD art. 5, storage limitation), with the key that
 * sealed them, and a payment arriving after that opens no file for nobody: it goes back.
 */
const BOOK_STAY = 'mutation($input: BookStayInput!) { bookStay(input: $input) { dossierId status guestToken } }';
const GUEST_BOOKING = 'query($token: String!) { guestBooking(token: $token) { status } }';
const DAY = 86_400_000;

describe('an online booking never paid', () => {
  let t: TestApp;
  let gite: OwnerWithGite;
  let booking: { dossierId: string; guestToken: string };
  const clock = new ManualClock(new Date('2027-05-03T08:00:00Z'));
  const her = { 'last name': 'Velmorand', email: 'iseult.velmorand@example.org' };

  const sweep = () => t.app.get(GuestRetention).sweep();
  const stored = () => loadState(t.app.get<EventStore>(EVENT_STORE), guestBookingStream(booking.dossierId), guestBookingDecider);
  const ended = async () => (await personalDataInDatabase(testDatabaseUrl(), { id: booking.dossierId })).some((found) => found.startsWith('abandoned_guest_bookings:'));

  beforeAll(async () => {
    t = await startTestApp({ clock });
    gite = await bookableGite(t, { provider: 'LOCAL' });
    const answer = await t.gql(BOOK_STAY, {
      input: {
        accommodationId: gite.accommodationId,
        arrival: '2027-07-17',
        departure: '2027-07-24',
        occupants: [{ ageRangeId: gite.adults, count: 2 }],
        guest: { lastName: 'Velmorand', firstName: 'Iseult', email: her.email },
        acceptTerms: true,
        payOnline: true,
      },
    });
    if (!answer.data) throw new Error(JSON.stringify(answer.errors));
    booking = answer.data.bookStay as { dossierId: string; guestToken: string };
    clock.advance(31 * 60_000);
    await until('the booking expired', async () => (await t.app.get(GuestBookingExpiry).expireDue()) > 0);
    await until('the booking among those abandoned', ended);
  });
  afterAll(() => t.close());

  it('keeps its guest, sealed, for a month after it expired', async () => {
    clock.advance(29 * DAY);
    // The sweep runs over every owner of the database, other test files' too: this booking is looked at by itself.
    await sweep();
    expect((await stored())?.erased).toBe(false);
    expect((await stored())?.request.guest).toMatchObject({ lastName: 'Velmorand', email: her.email });
    expect((await personalDataInDatabase(testDatabaseUrl(), her)).filter((found) => found.startsWith('events:'))).toEqual([]);
  });

  it('erases its guest a month on, once, leaving the guest their page', async () => {
    clock.advance(2 * DAY);
    expect((await sweep()).abandoned).toBeGreaterThanOrEqual(1);
    expect((await stored())?.request.guest).toMatchObject({ lastName: 'Anonyme', firstName: null, email: null });
    await until('the booking no longer among those abandoned', async () => !(await ended()));
    const erasures = async () => (await t.app.get<EventStore>(EVENT_STORE).readStream(guestBookingStream(booking.dossierId))).filter((e) => e.type === 'GuestBookingErased').length;
    await sweep();
    expect(await erasures()).toBe(1);
    expect((await t.gql(GUEST_BOOKING, { token: booking.guestToken })).data?.guestBooking).toEqual({ status: 'EXPIRED' });
    await until('her key gone from every table', async () => (await personalDataInDatabase(testDatabaseUrl(), her)).length === 0);
  });

  it('gives back a payment arriving after that, opening no file', async () => {
    const payment = await localPaymentArrives(t, gite, booking.dossierId, 15_000, clock.now());
    await until('the payment given back', async () => (await t.app.get<EventStore>(EVENT_STORE).readStream(onlinePaymentStream(payment))).some((e) => e.type === 'OnlinePaymentRefunded'));
    const events = await t.app.get<EventStore>(EVENT_STORE).readStream(guestBookingStream(booking.dossierId));
    expect(events.map((e) => e.type)).toContain('GuestPaymentRejected');
    expect(events.map((e) => e.type)).not.toContain('GuestBookingOpened');
    expect((await t.gql('query($id: ID!) { dossier(id: $id) { id } }', { id: booking.dossierId }, gite.owner.token)).data?.dossier).toBeNull();
  });
});
