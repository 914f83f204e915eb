/**
 * Paiement's public face: the only file another context may import. It keeps each owner's
 * deposit policy, each booking file's ledger of payments, how each owner sells online and the
 * payment provider that takes the guests' money.
 */
import type { CommandContext } from '../event-store/command-handler';
import type { Position } from '../event-store/position';
import type { Lang } from '../shared/kernel/lang';
import type { Money } from '../shared/kernel/money';
import type { Payment } from '../shared/kernel/payment-terms';
import type { DepositPolicy } from './domain/deposit-policy/deposit-policy';
import type { PaymentProviderName } from './domain/payment-provider/payment-provider';
import type { LinkedText } from './domain/sales-terms/sales-terms';

export type { BalanceDue, DepositPolicy, DepositRule } from './domain/deposit-policy/deposit-policy';
export { DEFAULT_DEPOSIT_POLICY, depositTermsFor, dueDates } from './domain/deposit-policy/deposit-policy';
export type { DepositPolicyEvent } from './domain/deposit-policy/deposit-policy.decider';
export type { PaymentsEvent } from './domain/payments/payments.decider';
export { paymentsEvents } from './domain/payments/payments.events';
export { paymentsStream } from './domain/payments/payments.decider';

export interface DepositPolicies {
  /** Read from the owner's own stream, so a policy just set applies to the very next booking. */
  policyOf(ownerId: string): Promise<DepositPolicy>;
}

/** Inject with `@Inject(DEPOSIT_POLICIES)`; PaiementModule provides it. */
export const DEPOSIT_POLICIES = Symbol('DepositPolicies');

/** A payment as the owner types it; every field is checked and named when wrong. */
export interface PaymentRequest {
  readonly ownerId: string;
  readonly dossierId: string;
  readonly date: string;
  readonly method: string;
  readonly cents: number;
  readonly note: string | null;
}

export interface PaymentLedger {
  /** Appends to `payments-<dossierId>`; Reservation learns of it from the event store. */
  record(request: PaymentRequest): Promise<{ payment: Payment; position: Position | null }>;
}

/** Inject with `@Inject(PAYMENT_LEDGER)`; PaiementModule provides it. */
export const PAYMENT_LEDGER = Symbol('PaymentLedger');

// ---- Online payment (the guest booking engine) -------------------------------------------

export type { OnlinePaymentEvent } from './domain/online-payment/online-payment.events';
export { onlinePaymentEvents, onlinePaymentStream } from './domain/online-payment/online-payment.events';

export { OnlinePaymentUnavailable, PAYMENT_PROVIDERS } from './domain/payment-provider/payment-provider';
export type { PaymentProviderName } from './domain/payment-provider/payment-provider';
export type { LinkedText } from './domain/sales-terms/sales-terms';

/** How an owner sells online ("Modalités de vente"), as the booking engine applies them. */
export interface OnlineSalesTerms {
  /** Guests may pay the deposit online: needs a connected provider too (`provider`). */
  readonly onlinePayment: boolean;
  /** Guests may pre-book without paying: the file opens as an option, deposit due by the policy. */
  readonly preBooking: boolean;
  /** How long nights stay held for a guest paying online (30 unless the owner said). */
  readonly paymentWindowMinutes: number;
  /** The marketing opt-in a guest may tick, as the owner wrote it; null: none offered. */
  readonly gdprOptIn: LinkedText | null;
  /** The privacy information shown on the booking form; null: none written. */
  readonly privacy: LinkedText | null;
  /** The provider the owner connected; null: none, so no online payment. */
  readonly provider: PaymentProviderName | null;
}

export interface SalesTerms {
  /** Read from the owner's own stream, so terms just set apply to the very next booking. */
  termsOf(ownerId: string): Promise<OnlineSalesTerms>;
}

/** Inject with `@Inject(SALES_TERMS)`; PaiementModule provides it. */
export const SALES_TERMS = Symbol('SalesTerms');

export interface PaymentSessionRequest {
  readonly ownerId: string;
  /** What the payment is for (the guest checkout's id): comes back on `OnlinePaymentSucceeded`; also the idempotency key. */
  readonly reference: string;
  readonly amount: Money;
  /** What the guest reads on the payment page, in their language. */
  readonly description: string;
  readonly customerEmail: string | null;
  readonly lang: Lang;
  /** Where the guest goes back to once paid or given up. */
  readonly returnUrl: string;
  /** The payment page closes then (the nights are no longer held). */
  readonly expiresAt: Date;
}

export interface PaymentSession {
  readonly provider: PaymentProviderName;
  readonly sessionId: string;
  /** The page the guest pays on. */
  readonly url: string;
}

export interface OnlinePayments {
  /** Opens a payment page at the owner's provider; OnlinePaymentUnavailable when none is connected. The same reference answers the same session. */
  startSession(request: PaymentSessionRequest): Promise<PaymentSession>;
  /**
   * Records an online payment in the booking file's ledger (method ONLINE, the payment's id being
   * the online payment's), once it paid for that file. Repeating it is harmless.
   */
  settle(onlinePaymentId: string, dossierId: string, context: CommandContext): Promise<Position | null>;
  /** Gives the whole payment back through its provider (it came for nights no longer free, or the wrong amount). Repeating it is harmless. */
  refund(onlinePaymentId: string, reason: string, context: CommandContext): Promise<void>;
}

/** Inject with `@Inject(ONLINE_PAYMENTS)`; PaiementModule provides it. */
export const ONLINE_PAYMENTS = Symbol('OnlinePayments');
