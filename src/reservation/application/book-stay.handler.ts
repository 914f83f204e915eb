import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CATALOGUE_QUERIES, visibleAccommodation, type AccommodationForBooking, type CatalogueQueries } from '../../catalogue/contracts';
import { TERMS_OF_SALE, type TermsOfSale } from '../../communication/contracts';
import { handleCommand, type CommandContext } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import type { Position } from '../../event-store/position';
import { ONLINE_PAYMENTS, SALES_TERMS, type OnlinePayments, type OnlineSalesTerms, type SalesTerms } from '../../paiement/contracts';
import { publicUrl, RUNTIME_CONFIG, type RuntimeConfig } from '../../shared/config/config';
import { ATTEMPT_THROTTLE, type AttemptThrottle } from '../../shared/throttle/attempt-throttle';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { InvalidInput } from '../../shared/kernel/errors';
import { longDate } from '../../shared/kernel/formats';
import { inLang, type Lang } from '../../shared/kernel/lang';
import { command } from '../../shared/kernel/message';
import { httpUrl } from '../../shared/kernel/url';
import { QUOTE_SERVICE, type Quote, type QuoteService, type Refusal } from '../../tarification/contracts';
import type { GuestBookingRequested } from '../domain/guest-booking/guest-booking.events';
import { guestBookingDecider, guestBookingStream, sourceOf } from '../domain/guest-booking/guest-booking.decider';
import { badGuestDetail, GuestBookingRefused } from '../domain/guest-booking/guest-booking.errors';
import { parseGuest, type Guest, type GuestInput } from '../domain/dossier/guest';
import type { Hold } from '../domain/planning/hold';
import { NightsUnavailable } from '../domain/planning/planning.errors';
import { CreateDossier, type DossierChange } from './create-dossier.handler';
import { DossierSteps, newHoldId, type StayRequest } from './dossier-steps';
import { newGuestToken } from './guest-token';

export interface BookStayInput extends StayRequest {
  readonly promoCode?: string | null;
  readonly guest: GuestInput;
  readonly acceptTerms: boolean;
  readonly marketingConsent?: boolean | null;
  readonly lang: Lang;
  /** Unset: online when the owner offers it, else a pre-booking. */
  readonly payOnline?: boolean | null;
  /** Where the payment page sends the guest back; the app's own guest page unless said. */
  readonly returnUrl?: string | null;
  /** A field people never see: a form that fills it is a robot's. */
  readonly website?: string | null;
  /** The destination whose marketplace the guest books through: it must list the accommodation. */
  readonly destinationId?: string | null;
}

export interface BookedStay {
  readonly guestBookingId: string;
  readonly guestToken: string;
  /** Where the nights were taken: the answer waits for the planning to show them held. */
  readonly position: Position | null;
}

/** A guest books a stay: online payment of the deposit, or a pre-booking. */
export class BookStay extends Command<BookedStay> {
  constructor(
    readonly input: BookStayInput,
    /** Whose requests these are, for the per-client limit on bookings. */
    readonly clientAddress: string,
  ) {
    super();
  }
}

const HOUR = 3_600_000;

/** Nothing a guest sends may make a return address longer than this. */
const MAX_RETURN_URL = 2000;

/**
 * The booking engine's one door. Everything is checked before anything is held: the form, the
 * owner's terms (no online booking without general terms of sale), the stay as a guest's quote
 * sees it (rules, capacity, rates, free nights, the promo code). Then, for a pre-booking, the file
 * opens as an option at once; for an online payment, the nights are held for the guest while they
 * pay (PENDING_PAYMENT, `paymentWindowMinutes`), and the file opens when the deposit comes (see
 * GuestBookingPayments). Refused, a booking leaves nothing held; the planning's guard decides
 * between guests racing for the same nights.
 */
@CommandHandler(BookStay)
export class BookStayHandler implements ICommandHandler<BookStay> {
  constructor(
    private readonly steps: DossierSteps,
    private readonly commands: CommandBus,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CATALOGUE_QUERIES) private readonly catalogue: CatalogueQueries,
    @Inject(QUOTE_SERVICE) private readonly quotes: QuoteService,
    @Inject(TERMS_OF_SALE) private readonly termsOfSale: TermsOfSale,
    @Inject(SALES_TERMS) private readonly salesTerms: SalesTerms,
    @Inject(ONLINE_PAYMENTS) private readonly payments: OnlinePayments,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    @Inject(ATTEMPT_THROTTLE) private readonly throttle: AttemptThrottle,
  ) {}

  async execute({ input, clientAddress }: BookStay): Promise<BookedStay> {
    const { lang } = input;
    // Counted first, refused or not: a robot trying forms gets no further than a guest would.
    const limit = { kind: 'cap', max: this.config.guestBookingsPerClientPerHour ?? 30, windowMs: HOUR } as const;
    if ((await this.throttle.admit([{ key: `guest-booking:${clientAddress}`, limit, onSuccess: 'keep' }], this.clock.now())) !== null) {
      throw new GuestBookingRefused('TOO_MANY_BOOKINGS', lang);
    }
    if (input.website) throw new GuestBookingRefused('HONEYPOT', lang);
    if (input.acceptTerms !== true) throw new GuestBookingRefused('TERMS_NOT_ACCEPTED', lang);
    const accommodation = await visibleAccommodation(this.catalogue, input.accommodationId, null, 'input.accommodationId');
    const guest = this.guestOf(input.guest, lang);
    const returnUrl = httpUrl('input.returnUrl', input.returnUrl, MAX_RETURN_URL);
    const { ownerId } = accommodation;
    const destinationId = input.destinationId ?? null;
    const [terms, sales, depositPolicy, listed] = await Promise.all([
      this.termsOfSale.termsOf(ownerId),
      this.salesTerms.termsOf(ownerId),
      this.steps.policyOf(ownerId),
      destinationId === null || this.catalogue.listedBy(destinationId, ownerId, accommodation.accommodationId),
    ]);
    if (!listed) throw new GuestBookingRefused('NOT_LISTED', lang);
    if (terms === null) throw new GuestBookingRefused('NO_TERMS_OF_SALE', lang);
    const quote = await this.quotes.quote({ ...input, promoCode: input.promoCode ?? null, viewerOwnerId: null, depositPolicy });
    assertBookable(quote, lang);
    const payOnline = this.howToPay(input.payOnline ?? null, sales, quote, lang);

    const guestBookingId = randomUUID();
    const { token, tokenHash } = newGuestToken(guestBookingId);
    const now = this.clock.now();
    const context = this.steps.as({ kind: 'guest', id: guestBookingId });
    const request: GuestBookingRequested = {
      guestBookingId,
      ownerId,
      accommodationId: accommodation.accommodationId,
      destinationId,
      arrival: quote.arrival,
      departure: quote.departure,
      occupants: input.occupants.filter((o) => o.count > 0),
      optionalSupplementIds: [...new Set(input.optionalSupplementIds)],
      promoCode: quote.promoCode?.applied ? quote.promoCode.code : null,
      guest,
      lang,
      terms: { version: terms.version, acceptedAt: now.toISOString() },
      marketingConsent: {
        given: input.marketingConsent === true && sales.gdprOptIn !== null,
        text: sales.gdprOptIn ? inLang(sales.gdprOptIn.text, lang) : null,
        link: sales.gdprOptIn?.link ?? null,
        at: now.toISOString(),
      },
      payOnline,
      holdId: null,
      amountDue: payOnline ? quote.deposit.amount : { cents: 0, currency: 'EUR' },
      total: quote.total,
      expiresAt: null,
      tokenHash,
      payment: null,
      requestedAt: now.toISOString(),
    };
    const position = payOnline ? await this.holdWhilePaying(request, accommodation, sales, { token, returnUrl, now, context }) : await this.preBook(request, input, context);
    return { guestBookingId, guestToken: token, position };
  }

  /** The file opens now as an option, deposit due by the owner's policy; the request is then written with it. */
  private async preBook(request: GuestBookingRequested, input: BookStayInput, context: CommandContext): Promise<Position | null> {
    const { guestBookingId: dossierId, ownerId, lang } = request;
    const stay = { ...input, guest: input.guest, promoCode: request.promoCode, dossierId };
    const opened: DossierChange = await this.nightsTakenSaidToGuest(lang, () => this.commands.execute(new CreateDossier(ownerId, stay, sourceOf(request), context.actor)));
    await this.writeRequest(request, true, context);
    return opened.position;
  }

  /**
   * The nights are held first, so two guests paying for the same week cannot both reach the
   * payment page; should opening the payment page fail, they go back at once.
   */
  private async holdWhilePaying(
    request: GuestBookingRequested,
    accommodation: AccommodationForBooking,
    sales: OnlineSalesTerms,
    how: { token: string; returnUrl: string | null; now: Date; context: CommandContext },
  ): Promise<Position | null> {
    const { guestBookingId, ownerId, accommodationId, lang } = request;
    const hold: Hold = { holdId: newHoldId(), kind: 'PENDING_PAYMENT', arrival: request.arrival, departure: request.departure, dossierId: guestBookingId, reason: null };
    const held = await this.nightsTakenSaidToGuest(lang, () => this.steps.hold(ownerId, accommodationId, hold, how.context));
    try {
      const expiresAt = new Date(how.now.getTime() + sales.paymentWindowMinutes * 60_000);
      const session = await this.payments.startSession({
        ownerId,
        reference: guestBookingId,
        amount: request.amountDue,
        description: depositDescription(accommodation.name, request, lang),
        customerEmail: request.guest.email,
        lang,
        returnUrl: how.returnUrl === null ? guestPageUrl(this.config, how.token) : withBookingToken(how.returnUrl, how.token),
        expiresAt,
      });
      await this.writeRequest(
        { ...request, holdId: hold.holdId, expiresAt: expiresAt.toISOString(), payment: { provider: session.provider, sessionId: session.sessionId, url: session.url } },
        false,
        how.context,
      );
      return held;
    } catch (error) {
      await this.steps.release(ownerId, accommodationId, hold.holdId, how.context);
      throw error;
    }
  }

  private async writeRequest(request: GuestBookingRequested, opened: boolean, context: CommandContext): Promise<void> {
    await handleCommand(this.store, guestBookingStream(request.guestBookingId), guestBookingDecider, command('RequestGuestBooking', { request, opened }), context);
  }

  private guestOf(input: GuestInput, lang: Lang): Guest {
    let guest: Guest;
    try {
      guest = parseGuest('input.guest', input ?? {});
    } catch (error) {
      if (error instanceof InvalidInput && error.field) throw badGuestDetail(error.field, lang);
      throw error;
    }
    if (guest.email === null) throw new GuestBookingRefused('EMAIL_REQUIRED', lang);
    return guest;
  }

  private howToPay(asked: boolean | null, sales: OnlineSalesTerms, quote: Quote, lang: Lang): boolean {
    // A stay with no deposit to pay has nothing to pay online: it is a pre-booking.
    const online = sales.onlinePayment && sales.provider !== null && quote.deposit.amount.cents > 0;
    const payOnline = asked ?? online;
    if (payOnline && !online) throw new GuestBookingRefused('ONLINE_PAYMENT_NOT_OFFERED', lang);
    if (!payOnline && !sales.preBooking) throw new GuestBookingRefused('PRE_BOOKING_NOT_OFFERED', lang);
    return payOnline;
  }

  /** Another guest won the race for these nights: told so in the guest's words, not the planning's. */
  private async nightsTakenSaidToGuest<T>(lang: Lang, act: () => Promise<T>): Promise<T> {
    try {
      return await act();
    } catch (error) {
      if (error instanceof NightsUnavailable) throw new GuestBookingRefused('NIGHTS_TAKEN', lang);
      throw error;
    }
  }
}

/** Every reason the stay is refused, in the guest's language; UNAVAILABLE when nights are taken, so a form can offer other dates. */
function assertBookable(quote: Quote, lang: Lang): void {
  const say = (refusal: Refusal) => (lang === 'FR' ? refusal.french : refusal.message);
  if (quote.refusals.length > 0) {
    const [first] = quote.refusals as [Refusal];
    const taken = quote.refusals.some((r) => r.code === 'UNAVAILABLE');
    throw new GuestBookingRefused(first.code, lang, {
      code: taken ? 'UNAVAILABLE' : 'BAD_USER_INPUT',
      field: first.code === 'OVER_CAPACITY' || first.code === 'UNDER_CAPACITY' ? 'input.occupants' : 'input',
      FR: quote.refusals.map(say).join(' '),
      EN: quote.refusals.map(say).join(' '),
    });
  }
  const code = quote.promoCode;
  if (code !== null && !code.applied) {
    const sentence = lang === 'FR' ? `Le code promo ${code.code} ne s’applique pas à ce séjour : retirez-le ou vérifiez-le.` : `Promo code ${code.code} does not apply to this stay: remove or check it.`;
    throw new GuestBookingRefused('PROMO_CODE_REFUSED', lang, { code: 'BAD_USER_INPUT', field: 'input.promoCode', FR: sentence, EN: sentence });
  }
}

function depositDescription(name: string, stay: { arrival: string; departure: string }, lang: Lang): string {
  return lang === 'FR'
    ? `Acompte — ${name}, du ${longDate(stay.arrival, 'FR')} au ${longDate(stay.departure, 'FR')}`
    : `Deposit — ${name}, ${longDate(stay.arrival, 'EN')} to ${longDate(stay.departure, 'EN')}`;
}

/** The guest's own page on the app: the booking's state, its document, what is due. */
export const guestPageUrl = (config: RuntimeConfig, token: string): string => `${publicUrl(config)}/guest/bookings/${token}`;

/** Back from paying, the page (the owner's, with the widget) learns which booking to show. */
function withBookingToken(url: string, token: string): string {
  const back = new URL(url);
  back.searchParams.set('osmb_booking', token);
  return back.toString();
}
