import { Inject, Injectable, Logger } from '@nestjs/common';
import type Stripe from 'stripe';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../../shared/config/config';
import { euros } from '../../shared/kernel/money';
import { lazyModule } from '../../shared/runtime/lazy-module';
import type { PaymentSession, PaymentSessionRequest } from '../contracts';
import { PaymentProviderFailed, PaymentProviderUnreachable, WebhookRefused, type PaymentProvider, type ProviderNotice, type ProviderRefundRequest } from '../application/ports';
import type { ProviderSecrets } from '../domain/payment-provider/payment-provider';

/**
 * Stripe's Checkout Session expires 30 minutes to 24 hours after it is made. A payment window
 * shorter than that still gets a page open 31 minutes (a minute's margin for the request's
 * journey): a guest who pays once the nights are no longer held is refunded by the booking engine.
 */
const MIN_EXPIRY_MS = 31 * 60_000;
const MAX_EXPIRY_MS = 24 * 60 * 60_000 - 60_000;

/** Loaded when an owner first uses Stripe: most instances' starts, and most test files', never do. */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load has to be a require in CommonJS
const stripeLibrary = lazyModule(() => require('stripe') as typeof Stripe);

/** The Checkout events that mean the money was taken (`async_…`: a bank debit that cleared later). */
const PAID_EVENTS = new Set(['checkout.session.completed', 'checkout.session.async_payment_succeeded']);

/**
 * Stripe behind the PaymentProvider port: a Checkout Session per payment, refunds against its
 * PaymentIntent, and webhooks verified with the owner's own signing secret. Every request that
 * moves money carries an idempotency key, so a retry never charges or refunds twice.
 */
@Injectable()
export class StripePaymentProvider implements PaymentProvider {
  readonly name = 'STRIPE';
  private readonly logger = new Logger('Stripe');

  constructor(@Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig) {}

  async startSession(request: PaymentSessionRequest, secrets: ProviderSecrets | null, now: Date): Promise<PaymentSession> {
    const { ownerId, reference, amount, description, customerEmail, lang, returnUrl } = request;
    const expiresAt = Math.min(Math.max(request.expiresAt.getTime(), now.getTime() + MIN_EXPIRY_MS), now.getTime() + MAX_EXPIRY_MS);
    const params: Stripe.Checkout.SessionCreateParams = {
      mode: 'payment',
      line_items: [{ quantity: 1, price_data: { currency: 'eur', unit_amount: amount.cents, product_data: { name: description } } }],
      // On the PaymentIntent too, so that its own events name the owner whose secret verifies them.
      metadata: { ownerId, reference },
      payment_intent_data: { metadata: { ownerId, reference } },
      client_reference_id: reference,
      ...(customerEmail ? { customer_email: customerEmail } : {}),
      locale: lang === 'FR' ? 'fr' : 'en',
      success_url: returnUrl,
      cancel_url: returnUrl,
      expires_at: Math.floor(expiresAt / 1000),
    };
    const session = await this.call(() => this.client(secrets).checkout.sessions.create(params, { idempotencyKey: reference }), { forGuest: `owner ${ownerId}` });
    if (!session.url) throw new PaymentProviderFailed('STRIPE', `Checkout Session ${session.id} came without a page to pay on`);
    return { provider: 'STRIPE', sessionId: session.id, url: session.url };
  }

  async refund(request: ProviderRefundRequest, secrets: ProviderSecrets | null): Promise<{ providerRefundId: string }> {
    const refund = await this.call(
      () => this.client(secrets).refunds.create({ payment_intent: request.providerPaymentId, amount: request.amount.cents, metadata: { refundId: request.refundId } }, { idempotencyKey: request.refundId }),
      { retryable: true },
    );
    return { providerRefundId: refund.id };
  }

  claimedOwner(rawBody: Buffer): string | null {
    try {
      const ownerId = (JSON.parse(rawBody.toString('utf8')) as { data?: { object?: { metadata?: { ownerId?: unknown } } } }).data?.object?.metadata?.ownerId;
      return typeof ownerId === 'string' ? ownerId : null;
    } catch {
      return null;
    }
  }

  readNotification(rawBody: Buffer, headers: Readonly<Record<string, string | string[] | undefined>>, secrets: ProviderSecrets | null, now: Date): ProviderNotice {
    const signature = headers['stripe-signature'];
    if (!secrets || typeof signature !== 'string') throw new WebhookRefused('no Stripe-Signature, or no signing secret to check it with');
    let event: Stripe.Event;
    try {
      event = this.client(secrets).webhooks.constructEvent(rawBody, signature, secrets.webhookSecret, undefined, undefined, now.getTime());
    } catch {
      throw new WebhookRefused('the Stripe-Signature does not match this body, or is too old');
    }
    if (!PAID_EVENTS.has(event.type)) return { kind: 'IGNORED', why: `${event.type} is not a payment` };
    const session = event.data.object as Stripe.Checkout.Session;
    const paymentIntent = typeof session.payment_intent === 'string' ? session.payment_intent : (session.payment_intent?.id ?? null);
    const { ownerId, reference } = session.metadata ?? {};
    if (session.payment_status !== 'paid') return { kind: 'IGNORED', why: `session ${session.id} is ${session.payment_status}` };
    if (session.currency !== 'eur' || session.amount_total === null || !paymentIntent || !ownerId || !reference) return { kind: 'IGNORED', why: `session ${session.id} is not one of ours` };
    return {
      kind: 'PAID',
      payment: { ownerId, providerPaymentId: paymentIntent, reference, amount: euros(session.amount_total), paidAt: new Date(event.created * 1000).toISOString() },
    };
  }

  private client(secrets: ProviderSecrets | null): Stripe {
    if (!secrets) throw new PaymentProviderFailed('STRIPE', 'no secret key is connected');
    const api = this.config.stripeApi;
    const StripeClient = stripeLibrary();
    return new StripeClient(secrets.secretKey, api ? { host: api.host, port: api.port, protocol: api.protocol } : {});
  }

  /**
   * Stripe's own refusals name what went wrong and never carry the key: an owner reads them as
   * they are. For a refund, Stripe out of reach (network, 5xx, rate limit) is no refusal: it stays an error
   * a policy tries again, then parks for an operator, rather than a refusal it would record and
   * drop while the guest waits for their money.
   */
  private async call<T>(request: () => Promise<T>, options: { retryable?: boolean; forGuest?: string } = {}): Promise<T> {
    try {
      return await request();
    } catch (error) {
      const { errors } = stripeLibrary();
      if (!(error instanceof errors.StripeError)) throw error;
      const outOfReach = error instanceof errors.StripeConnectionError || error instanceof errors.StripeAPIError || error instanceof errors.StripeRateLimitError;
      if (outOfReach && options.retryable) throw new PaymentProviderUnreachable('STRIPE', error.message);
      // A guest is told no more than that the page did not open; the operator reads why, and for whom.
      if (options.forGuest) {
        this.logger.warn(`Stripe refused a payment page for ${options.forGuest}: ${error.message}`);
        throw new PaymentProviderFailed('STRIPE', 'the payment page could not be opened; try again in a moment');
      }
      throw new PaymentProviderFailed('STRIPE', error.message);
    }
  }
}
