import { DomainError } from '../../shared/kernel/errors';
import type { Money } from '../../shared/kernel/money';
import type { PaymentSession, PaymentSessionRequest } from '../contracts';
import type { PaymentProviderName, ProviderSecrets } from '../domain/payment-provider/payment-provider';
import type { SealedSecrets } from '../domain/payment-provider/payment-provider.events';

/** A payment the provider says it took, as its verified notification reads. */
export interface ProviderPayment {
  readonly ownerId: string;
  readonly providerPaymentId: string;
  readonly reference: string;
  readonly amount: Money;
  readonly paidAt: string;
}

/** What a verified notification means to us: a payment taken, or nothing we act on. */
export type ProviderNotice = { readonly kind: 'PAID'; readonly payment: ProviderPayment } | { readonly kind: 'IGNORED'; readonly why: string };

export interface ProviderRefundRequest {
  readonly providerPaymentId: string;
  readonly amount: Money;
  /** Ours, and the provider's idempotency key: asking twice gives back once. */
  readonly refundId: string;
}

/**
 * One payment provider as Paiement uses it. The secrets are the owner's, opened for this call;
 * null for the local provider, which signs with a key of its own.
 */
export interface PaymentProvider {
  readonly name: PaymentProviderName;
  startSession(request: PaymentSessionRequest, secrets: ProviderSecrets | null, now: Date): Promise<PaymentSession>;
  refund(request: ProviderRefundRequest, secrets: ProviderSecrets | null): Promise<{ readonly providerRefundId: string }>;
  /**
   * The owner a notification says it is for, read before it is verified: only to know whose
   * secret verifies it. Null when it names none.
   */
  claimedOwner(rawBody: Buffer): string | null;
  /** Verifies the notification on its raw bytes, then reads it; throws WebhookRefused. */
  readNotification(rawBody: Buffer, headers: Readonly<Record<string, string | string[] | undefined>>, secrets: ProviderSecrets | null, now: Date): ProviderNotice;
}

/** Every provider by name. Inject with `@Inject(PAYMENT_PROVIDER_ADAPTERS)`. */
export type PaymentProviders = Readonly<Record<PaymentProviderName, PaymentProvider>>;
export const PAYMENT_PROVIDER_ADAPTERS = Symbol('PaymentProviders');

/** Seals a provider's secrets for the event store, and opens them again, for one owner. */
export interface SecretBox {
  seal(ownerId: string, secrets: ProviderSecrets): SealedSecrets;
  open(ownerId: string, sealed: SealedSecrets): ProviderSecrets;
}

export const SECRET_BOX = Symbol('SecretBox');

/** A notification we cannot trust or place: answered 400, and nothing is recorded. */
export class WebhookRefused extends DomainError {
  readonly code = 'BAD_USER_INPUT';

  constructor(reason: string) {
    super(`Webhook refused: ${reason}`);
  }
}

/** The provider itself refused or failed (a revoked key, an outage): the guest or owner may try again later. */
export class PaymentProviderFailed extends DomainError {
  readonly code = 'UNAVAILABLE';

  constructor(provider: PaymentProviderName, detail: string) {
    super(`The payment provider (${provider}) did not answer as expected: ${detail}`);
  }
}

/** The provider could not be reached for now: not a refusal, so whoever asked may try again. */
export class PaymentProviderUnreachable extends Error {
  constructor(provider: PaymentProviderName, detail: string) {
    super(`The payment provider (${provider}) could not be reached: ${detail}`);
    this.name = 'PaymentProviderUnreachable';
  }
}
