import { Inject, Injectable } from '@nestjs/common';
import { z } from 'zod';
import { handleCommand, loadState } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { publicUrl, RUNTIME_CONFIG, type RuntimeConfig } from '../../shared/config/config';
import { moneySchema } from '../../shared/kernel/event-schemas';
import { command } from '../../shared/kernel/message';
import type { PaymentSession, PaymentSessionRequest } from '../contracts';
import { WebhookRefused, type PaymentProvider, type ProviderNotice, type ProviderPayment, type ProviderRefundRequest } from '../application/ports';
import { localCheckoutDecider, localCheckoutIdOf, localCheckoutStream, type LocalCheckout } from '../domain/local-checkout/local-checkout.decider';
import { PaymentKeys } from './payment-secrets';
import { verifyStandardWebhook } from './standard-webhooks';

/** Where the guest pays a local checkout, under the app's public address. */
export const localCheckoutPath = (sessionId: string) => `/payments/local/checkout/${sessionId}`;

/** The notification the local provider sends itself once a guest pays (see LocalCheckoutController). */
export const LOCAL_PAYMENT_SUCCEEDED = 'payment.succeeded';

const notificationSchema = z.object({
  type: z.string(),
  data: z.object({ ownerId: z.string(), providerPaymentId: z.string(), reference: z.string(), amount: moneySchema, paidAt: z.string() }),
});

export interface LocalNotification {
  readonly type: typeof LOCAL_PAYMENT_SUCCEEDED;
  readonly data: ProviderPayment;
}

/**
 * A payment provider served by the app itself, so the booking engine runs end to end on a laptop
 * or in CI without an account anywhere: a card page that takes no money, and notifications it
 * signs (Standard Webhooks) and sends over HTTP to the same webhook endpoint as Stripe's. Refunds
 * only record. Never in production (see ProviderConnections and the payment-provider rules).
 */
@Injectable()
export class LocalPaymentProvider implements PaymentProvider {
  readonly name = 'LOCAL';

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    private readonly keys: PaymentKeys,
  ) {}

  async startSession(request: PaymentSessionRequest, _: unknown, now: Date): Promise<PaymentSession> {
    const { ownerId, reference, amount, description, customerEmail, lang, returnUrl, expiresAt } = request;
    const sessionId = localCheckoutIdOf(ownerId, reference);
    await handleCommand(
      this.store,
      localCheckoutStream(sessionId),
      localCheckoutDecider,
      command('StartLocalCheckout', { sessionId, ownerId, reference, amount, description, customerEmail, lang, returnUrl, expiresAt: expiresAt.toISOString() }),
      { actor: { kind: 'system', id: 'payment-provider:LOCAL' }, now, correlationId: sessionId, causationId: null },
    );
    return { provider: 'LOCAL', sessionId, url: `${publicUrl(this.config)}${localCheckoutPath(sessionId)}` };
  }

  refund(request: ProviderRefundRequest): Promise<{ providerRefundId: string }> {
    return Promise.resolve({ providerRefundId: `local-refund-${request.refundId}` });
  }

  claimedOwner(rawBody: Buffer): string | null {
    const parsed = this.parse(rawBody);
    return parsed?.data.ownerId ?? null;
  }

  readNotification(rawBody: Buffer, headers: Readonly<Record<string, string | string[] | undefined>>, _: unknown, now: Date): ProviderNotice {
    verifyStandardWebhook(this.keys.localWebhookSecret, headers, rawBody, now);
    const notification = this.parse(rawBody);
    if (!notification) throw new WebhookRefused('its body is not a local payment notification');
    if (notification.type !== LOCAL_PAYMENT_SUCCEEDED) return { kind: 'IGNORED', why: `${notification.type} is not a payment` };
    return { kind: 'PAID', payment: notification.data };
  }

  /** The page's session; null when no such page was opened. */
  checkout(sessionId: string): Promise<LocalCheckout> {
    return loadState(this.store, localCheckoutStream(sessionId), localCheckoutDecider);
  }

  private parse(rawBody: Buffer): z.infer<typeof notificationSchema> | null {
    try {
      const parsed = notificationSchema.safeParse(JSON.parse(rawBody.toString('utf8')));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }
}
