import { assertNever } from '../../../shared/kernel/assert-never';
import type { Decider } from '../../../shared/kernel/decider';
import { Conflict, NotFound } from '../../../shared/kernel/errors';
import { event, type Command } from '../../../shared/kernel/message';
import type { Money } from '../../../shared/kernel/money';
import type { BookingSource } from '../dossier/dossier';
import { ANONYMOUS_GUEST } from '../dossier/guest-erasure';
import { guestBookingEvents, type GuestBookingEvent, type GuestBookingRequested } from './guest-booking.events';

export type { GuestBookingEvent, GuestBookingRequested };

/** The file a guest's booking opens came from the engine: through a destination's marketplace when the guest booked there. */
export const sourceOf = ({ destinationId }: Pick<GuestBookingRequested, 'destinationId'>): BookingSource =>
  destinationId === null ? { origin: 'ONLINE', destinationId } : { origin: 'MARKETPLACE', destinationId };

/** Stream `guest-booking-<id>`; the id is also the booking file's, once it opens. */
export const guestBookingStream = (guestBookingId: string) => `guest-booking-${guestBookingId}`;

/**
 * PENDING_PAYMENT: the nights are held while the guest pays. PAID: the deposit came, the file is
 * opening. OPENED: the file exists and carries on from here. EXPIRED: not paid in time, the nights
 * went back. LOST: paid after expiry for nights taken meanwhile; the money went back.
 */
export type GuestBookingStatus = 'PENDING_PAYMENT' | 'PAID' | 'OPENED' | 'EXPIRED' | 'LOST';

export interface GuestBooking {
  readonly request: GuestBookingRequested;
  readonly status: GuestBookingStatus;
  /** The online payment the booking took, once one came. */
  readonly paidWith: { readonly onlinePaymentId: string; readonly amount: Money } | null;
  /** Every online payment seen, taken or given back: seeing one again decides nothing. */
  readonly paymentsSeen: ReadonlySet<string>;
  /** Abandoned, and its guest erased since. */
  readonly erased: boolean;
}

export type GuestBookingState = GuestBooking | null;

export type GuestBookingCommand =
  /** `opened`: a pre-booking, whose file was opened before the request is written. */
  | Command<'RequestGuestBooking', { request: GuestBookingRequested; opened: boolean }>
  | Command<'ReceiveOnlinePayment', { guestBookingId: string; onlinePaymentId: string; amount: Money }>
  | Command<'ExpireGuestBooking', { guestBookingId: string; now: string }>
  | Command<'MarkGuestBookingOpened', { guestBookingId: string }>
  | Command<'MarkGuestBookingLost', { guestBookingId: string }>
  /** The guest of a booking that never became a file, erased at `now` once it was abandoned long enough. */
  | Command<'EraseAbandonedGuestBooking', { guestBookingId: string; now: string }>;

export class GuestBookingNotFound extends NotFound {
  constructor(guestBookingId: string) {
    super('Guest booking', guestBookingId);
  }
}

export function decide(command: GuestBookingCommand, state: GuestBookingState): GuestBookingEvent[] {
  if (command.type === 'RequestGuestBooking') {
    const { request, opened } = command.data;
    if (state !== null) {
      // The same request again (a retry) is no change; another one under this id never overwrites it.
      if (state.request.tokenHash === request.tokenHash) return [];
      throw new Conflict(`Guest booking ${request.guestBookingId} exists already`);
    }
    const addressed = { guestBookingId: request.guestBookingId, ownerId: request.ownerId };
    return [event('GuestBookingRequested', request), ...(opened ? [event('GuestBookingOpened', addressed)] : [])];
  }
  if (state === null) throw new GuestBookingNotFound(command.data.guestBookingId);
  const addressed = { guestBookingId: state.request.guestBookingId, ownerId: state.request.ownerId };
  switch (command.type) {
    case 'ReceiveOnlinePayment': {
      const { onlinePaymentId, amount } = command.data;
      if (state.paymentsSeen.has(onlinePaymentId)) return [];
      const payment = { ...addressed, onlinePaymentId, amount };
      if (state.erased) return [event('GuestPaymentRejected', { ...payment, reason: 'BOOKING_ERASED' as const })];
      if (state.paidWith !== null || state.status === 'OPENED' || state.status === 'LOST') return [event('GuestPaymentRejected', { ...payment, reason: 'ALREADY_PAID' as const })];
      const due = state.request.amountDue;
      if (amount.cents !== due.cents || amount.currency !== due.currency) return [event('GuestPaymentRejected', { ...payment, reason: 'WRONG_AMOUNT' as const })];
      return [event('GuestBookingPaid', { ...payment, late: state.status === 'EXPIRED' })];
    }
    case 'ExpireGuestBooking': {
      const { expiresAt } = state.request;
      const due = state.status === 'PENDING_PAYMENT' && expiresAt !== null && Date.parse(command.data.now) >= Date.parse(expiresAt);
      return due ? [event('GuestBookingExpired', addressed)] : [];
    }
    case 'MarkGuestBookingOpened':
      return state.status === 'OPENED' ? [] : [event('GuestBookingOpened', addressed)];
    case 'MarkGuestBookingLost': {
      if (state.status === 'LOST' || state.status === 'OPENED') return [];
      if (state.paidWith === null) throw new Conflict(`Guest booking ${addressed.guestBookingId} was not paid: there is nothing to give back`);
      return [event('GuestBookingLost', { ...addressed, onlinePaymentId: state.paidWith.onlinePaymentId })];
    }
    case 'EraseAbandonedGuestBooking':
      // A booking that became a file is erased with its file; one still under way is not abandoned.
      if (state.erased || (state.status !== 'EXPIRED' && state.status !== 'LOST')) return [];
      return [event('GuestBookingErased', { ...addressed, erasedAt: command.data.now })];
    default:
      return assertNever(command);
  }
}

export function evolve(state: GuestBookingState, e: GuestBookingEvent): GuestBookingState {
  if (e.type === 'GuestBookingRequested') return { request: e.data, status: e.data.payOnline ? 'PENDING_PAYMENT' : 'PAID', paidWith: null, paymentsSeen: new Set(), erased: false };
  if (state === null) return state;
  switch (e.type) {
    case 'GuestBookingPaid':
      return { ...state, status: 'PAID', paidWith: { onlinePaymentId: e.data.onlinePaymentId, amount: e.data.amount }, paymentsSeen: new Set(state.paymentsSeen).add(e.data.onlinePaymentId) };
    case 'GuestPaymentRejected':
      return { ...state, paymentsSeen: new Set(state.paymentsSeen).add(e.data.onlinePaymentId) };
    case 'GuestBookingExpired':
      return { ...state, status: 'EXPIRED' };
    case 'GuestBookingOpened':
      return { ...state, status: 'OPENED' };
    case 'GuestBookingLost':
      return { ...state, status: 'LOST' };
    case 'GuestBookingErased':
      return { ...state, request: { ...state.request, guest: ANONYMOUS_GUEST }, erased: true };
    default:
      return assertNever(e);
  }
}

export const guestBookingDecider: Decider<GuestBookingCommand, GuestBookingEvent, GuestBookingState> = {
  decide,
  evolve,
  initialState: () => null,
  events: guestBookingEvents,
};
