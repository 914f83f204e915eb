import type { CalendarDate } from './calendar-date';
import type { Money } from './money';

/**
 * The words of payment that Tarification (the quote's deposit line), Reservation (the file's
 * deposit) and Paiement (the policy and the ledger) all speak.
 */

/**
 * ARRHES: the guest may withdraw by losing them, the owner by paying back double.
 * ACOMPTE: commits both sides; the whole stay is owed.
 */
export const DEPOSIT_KINDS = ['ARRHES', 'ACOMPTE'] as const;
export type DepositKind = (typeof DEPOSIT_KINDS)[number];

/** How a guest pays: the owner chooses which they accept. */
export const PAYMENT_METHODS = ['CHEQUE', 'HOLIDAY_VOUCHERS', 'TRANSFER', 'CASH', 'CARD', 'ONLINE'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** What a deposit asks: its kind and the share of the accommodation price. */
export interface DepositTerms {
  readonly kind: DepositKind;
  /** 0 to 100, at most two decimals. */
  readonly percent: number;
}

/** A payment received ("règlement"), as Paiement's ledger holds it and a booking file shows it. */
export interface Payment {
  readonly paymentId: string;
  readonly date: CalendarDate;
  readonly method: PaymentMethod;
  /** Negative for a refund. */
  readonly amount: Money;
  /** For a refund, its reason. */
  readonly note: string | null;
}
