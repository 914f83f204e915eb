import type { PaymentsEvent, OnlinePaymentEvent } from '../../paiement/contracts';
import { ANONYMOUS_GUEST, type DossierEvent, type PlanningEvent } from '../../reservation/contracts';
import type { RatesEvent } from '../../tarification/contracts';
import { assertNever } from '../../shared/kernel/assert-never';
import { daysBetween } from '../../shared/kernel/calendar-date';
import type { Payment } from '../../shared/kernel/payment-terms';
import type { DecodedEvent } from '../../event-store/event-store.port';
import type { PublicBooking, PublicEventType, PublicGuest, PublicStay } from '../domain/integration/public-events';

/** The domain events integrators hear about, as their contexts publish them. */
export type SourceEvent = DossierEvent | PaymentsEvent | OnlinePaymentEvent | PlanningEvent | RatesEvent;

type DossierStay = Extract<DossierEvent, { type: 'StayAdded' }>['data']['stay'];
type Guest = Extract<DossierEvent, { type: 'DossierOpened' }>['data']['guest'];

/**
 * What the translation remembers between events, because a later event alone does not say it: a
 * file's state as integrators see it (a payment names only its file), and whether an online
 * payment reached a file. Kept by the translating follower, in the order of the events.
 */
export type Subject = { readonly kind: 'booking'; readonly ownerId: string; readonly booking: PublicBooking; readonly guest: PublicGuest } | { readonly kind: 'online-payment'; readonly settled: true };

/** One public event about to be written: its envelope's facts, its data, and the personal data kept apart. */
export interface PublicEventDraft {
  readonly type: PublicEventType;
  readonly ownerId: string;
  /** The accommodation it is about; a file with several stays names its first. */
  readonly accommodationId: string | null;
  /** Every accommodation it is about: what the feed's `accommodationId` filter matches. */
  readonly accommodationIds: readonly string[];
  /** Webhooks deliver the events of one key in order: one booking file, or one accommodation's nights and rates. */
  readonly orderingKey: string;
  /** With `booking.guest` null: the guest goes in `guest`, shown only to readers allowed personal data. */
  readonly data: Record<string, unknown>;
  readonly guest: PublicGuest | null;
}

export interface Translation {
  readonly drafts: readonly PublicEventDraft[];
  readonly remember: readonly (readonly [string, Subject])[];
  /** Booking files whose guest was erased: what is stored of them for integrators loses its guest. */
  readonly erase?: readonly string[];
}

const bookingKey = (dossierId: string) => `booking:${dossierId}`;
const onlinePaymentKey = (onlinePaymentId: string) => `online-payment:${onlinePaymentId}`;

/** The subjects an event's translation reads: loaded before it is translated. */
export function subjectKeys(event: SourceEvent): string[] {
  if (event.type === 'PaymentRecorded') return [bookingKey(event.data.dossierId)];
  if ('onlinePaymentId' in event.data) return [onlinePaymentKey(event.data.onlinePaymentId)];
  return 'dossierId' in event.data ? [bookingKey(event.data.dossierId)] : [];
}

/** A file cannot go back to OPTION once confirmed; a status it moves to says the rest. */
const STATUS_EVENTS: Partial<Record<PublicBooking['status'], PublicEventType>> = { CONFIRMED: 'booking.confirmed', PAID: 'booking.paid', CANCELLED: 'booking.cancelled' };

const NOTHING: Translation = { drafts: [], remember: [] };

/**
 * The public events a domain event means, if any. Pure: `known` holds the subjects named by
 * `subjectKeys`, as earlier events left them. Events integrators need not know (notes, due dates,
 * a contract signed) say nothing but may update what the next one shows.
 */
export function translate(recorded: DecodedEvent<SourceEvent>, known: ReadonlyMap<string, Subject>): Translation {
  const event = recorded as SourceEvent;
  switch (event.type) {
    case 'DossierOpened': {
      const { dossierId, ownerId, createdAt, origin, guest, stays } = event.data;
      // Version 1 of the public events knows no marketplace: a guest who booked through one booked online.
      const booking: PublicBooking = { bookingId: dossierId, number: null, status: 'OPTION', origin: origin === 'MARKETPLACE' ? 'ONLINE' : origin, createdAt, stays: stays.map(publicStay), guest: null };
      return bookingChanged(ownerId, booking, publicGuest(guest), 'booking.created', {});
    }
    case 'DossierNumbered':
      return withBooking(known, event.data.dossierId, (s) => bookingChanged(s.ownerId, { ...s.booking, number: event.data.number }, s.guest, 'booking.numbered', {}));
    case 'StayAdded':
    case 'StayChanged': {
      const stay = publicStay(event.data.stay);
      return withBooking(known, event.data.dossierId, (s) => {
        const previous = s.booking.stays.find((x) => x.stayId === stay.stayId) ?? null;
        const stays = previous ? s.booking.stays.map((x) => (x.stayId === stay.stayId ? stay : x)) : [...s.booking.stays, stay];
        return bookingChanged(s.ownerId, { ...s.booking, stays }, s.guest, 'booking.stay_changed', { stayId: stay.stayId, previous });
      });
    }
    case 'DossierStatusChanged': {
      const { from, to } = event.data;
      // A file going back (paid, then owing again after a change) is told by the status it reaches.
      return withBooking(known, event.data.dossierId, (s) => bookingChanged(s.ownerId, { ...s.booking, status: to }, s.guest, STATUS_EVENTS[to] ?? null, { previousStatus: from }));
    }
    case 'DossierDeleted':
      return withBooking(known, event.data.dossierId, (s) => ({
        drafts: [draft('booking.deleted', s.ownerId, s.booking, { bookingId: s.booking.bookingId, number: s.booking.number }, null)],
        remember: [],
      }));
    case 'PaymentRecorded':
      return withBooking(known, event.data.dossierId, (s) => {
        const refund = event.data.payment.amount.cents < 0;
        return { drafts: [draft(refund ? 'payment.refunded' : 'payment.recorded', s.ownerId, s.booking, paymentData(s.booking, event.data.payment), null)], remember: [] };
      });
    case 'OnlinePaymentSettled':
      return { drafts: [], remember: [[onlinePaymentKey(event.data.onlinePaymentId), { kind: 'online-payment', settled: true }]] };
    case 'OnlinePaymentRefunded': {
      // A refund of money a file holds is in its ledger too (a negative payment): said once, there.
      if (known.has(onlinePaymentKey(event.data.onlinePaymentId))) return NOTHING;
      const { refundId, amount, ownerId } = event.data;
      const payment = { paymentId: refundId, date: recorded.recordedAt.toISOString().slice(0, 10), method: 'ONLINE' as const, amount };
      return {
        drafts: [{ type: 'payment.refunded', ownerId, accommodationId: null, accommodationIds: [], orderingKey: onlinePaymentKey(event.data.onlinePaymentId), data: { bookingId: null, number: null, payment }, guest: null }],
        remember: [],
      };
    }
    case 'NightsHeld':
    case 'NightsReleased': {
      const { accommodationId, ownerId, hold } = event.data;
      const heldBy = ({ DOSSIER: 'BOOKING', PENDING_PAYMENT: 'PENDING_PAYMENT', BLOCK: 'BLOCK', IMPORTED: 'IMPORT' } as const)[hold.kind];
      const data = { accommodationId, from: hold.arrival, to: hold.departure, available: event.type === 'NightsReleased', heldBy, bookingId: hold.kind === 'DOSSIER' ? hold.dossierId : null };
      return { drafts: [accommodationDraft('availability.changed', ownerId, accommodationId, data)], remember: [] };
    }
    case 'RatesSet':
    case 'RatesDeleted': {
      const { accommodationId, ownerId } = event.data;
      const periods = event.type === 'RatesSet' ? event.data.setting.periods.map(({ from, to }) => ({ from, to })) : null;
      return { drafts: [accommodationDraft('rates.changed', ownerId, accommodationId, { accommodationId, periods })], remember: [] };
    }
    case 'GuestErased':
      // Told as the guest it now is, nobody, so that integrators' copies forget them too.
      return withBooking(known, event.data.dossierId, (s) => ({
        ...bookingChanged(s.ownerId, s.booking, publicGuest(ANONYMOUS_GUEST), 'booking.guest_changed', {}),
        erase: [event.data.dossierId],
      }));
    case 'GuestChanged':
      return withBooking(known, event.data.dossierId, (s) => bookingChanged(s.ownerId, s.booking, publicGuest(event.data.guest), 'booking.guest_changed', {}));
    case 'StayPriceSet': {
      // The owner's price for a stay: integrators read it as any change of a stay's price, supplements still in it.
      const { stayId, accommodationPrice, previous: before, touristTax } = event.data;
      return withBooking(known, event.data.dossierId, (s) => {
        const previous = s.booking.stays.find((x) => x.stayId === stayId);
        if (!previous) return NOTHING;
        const stay: PublicStay = { ...previous, price: { cents: previous.price.cents - before.cents + accommodationPrice.cents, currency: 'EUR' }, touristTax: touristTax ?? previous.touristTax };
        return bookingChanged(s.ownerId, { ...s.booking, stays: s.booking.stays.map((x) => (x.stayId === stayId ? stay : x)) }, s.guest, 'booking.stay_changed', { stayId, previous });
      });
    }
    case 'StayTouristTaxAssessed': {
      // Most follow the event that priced the stay, with its amount: only a new amount is news.
      const { stayId, amount } = event.data;
      return withBooking(known, event.data.dossierId, (s) => {
        const previous = s.booking.stays.find((x) => x.stayId === stayId);
        if (!previous || previous.touristTax.cents === amount.cents) return NOTHING;
        const stay: PublicStay = { ...previous, touristTax: amount };
        return bookingChanged(s.ownerId, { ...s.booking, stays: s.booking.stays.map((x) => (x.stayId === stayId ? stay : x)) }, s.guest, 'booking.stay_changed', { stayId, previous });
      });
    }
    // What integrators need not hear: told by the status it moves (cancelled, confirmed, an option
    // released), by the ledger (a payment), or about nothing they see (notes, due dates, the
    // deposit's terms, a discount on the whole file, a conflict to sort out).
    case 'DossierCancelled':
    case 'DossierConfirmed':
    case 'PaymentReceived':
    case 'ContractSigned':
    case 'DossierNotesSet':
    case 'DueDatesMoved':
    case 'DepositPercentChanged':
    case 'DossierDiscountSet':
    case 'OptionReleaseScheduled':
    case 'OptionReleased':
    case 'GlobalSupplementAdded':
    case 'OnlinePaymentSucceeded':
    case 'ImportConflicted':
    case 'ImportConflictEnded':
    case 'PastNightsClosed':
      return NOTHING;
    default:
      return assertNever(event);
  }
}

function withBooking(known: ReadonlyMap<string, Subject>, dossierId: string, then: (subject: Extract<Subject, { kind: 'booking' }>) => Translation): Translation {
  const subject = known.get(bookingKey(dossierId));
  // A file opened before the translation began cannot be shown: nothing is made up for it.
  return subject?.kind === 'booking' ? then(subject) : NOTHING;
}

function bookingChanged(ownerId: string, booking: PublicBooking, guest: PublicGuest, type: PublicEventType | null, extra: Record<string, unknown>): Translation {
  return {
    drafts: type ? [draft(type, ownerId, booking, { booking, ...extra }, guest)] : [],
    remember: [[bookingKey(booking.bookingId), { kind: 'booking', ownerId, booking, guest }]],
  };
}

function draft(type: PublicEventType, ownerId: string, booking: PublicBooking, data: Record<string, unknown>, guest: PublicGuest | null): PublicEventDraft {
  const accommodationIds = [...new Set(booking.stays.map((s) => s.accommodationId))];
  return { type, ownerId, accommodationId: accommodationIds[0] ?? null, accommodationIds, orderingKey: bookingKey(booking.bookingId), data, guest };
}

function accommodationDraft(type: PublicEventType, ownerId: string, accommodationId: string, data: Record<string, unknown>): PublicEventDraft {
  return { type, ownerId, accommodationId, accommodationIds: [accommodationId], orderingKey: `accommodation:${accommodationId}`, data, guest: null };
}

function paymentData(booking: PublicBooking, payment: Payment): Record<string, unknown> {
  // A refund is a negative payment in the ledger; integrators read a positive amount given back.
  const amount = { cents: Math.abs(payment.amount.cents), currency: payment.amount.currency };
  return { bookingId: booking.bookingId, number: booking.number, payment: { paymentId: payment.paymentId, date: payment.date, method: payment.method, amount } };
}

function publicStay(stay: DossierStay): PublicStay {
  const { pricing } = stay;
  const price = pricing.accommodationPrice.cents + pricing.supplements.reduce((sum, s) => sum + s.amount.cents, 0);
  return {
    stayId: stay.stayId,
    accommodationId: stay.accommodationId,
    arrival: stay.arrival,
    departure: stay.departure,
    nights: daysBetween(stay.arrival, stay.departure),
    occupants: stay.occupants.map(({ ageRangeId, count }) => ({ ageRangeId, count })),
    price: { cents: price, currency: 'EUR' },
    touristTax: { cents: pricing.touristTax.cents, currency: 'EUR' },
  };
}

/** The guest as integrators read them: the fax, a relic of the old forms, stays in the file. */
function publicGuest(guest: Guest): PublicGuest {
  const { company, civility, lastName, firstName, address, addressLine2, postalCode, city, country, phone1, phone2, phone3, email } = guest;
  return { company, civility, lastName, firstName, address, addressLine2, postalCode, city, country, phone1, phone2, phone3, email };
}
