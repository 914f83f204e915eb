/**
 * Tarification's public face: the only file another context may import. It answers one
 * question for everyone else: what does this stay cost, and may it be booked?
 */
import type { CalendarDate } from '../shared/kernel/calendar-date';
import type { CommandContext } from '../event-store/command-handler';
import type { Money } from '../shared/kernel/money';
import type { DepositPolicy } from '../paiement/contracts';
import type { Occupants } from './domain/quote/quote-request';
import type { Quote } from './domain/quote/quote';

export type { RatesEvent } from './domain/rates/rates.decider';
export { ratesEvents } from './domain/rates/rates.events';
export type { BookingRulesEvent } from './domain/rules/booking-rules.decider';
export type { TouristTaxEvent } from './domain/rules/tourist-tax.decider';
export type { PromotionsEvent } from './domain/promotions/promotions.decider';
export type { PromoCodesEvent } from './domain/promo-codes/promo-codes.decider';
export type { Quote, QuoteSupplement } from './domain/quote/quote';
export type { DiscountSource, PromoCodeOutcome, QuoteDiscount } from './domain/quote/discounts';
export type { Refusal, RefusalCode } from './domain/quote/refusals';
export type { Occupants } from './domain/quote/quote-request';
export { personCount } from './domain/quote/quote-request';

import type { RecordedExemptions } from './domain/quote/quote-tourist-tax';
export type { RecordedExemptions } from './domain/quote/quote-tourist-tax';
export type { RecordedExemption, TouristTaxDetail, TouristTaxLine, ExemptionReason } from './domain/tourist-tax/tourist-tax-computation';
export { ExemptionsExceedAdults, RECORDED_EXEMPTIONS } from './domain/tourist-tax/tourist-tax-computation';
/** A tax's detail as the API shows it, on a quote and on a booking file's stays alike; its lines in words for documents. */
export { TouristTaxExemptCountType, TouristTaxExemptionInput, TouristTaxLineType, touristTaxLineTypes } from './graphql/tourist-tax-detail.types';
export { touristTaxLineText } from './domain/tourist-tax/tourist-tax-wording';

export interface QuoteQuestion {
  readonly accommodationId: string;
  readonly arrival: string;
  /** Exclusive: the day the guest leaves. */
  readonly departure: string;
  readonly occupants: readonly Occupants[];
  readonly optionalSupplementIds?: readonly string[] | null;
  readonly promoCode?: string | null;
  /** Cents: an owner's own accommodation price in place of the rates; supplements still apply. */
  readonly ownerPrice?: number | null;
  /**
   * The owner asking, if any. Anyone else (a guest) is told that a hidden or archived
   * accommodation does not exist.
   */
  readonly viewerOwnerId: string | null;
  /** A booking file being priced again: a single-use code it consumed still applies to it. */
  readonly forDossierId?: string | null;
  /**
   * The owner the accommodation must belong to (the back office booking it): any other answers
   * NOT_FOUND, as an unknown one, so this one lookup is also the ownership check.
   */
  readonly ownedBy?: string | null;
  /** The owner's deposit policy, when the caller has it already: spares reading it again. */
  readonly depositPolicy?: DepositPolicy | null;
  /** Adults the owner recorded on a file as exempt from the taxe de séjour, by reason; only the owner's own quotes take them. */
  readonly touristTaxExemptions?: RecordedExemptions | null;
}

export interface NightlyPrice {
  readonly date: CalendarDate;
  /** Null when no stay rate prices that night. */
  readonly price: Money | null;
}

export interface QuoteService {
  /** Throws a named error for bad input or an unknown accommodation; refusals are in the quote. */
  quote(question: QuoteQuestion): Promise<Quote>;
  /** Each night from `from` to `to` (exclusive), priced by the planning's rule. */
  nightlyPrices(accommodationId: string, from: CalendarDate, to: CalendarDate): Promise<NightlyPrice[]>;
  /** The same for several accommodations in one read (an owner's whole planning), by accommodation id. */
  nightlyPricesOf(accommodationIds: readonly string[], from: CalendarDate, to: CalendarDate): Promise<ReadonlyMap<string, NightlyPrice[]>>;
  /** The accommodation's IANA zone (its booking rules'; Europe/Paris unless the owner set one): where its days begin. */
  timeZoneOf(accommodationId: string): Promise<string>;
}

export interface PromoCodeUse {
  /**
   * Marks a single-use code as used by the booking file (nothing for a multiple-use code);
   * PromoCodeAlreadyUsed (CONFLICT) when another file took it first. Repeating it is harmless.
   */
  consume(ownerId: string, promoCodeId: string, dossierId: string, context: CommandContext): Promise<void>;
  /**
   * Gives a single-use code back when the booking file that consumed it failed to open. Does
   * nothing for a code that file does not hold (unused, taken by another file, or removed), so
   * repeating it is harmless.
   */
  release(ownerId: string, promoCodeId: string, dossierId: string, context: CommandContext): Promise<void>;
}

/** The read model that shows a code as used: a booking that consumed one waits for it. */
export const PROMO_CODES_READ_MODEL = 'promo-codes';

/** Inject with `@Inject(PROMO_CODE_USE)`; TarificationModule provides it. */
export const PROMO_CODE_USE = Symbol('PromoCodeUse');

/** The most days `nightlyPrices` answers at once: a planning screen's year and a day. */
export const MAX_PLANNING_DAYS = 367;

/** Inject with `@Inject(QUOTE_SERVICE)`; TarificationModule provides it. */
export const QUOTE_SERVICE = Symbol('QuoteService');
