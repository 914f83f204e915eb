/**
 * Paiement's public face: the only file another context may import. It keeps each owner's
 * deposit policy and each booking file's ledger of payments.
 */
import type { Position } from '../event-store/position';
import type { Payment } from '../shared/kernel/payment-terms';
import type { DepositPolicy } from './domain/deposit-policy/deposit-policy';

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
