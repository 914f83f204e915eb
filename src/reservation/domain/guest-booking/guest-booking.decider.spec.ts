import { givenDecider } from '../../../../test/support/decider-spec';
import { itKeepsTheEventContract } from '../../../../test/support/event-contract-spec';
import { guest } from '../../../../test/support/reservation-fixtures';
import { Conflict, NotFound } from '../../../shared/kernel/errors';
import { command, event } from '../../../shared/kernel/message';
import { euros } from '../../../shared/kernel/money';
import { guestBookingDecider, type GuestBookingCommand, type GuestBookingEvent, type GuestBookingRequested } from './guest-booking.decider';
import { guestBookingEvents } from './guest-booking.events';

const ID = 'gb-1';
const OWNER = 'owner-1';
const addressed = { guestBookingId: ID, ownerId: OWNER };

const REQUEST: GuestBookingRequested = {
  ...addressed,
  accommodationId: 'acc-1',
  destinationId: null,
  arrival: '2027-07-17',
  departure: '2027-07-24',
  occupants: [{ ageRangeId: 'adults', count: 2 }],
  optionalSupplementIds: [],
  promoCode: null,
  guest: guest({ lastName: 'Dupont', firstName: 'Marie', email: 'marie.dupont@example.org' }),
  lang: 'FR',
  terms: { version: '0123456789abcdef', acceptedAt: '2027-06-01T08:00:00.000Z' },
  marketingConsent: { given: false, text: null, link: null, at: '2027-06-01T08:00:00.000Z' },
  payOnline: true,
  holdId: 'hold-1',
  amountDue: euros(15_000),
  total: euros(60_000),
  expiresAt: '2027-06-01T08:30:00.000Z',
  tokenHash: 'ab'.repeat(32),
  payment: { provider: 'LOCAL', sessionId: 'session-1', url: 'http://127.0.0.1:3000/payments/local/checkout/session-1' },
  requestedAt: '2027-06-01T08:00:00.000Z',
};

const given = givenDecider(guestBookingDecider);
const requested = event('GuestBookingRequested', REQUEST);
const paid = (onlinePaymentId: string, late = false) => event('GuestBookingPaid', { ...addressed, onlinePaymentId, amount: euros(15_000), late });
const receive = (onlinePaymentId: string, cents = 15_000): GuestBookingCommand => command('ReceiveOnlinePayment', { guestBookingId: ID, onlinePaymentId, amount: euros(cents) });
const expire = (now: string): GuestBookingCommand => command('ExpireGuestBooking', { guestBookingId: ID, now });

describe('A guest booking', () => {
  describe('its request', () => {
    it('is written once; the same request again is no change', () => {
      given([]).when(command('RequestGuestBooking', { request: REQUEST, opened: false })).then([requested]);
      given([requested]).when(command('RequestGuestBooking', { request: REQUEST, opened: false })).thenNothing();
    });

    it('is opened with it for a pre-booking, whose file opened first', () =>
      given([])
        .when(command('RequestGuestBooking', { request: { ...REQUEST, payOnline: false }, opened: true }))
        .then([event('GuestBookingRequested', { ...REQUEST, payOnline: false }), event('GuestBookingOpened', addressed)]));

    it('never overwrites another request under the same id', () =>
      given([requested]).when(command('RequestGuestBooking', { request: { ...REQUEST, tokenHash: 'cd'.repeat(32) }, opened: false })).thenThrows(Conflict));
  });

  describe('an online payment', () => {
    it('is taken when it is the deposit asked for', () => given([requested]).when(receive('pay-1')).then([paid('pay-1')]));

    it('is taken once, however often the provider tells it', () => given([requested, paid('pay-1')]).when(receive('pay-1')).thenNothing());

    it('is rejected, to be given back, when it is not the amount asked for', () =>
      given([requested]).when(receive('pay-1', 100)).then([event('GuestPaymentRejected', { ...addressed, onlinePaymentId: 'pay-1', amount: euros(100), reason: 'WRONG_AMOUNT' as const })]));

    it('leaves the booking waiting for the right one after a wrong one', () =>
      given([requested, event('GuestPaymentRejected', { ...addressed, onlinePaymentId: 'pay-1', amount: euros(100), reason: 'WRONG_AMOUNT' as const })])
        .when(receive('pay-2'))
        .then([paid('pay-2')]));

    it('is rejected when the booking is paid already: a second payment goes back', () =>
      given([requested, paid('pay-1')])
        .when(receive('pay-2'))
        .then([event('GuestPaymentRejected', { ...addressed, onlinePaymentId: 'pay-2', amount: euros(15_000), reason: 'ALREADY_PAID' as const })]));

    it('is taken as late after the booking expired: the nights are then held again if still free', () =>
      given([requested, event('GuestBookingExpired', addressed)]).when(receive('pay-1')).then([paid('pay-1', true)]));

    it('needs a booking to pay for', () => given([]).when(receive('pay-1')).thenThrows(NotFound));
  });

  describe('its expiry', () => {
    it('comes once the time to pay is up, not before', () => {
      given([requested]).when(expire('2027-06-01T08:29:59.999Z')).thenNothing();
      given([requested]).when(expire('2027-06-01T08:30:00.000Z')).then([event('GuestBookingExpired', addressed)]);
    });

    it('never comes to a booking paid meanwhile, nor twice', () => {
      given([requested, paid('pay-1')]).when(expire('2027-06-01T09:00:00.000Z')).thenNothing();
      given([requested, event('GuestBookingExpired', addressed)]).when(expire('2027-06-01T09:00:00.000Z')).thenNothing();
    });

    it('never comes to a pre-booking', () =>
      given([event('GuestBookingRequested', { ...REQUEST, payOnline: false, expiresAt: null }), event('GuestBookingOpened', addressed)]).when(expire('2028-01-01T00:00:00.000Z')).thenNothing());
  });

  describe('once paid', () => {
    it('opens once', () => {
      given([requested, paid('pay-1')]).when(command('MarkGuestBookingOpened', { guestBookingId: ID })).then([event('GuestBookingOpened', addressed)]);
      given([requested, paid('pay-1'), event('GuestBookingOpened', addressed)]).when(command('MarkGuestBookingOpened', { guestBookingId: ID })).thenNothing();
    });

    it('is lost, naming the payment to give back, when the nights were taken meanwhile', () =>
      given([requested, event('GuestBookingExpired', addressed), paid('pay-1', true)])
        .when(command('MarkGuestBookingLost', { guestBookingId: ID }))
        .then([event('GuestBookingLost', { ...addressed, onlinePaymentId: 'pay-1' })]));

    it('cannot be lost without a payment to give back', () => given([requested]).when(command('MarkGuestBookingLost', { guestBookingId: ID })).thenThrows(Conflict));

    it('is never lost once its file opened', () =>
      given([requested, paid('pay-1'), event('GuestBookingOpened', addressed)]).when(command('MarkGuestBookingLost', { guestBookingId: ID })).thenNothing());
  });

  describe('abandoned', () => {
    const NOW = '2027-06-05T09:00:00.000Z';
    const erase = command('EraseAbandonedGuestBooking', { guestBookingId: ID, now: NOW });
    const erased = event('GuestBookingErased', { ...addressed, erasedAt: NOW });
    const EXPIRED = [requested, event('GuestBookingExpired', addressed)];

    it('has its guest erased once it expired, once', () => {
      given(EXPIRED).when(erase).then([erased]);
      given([...EXPIRED, erased]).when(erase).thenNothing();
    });

    it('is not, while the guest may still pay or once it became a file (erased with the file)', () => {
      given([requested]).when(erase).thenNothing();
      given([requested, paid('pay-1'), event('GuestBookingOpened', addressed)]).when(erase).thenNothing();
    });

    it('reads as nobody afterwards, and sends back a payment that comes after', () => {
      expect(guestBookingDecider.evolve(guestBookingDecider.evolve(guestBookingDecider.evolve(null, requested), EXPIRED[1]), erased)?.request.guest).toMatchObject({ lastName: 'Anonyme', email: null });
      given([...EXPIRED, erased])
        .when(receive('pay-3'))
        .then([event('GuestPaymentRejected', { ...addressed, onlinePaymentId: 'pay-3', amount: euros(15_000), reason: 'BOOKING_ERASED' as const })]);
    });
  });

  describe('its events', () => {
    const samples: GuestBookingEvent[] = [
      requested,
      event('GuestBookingRequested', { ...REQUEST, payOnline: false, holdId: null, expiresAt: null, payment: null, promoCode: 'ETE', marketingConsent: { given: true, text: 'Offres', link: 'https://gite.example/rgpd', at: REQUEST.requestedAt } }),
      paid('pay-1'),
      event('GuestPaymentRejected', { ...addressed, onlinePaymentId: 'pay-2', amount: euros(100), reason: 'WRONG_AMOUNT' as const }),
      event('GuestBookingExpired', addressed),
      event('GuestBookingOpened', addressed),
      event('GuestBookingLost', { ...addressed, onlinePaymentId: 'pay-1' }),
      event('GuestBookingErased', { ...addressed, erasedAt: '2027-06-05T09:00:00.000Z' }),
      event('GuestPaymentRejected', { ...addressed, onlinePaymentId: 'pay-3', amount: euros(15_000), reason: 'BOOKING_ERASED' as const }),
    ];
    itKeepsTheEventContract(guestBookingEvents, samples);

    it('reads a rejection stored before erasure existed (v1) as it was', () => {
      const v1 = { ...addressed, onlinePaymentId: 'pay-2', amount: euros(100), reason: 'WRONG_AMOUNT' };
      expect(guestBookingEvents.decode({ type: 'GuestPaymentRejected', schemaVersion: 1, data: v1 }).data).toEqual(v1);
    });
  });
});
