import { Controller, Get, Inject, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { loadState } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { Public } from '../../shared/auth/public.decorator';
import { publicUrl, RUNTIME_CONFIG, type RuntimeConfig } from '../../shared/config/config';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { NotFound } from '../../shared/kernel/errors';
import { isUuid } from '../../shared/kernel/ids';
import type { LocalCheckoutStarted } from '../domain/local-checkout/local-checkout.events';
import { onlinePaymentDecider, onlinePaymentIdOf } from '../domain/online-payment/online-payment.decider';
import { onlinePaymentStream } from '../domain/online-payment/online-payment.events';
import { localCheckoutFailedPage, localCheckoutPage, unknownCheckoutPage, type LocalCheckoutPage, type PageState } from './local-checkout.page';
import { LOCAL_PAYMENT_SUCCEEDED, LocalPaymentProvider, type LocalNotification } from './local-payment-provider';
import { PaymentKeys } from './payment-secrets';
import { signStandardWebhook } from './standard-webhooks';

/** The local provider's notification gives up after this: the guest sees a page to try again. */
const NOTIFY_TIMEOUT_MS = 10_000;

/**
 * The local test provider's payment page: `GET /payments/local/checkout/<sessionId>` shows the
 * card form, `POST …/pay` "takes" the payment. Paying sends the provider's signed notification
 * over real HTTP to the app's own webhook endpoint, exactly as Stripe would, then sends the guest
 * back to the booking (303). Absent in production.
 */
@Controller('payments/local/checkout')
export class LocalCheckoutController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    private readonly local: LocalPaymentProvider,
    private readonly keys: PaymentKeys,
  ) {}

  @Public()
  @Get(':sessionId')
  async page(@Param('sessionId') sessionId: string, @Res() response: Response): Promise<void> {
    const session = await this.session(sessionId);
    send(response, session ? localCheckoutPage(session, await this.stateOf(session)) : unknownCheckoutPage());
  }

  @Public()
  @Post(':sessionId/pay')
  async pay(@Param('sessionId') sessionId: string, @Res() response: Response): Promise<void> {
    const session = await this.session(sessionId);
    if (!session) return send(response, unknownCheckoutPage());
    const state = await this.stateOf(session);
    if (state === 'EXPIRED') return send(response, localCheckoutPage(session, state));
    if (state === 'OPEN' && !(await this.notify(session))) return send(response, localCheckoutFailedPage(session));
    response.redirect(303, session.returnUrl);
  }

  private async session(sessionId: string): Promise<LocalCheckoutStarted | null> {
    if (this.config.nodeEnv === 'production') throw new NotFound('Payment page', sessionId);
    return isUuid(sessionId) ? this.local.checkout(sessionId) : null;
  }

  /** Paid shows first: a page paid in time and looked at later says so, not that it expired. */
  private async stateOf(session: LocalCheckoutStarted): Promise<PageState> {
    const paid = await loadState(this.store, onlinePaymentStream(onlinePaymentIdOf('LOCAL', session.sessionId)), onlinePaymentDecider);
    if (paid) return 'PAID';
    return this.clock.now().getTime() >= Date.parse(session.expiresAt) ? 'EXPIRED' : 'OPEN';
  }

  /** The local provider's one payment per page is the page itself: paying twice is one payment. */
  private async notify(session: LocalCheckoutStarted): Promise<boolean> {
    const now = this.clock.now();
    const { sessionId, ownerId, reference, amount } = session;
    const notification: LocalNotification = { type: LOCAL_PAYMENT_SUCCEEDED, data: { ownerId, providerPaymentId: sessionId, reference, amount, paidAt: now.toISOString() } };
    const body = Buffer.from(JSON.stringify(notification), 'utf8');
    try {
      const answer = await fetch(`${publicUrl(this.config)}/payments/webhooks/local`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...signStandardWebhook(this.keys.localWebhookSecret, `msg_${sessionId}`, now, body) },
        body,
        redirect: 'error',
        signal: AbortSignal.timeout(NOTIFY_TIMEOUT_MS),
      });
      return answer.ok;
    } catch {
      return false;
    }
  }
}

function send(response: Response, page: LocalCheckoutPage): void {
  response.status(page.status).type('html').setHeader('Content-Security-Policy', page.contentSecurityPolicy).setHeader('Cache-Control', 'no-store').send(page.html);
}
