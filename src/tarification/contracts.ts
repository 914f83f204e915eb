/**
 * Tarification's public face: the only file another context may import. It answers one
 * question for everyone else: what does this stay cost, and may it be booked?
 */
import type { CalendarDate } from '../shared/kernel/calendar-date';
import type { Money } from '../shared/kernel/money';
import type { Occupants } from './domain/quote/quote-request';
import type { Quote } from './domain/quote/quote';

export type { RatesEvent } from './domain/rates/rates.decider';
export type { BookingRulesEvent } from './domain/rules/booking-rules.decider';
export type { TouristTaxEvent } from './domain/rules/tourist-tax.decider';
export type { PromotionsEvent } from './domain/promotions/promotions.decider';
export type { PromoCodesEvent } from './domain/promo-codes/promo-codes.decider';
export type { DepositKind, Quote, QuoteSupplement } from './domain/quote/quote';
export type { DiscountSource, PromoCodeOutcome, QuoteDiscount } from './domain/quote/discounts';
export type { Refusal, RefusalCode } from './domain/quote/refusals';
export type { Occupants } from './domain/quote/quote-request';

export interface QuoteQuestion {
  readonly accommodationId: string;
  readonly arrival: string;
  /** Exclusive: the day the guest leaves. */
  readonly departure: string;
  readonly occupants: readonly Occupants[];
  readonly optionalSupplementIds?: readonly string[] | null;
  readonly promoCode?: string | null;
  /**
   * The owner asking, if any. Anyone else (a guest) is told that a hidden or archived
   * accommodation does not exist.
   */
  readonly viewerOwnerId: string | null;
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
}

/** The most days `nightlyPrices` answers at once: a planning screen's year and a day. */
export const MAX_PLANNING_DAYS = 367;

/** Inject with `@Inject(QUOTE_SERVICE)`; TarificationModule provides it. */
export const QUOTE_SERVICE = Symbol('QuoteService');
