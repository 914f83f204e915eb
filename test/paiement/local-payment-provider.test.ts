import { randomUUID } from 'node:crypto';
import type { Request } from 'express';
import type { CommandContext } from '../../src/event-store/command-handler';
import { ONLINE_PAYMENTS, type OnlinePayments, type PaymentSessionRequest } from '../../src/paiement/contracts';
import { localCheckoutIdOf } from '../../src/paiement/domain/local-checkout/local-checkout.decider';
import { onlinePaymentIdOf, restRefundIdOf } from '../../src/paiement/domain/online-payment/online-payment.decider';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../../src/shared/config/config';
import { euros } from '../../src/shared/kernel/money';
import { eventCount } from '../support/database';
import { signUpOwner, type SignedUpOwner } from '../support/owners';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app';
import { CONNECT, listenAtPublicUrl, streamEvents, withoutReactionsToOnlinePayments } from './online-payment-fixtures';

const MINUTE = 60_000;
const RETURN_URL = 'https://gite-des-tilleuls.fr/reservation?b=7';
const text = (html: string) => html.replace(/\s/g, ' ');

/**
 * The local test provider end to end over HTTP: its payment page, and the signed notification
 * it sends the app's own webhook endpoint when the guest pays, as Stripe would.
 */
describe('the local test payment provider', () => {
  const clock = new ManualClock(new Date('2026-06-01T10:00:00Z'));
  let t: TestApp;
  let base: string;
  let owner: SignedUpOwner;
  let payments: OnlinePayments;
  const notifications: Request['headers'][] = [];

  const request = (overrides: Partial<PaymentSessionRequest> = {}): PaymentSessionRequest => ({
    ownerId: owner.id,
    reference: randomUUID(),
    amount: euros(15_000),
    description: 'Arrhes — Gîte des Tilleuls',
    customerEmail: 'claire.dupont@example.fr',
    lang: 'FR',
    returnUrl: RETURN_URL,
    expiresAt: new Date(clock.now().getTime() + 30 * MINUTE),
    ...overrides,
  });
  const pay = (url: string) =>
    fetch(`${url}/pay`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'card=4242+4242+4242+4242&expiry=12%2F34&cvc=123' });
  const paymentOf = (sessionId: string) => streamEvents(t, `online-payment-${onlinePaymentIdOf('LOCAL', sessionId)}`);

  beforeAll(async () => {
    t = await startTestApp({
      clock,
      beforeListen: (app) => {
        withoutReactionsToOnlinePayments(app);
        app.use('/payments/webhooks/local', (req: Request, _: unknown, next: () => void) => {
          notifications.push(req.headers);
          next();
        });
      },
    });
    base = listenAtPublicUrl(t);
    payments = t.app.get<OnlinePayments>(ONLINE_PAYMENTS);
    owner = await signUpOwner(t);
    const answer = await t.gql(CONNECT, { input: { provider: 'LOCAL' } }, owner.token);
    expect(answer.errors).toBeUndefined();
  });
  afterAll(() => t.close());

  describe('a guest paying', () => {
    let session: { sessionId: string; url: string };
    let reference: string;

    beforeAll(async () => {
      const asked = request();
      reference = asked.reference;
      session = await payments.startSession(asked);
    });

    it('is sent to a page of the app, the same for the same reference', async () => {
      expect(session).toEqual({ provider: 'LOCAL', sessionId: localCheckoutIdOf(owner.id, reference), url: `${base}/payments/local/checkout/${localCheckoutIdOf(owner.id, reference)}` });
      expect(await payments.startSession(request({ reference }))).toEqual(session);
    });

    it('sees a card page in French asking for 150,00 €, with a test card filled in and a way back, loading nothing from elsewhere', async () => {
      const page = await fetch(session.url);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      expect(page.headers.get('content-security-policy')).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; form-action 'self' https:\/\/gite-des-tilleuls\.fr;/);
      const html = text(await page.text());
      expect(html).toContain('<button type="submit">Payer 150,00 €</button>');
      expect(html).toContain('value="4242 4242 4242 4242"');
      expect(html).toContain('href="https://gite-des-tilleuls.fr/reservation?b=7">Annuler et revenir</a>');
    });

    it('pays: the app receives the provider’s signed notification over HTTP, records the payment, and sends the guest back (303)', async () => {
      const answer = await pay(session.url);
      expect(answer.status).toBe(303);
      expect(answer.headers.get('location')).toBe(RETURN_URL);
      expect(notifications.at(-1)).toMatchObject({ 'webhook-id': `msg_${session.sessionId}`, 'webhook-signature': expect.stringMatching(/^v1,[A-Za-z0-9+/]+=*$/), 'webhook-timestamp': '1780308000' });
      const onlinePaymentId = onlinePaymentIdOf('LOCAL', session.sessionId);
      expect(await paymentOf(session.sessionId)).toEqual([
        {
          type: 'OnlinePaymentSucceeded',
          data: { onlinePaymentId, ownerId: owner.id, provider: 'LOCAL', providerPaymentId: session.sessionId, reference, amount: { cents: 15_000, currency: 'EUR' }, paidAt: '2026-06-01T10:00:00.000Z' },
        },
      ]);
    });

    it('pays once however often the button is pressed, and the page then says it is paid', async () => {
      expect((await pay(session.url)).status).toBe(303);
      expect(await paymentOf(session.sessionId)).toHaveLength(1);
      expect(await (await fetch(session.url)).text()).toContain('Ce paiement est déjà fait.');
    });

    it('is given back the payment by just recording it: the local provider holds no money', async () => {
      const onlinePaymentId = onlinePaymentIdOf('LOCAL', session.sessionId);
      const context: CommandContext = { actor: { kind: 'system', id: 'test' }, now: clock.now(), correlationId: randomUUID(), causationId: null };
      await payments.refund(onlinePaymentId, 'Séjour annulé', context);
      expect((await paymentOf(session.sessionId)).at(-1)).toEqual({
        type: 'OnlinePaymentRefunded',
        data: { onlinePaymentId, ownerId: owner.id, refundId: restRefundIdOf(onlinePaymentId), amount: { cents: 15_000, currency: 'EUR' }, reason: 'Séjour annulé', providerRefundId: `local-refund-${restRefundIdOf(onlinePaymentId)}` },
      });
    });
  });

  it('speaks English to an English-speaking guest', async () => {
    const { url } = await payments.startSession(request({ lang: 'EN' }));
    const html = text(await (await fetch(url)).text());
    expect(html).toContain('Pay €150.00');
    expect(html).toContain('Cancel and go back');
  });

  it('answers a page that does not exist with 404', async () => {
    expect((await fetch(`${base}/payments/local/checkout/${randomUUID()}`)).status).toBe(404);
    expect((await fetch(`${base}/payments/local/checkout/not-an-id`)).status).toBe(404);
  });

  it('refuses a notification it did not sign with 400, recording nothing', async () => {
    const sessionId = randomUUID();
    const body = JSON.stringify({ type: 'payment.succeeded', data: { ownerId: owner.id, providerPaymentId: sessionId, reference: 'forged', amount: { cents: 15_000, currency: 'EUR' }, paidAt: clock.now().toISOString() } });
    const events = await eventCount();
    const answer = await fetch(`${base}/payments/webhooks/local`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'webhook-id': 'msg_forged', 'webhook-timestamp': String(Math.floor(clock.now().getTime() / 1000)), 'webhook-signature': 'v1,Zm9yZ2VkIHNpZ25hdHVyZSBvZiAzMiBieXRlcyEhISE=' },
      body,
    });
    expect(answer.status).toBe(400);
    expect(await eventCount()).toBe(events);
  });

  it('keeps the guest on a page to try again when the notification cannot reach the app, recording nothing', async () => {
    const session = await payments.startSession(request());
    const config = t.app.get<RuntimeConfig>(RUNTIME_CONFIG);
    Object.assign(config, { publicUrl: 'http://127.0.0.1:9' });
    try {
      const answer = await pay(`${base}/payments/local/checkout/${session.sessionId}`);
      expect(answer.status).toBe(502);
      expect(await answer.text()).toContain('Le paiement n’a pas pu être enregistré.');
    } finally {
      Object.assign(config, { publicUrl: base });
    }
    expect(await paymentOf(session.sessionId)).toEqual([]);
  });

  it('closes the page once its time is up: it says so (410) and takes no payment', async () => {
    const session = await payments.startSession(request({ expiresAt: new Date(clock.now().getTime() + 10 * MINUTE) }));
    clock.advance(10 * MINUTE);
    const page = await fetch(session.url);
    expect(page.status).toBe(410);
    expect(await page.text()).toContain('Cette page de paiement a expiré');
    expect((await pay(session.url)).status).toBe(410);
    expect(await paymentOf(session.sessionId)).toEqual([]);
  });
});
