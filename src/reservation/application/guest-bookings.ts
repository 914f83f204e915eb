import { Inject, Injectable } from '@nestjs/common';
import { bookableOnline, CATALOGUE_QUERIES, visibleAccommodation, type CatalogueQueries } from '../../catalogue/contracts';
import { TERMS_OF_SALE, type TermsOfSale } from '../../communication/contracts';
import { loadState } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { SALES_TERMS, type SalesTerms } from '../../paiement/contracts';
import { publicUrl, RUNTIME_CONFIG, type RuntimeConfig } from '../../shared/config/config';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { isUuid } from '../../shared/kernel/ids';
import { inLang, type Lang } from '../../shared/kernel/lang';
import type { Money } from '../../shared/kernel/money';
import { guestBookingDecider, guestBookingStream, type GuestBooking } from '../domain/guest-booking/guest-booking.decider';
import { GUEST_REFUSALS } from '../domain/guest-booking/guest-booking.errors';
import { DOSSIER_READER, type DossierReader, type GuestBookingAccess, type GuestBookingFacts } from '../contracts';
import { guestPageUrl } from './book-stay.handler';
import { readGuestToken, sameTokenHash } from './guest-token';

export const GUEST_BOOKING_STATUSES = ['PENDING_PAYMENT', 'EXPIRED', 'REFUNDED', 'OPTION', 'CONFIRMED', 'PAID', 'CANCELLED'] as const;
export type GuestBookingStatus = (typeof GUEST_BOOKING_STATUSES)[number];

/** A booking as its guest sees it through their link: no internal note, no other file. */
export interface GuestBookingView {
  readonly dossierId: string;
  readonly number: number | null;
  readonly status: GuestBookingStatus;
  readonly guestToken: string;
  readonly paymentUrl: string | null;
  readonly expiresAt: Date | null;
  readonly accommodationId: string;
  readonly accommodationName: string;
  readonly arrival: string;
  readonly departure: string;
  readonly total: Money;
  /** What the guest is asked to pay now: the deposit while unpaid, nothing once paid. */
  readonly depositDue: Money;
  readonly paid: Money;
  readonly balance: Money;
  readonly documentUrl: string | null;
  readonly guestPageUrl: string;
  readonly lang: Lang;
}

/** What the booking form shows before a guest books: the owner's terms, the opt-in, how to pay. */
export interface BookingTermsView {
  readonly bookable: boolean;
  readonly reason: string | null;
  readonly termsText: string | null;
  readonly termsVersion: string | null;
  readonly gdprOptIn: { readonly text: string; readonly link: string | null } | null;
  readonly privacy: { readonly text: string; readonly link: string | null } | null;
  readonly onlinePayment: boolean;
  readonly preBooking: boolean;
  readonly paymentWindowMinutes: number;
}

const zero: Money = { cents: 0, currency: 'EUR' };

@Injectable()
export class GuestBookings implements GuestBookingAccess {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DOSSIER_READER) private readonly dossiers: DossierReader,
    @Inject(CATALOGUE_QUERIES) private readonly catalogue: CatalogueQueries,
    @Inject(TERMS_OF_SALE) private readonly termsOfSale: TermsOfSale,
    @Inject(SALES_TERMS) private readonly salesTerms: SalesTerms,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  /** The booking the link names, from its own streams (never a lagging read model); null for any link that is not a booking's. */
  async byToken(token: string): Promise<GuestBookingView | null> {
    const booking = await this.bookingOf(token);
    return booking && this.view(booking, token);
  }

  /** The booking file a guest's link names once it is open: for its document. */
  async dossierIdOf(token: string): Promise<string | null> {
    const booking = await this.bookingOf(token);
    return booking?.status === 'OPENED' ? booking.request.guestBookingId : null;
  }

  async factsOf(guestBookingId: string): Promise<GuestBookingFacts | null> {
    const booking = isUuid(guestBookingId) ? await loadState(this.store, guestBookingStream(guestBookingId), guestBookingDecider) : null;
    if (booking === null) return null;
    const { request } = booking;
    // Once the file is open, the owner may have corrected its guest: a refund is written to that one.
    const file = booking.status === 'OPENED' ? await this.dossiers.dossierOf(guestBookingId) : null;
    return {
      guestBookingId,
      ownerId: request.ownerId,
      accommodationId: request.accommodationId,
      arrival: request.arrival,
      departure: request.departure,
      guest: file?.guest ?? request.guest,
      lang: request.lang,
    };
  }

  async termsFor(accommodationId: string, lang: Lang): Promise<BookingTermsView> {
    // Hidden, archived or unknown, it does not exist for a guest; LISTED, it is shown but not booked online.
    const accommodation = await visibleAccommodation(this.catalogue, accommodationId, null, 'accommodationId');
    const [terms, sales] = await Promise.all([this.termsOfSale.termsOf(accommodation.ownerId), this.salesTerms.termsOf(accommodation.ownerId)]);
    const linked = (text: { text: { fr: string | null; en: string | null }; link: string | null } | null) => {
      const said = text && inLang(text.text, lang);
      return said ? { text: said, link: text.link } : null;
    };
    const listed = !bookableOnline(accommodation);
    return {
      bookable: !listed && terms !== null,
      reason: listed ? (lang === 'FR' ? 'Ce logement ne se réserve pas en ligne' : 'This accommodation does not take bookings online') : terms === null ? GUEST_REFUSALS.NO_TERMS_OF_SALE[lang] : null,
      termsText: terms && inLang(terms.text, lang),
      termsVersion: terms?.version ?? null,
      gdprOptIn: linked(sales.gdprOptIn),
      privacy: linked(sales.privacy),
      onlinePayment: sales.onlinePayment && sales.provider !== null,
      preBooking: sales.preBooking,
      paymentWindowMinutes: sales.paymentWindowMinutes,
    };
  }

  private async bookingOf(token: string): Promise<GuestBooking | null> {
    const read = typeof token === 'string' ? readGuestToken(token) : null;
    if (read === null) return null;
    const booking = await loadState(this.store, guestBookingStream(read.guestBookingId), guestBookingDecider);
    return booking !== null && sameTokenHash(booking.request.tokenHash, read.tokenHash) ? booking : null;
  }

  private async view(booking: GuestBooking, token: string): Promise<GuestBookingView> {
    const { request } = booking;
    const [file, accommodation] = await Promise.all([
      booking.status === 'OPENED' ? this.dossiers.dossierOf(request.guestBookingId) : Promise.resolve(null),
      this.catalogue.accommodationForBooking(request.accommodationId),
    ]);
    const pending = booking.status === 'PENDING_PAYMENT' && request.expiresAt !== null && Date.parse(request.expiresAt) > this.clock.now().getTime();
    const paidOnline = booking.paidWith?.amount ?? zero;
    const base = {
      dossierId: request.guestBookingId,
      guestToken: token,
      expiresAt: pending && request.expiresAt ? new Date(request.expiresAt) : null,
      paymentUrl: pending ? (request.payment?.url ?? null) : null,
      accommodationId: request.accommodationId,
      accommodationName: accommodation?.name ?? '',
      arrival: request.arrival,
      departure: request.departure,
      guestPageUrl: guestPageUrl(this.config, token),
      lang: request.lang,
    };
    // Between the file opening and the guest's payment reaching its ledger (a moment, in the same
    // reaction), the file reads as an unpaid option: the guest, who has paid, is shown the payment
    // settling instead, so their page keeps asking rather than stop on "deposit to pay".
    const settling = file !== null && booking.paidWith !== null && !file.payments.some((p) => p.paymentId === booking.paidWith?.onlinePaymentId);
    if (file === null || settling) {
      const status: GuestBookingStatus = booking.status === 'LOST' ? 'REFUNDED' : booking.status === 'PAID' || settling ? 'CONFIRMED' : booking.status === 'OPENED' ? 'CANCELLED' : pending ? 'PENDING_PAYMENT' : 'EXPIRED';
      const paid = status === 'CONFIRMED' ? paidOnline : zero;
      return { ...base, number: null, status, total: request.total, depositDue: status === 'PENDING_PAYMENT' ? request.amountDue : zero, paid, balance: { cents: request.total.cents - paid.cents, currency: 'EUR' }, documentUrl: null };
    }
    const depositLeft = Math.max(0, file.deposit.amount.cents - file.paid.cents);
    return {
      ...base,
      number: file.number,
      status: file.status,
      total: file.total,
      depositDue: { cents: file.status === 'OPTION' ? depositLeft : 0, currency: 'EUR' },
      paid: file.paid,
      balance: file.balance,
      documentUrl: `${publicUrl(this.config)}/guest/bookings/${token}/document.pdf`,
    };
  }
}
