import { randomUUID } from 'node:crypto';
import Stripe from 'stripe';
import { ONLINE_PAYMENTS, OnlinePaymentUnavailable, type OnlinePayments, type PaymentSessionRequest } from '../../src/paiement/contracts';
import { onlinePaymentIdOf, restRefundIdOf } from '../../src/paiement/domain/online-payment/online-payment.decider';
import { euros } from '../../src/shared/kernel/money';
import type { CommandContext } from '../../src/event-store/command-handler';
import { CREATE_DOSSIER, dossierInput, ownerWithGite, type OwnerWithGite } from '../support/booking-fixtures';
import { eventCount } from '../support/database';
import { signUpOwner } from '../support/owners';
import { ManualClock, startTestApp, type GraphqlAnswer, type TestApp } from '../support/test-app';
import { until } from '../support/until';
import { CONNECT, SECRET_KEY, streamEvents, WEBHOOK_SECRET, withoutReactionsToOnlinePayments } from './online-payment-fixtures';
import { StripeStub, stripeFixture } from './stripe-stub';

const NOW = new Date('2026-06-01T10:00:00Z');
const MINUTE = 60_000;
const REVOKED_KEY = 'sk_test_51QbWlqKkQ4mXbN8rRevokedRevokedRevokedRevokedc3d4';
const PAY = 'mutation($id: ID!, $input: PaymentInput!) { recordPayment(dossierId: $id, input: $input) { status paid { cents } payments { method amount { cents } note } } }';
const FILE = 'query($id: ID!) { dossier(id: $id) { status paid { cents } payments { date method amount { cents } note } } }';

/**
 * Online payment through Stripe, offline: Stripe's API is a local stub answering recorded JSON
 * (test/fixtures/stripe), and its webhooks are recorded events signed as Stripe signs them.
 */
describe('online payments through Stripe', () => {
  const clock = new ManualClock(NOW);
  const stub = new StripeStub();
  let t: TestApp;
  let payments: OnlinePayments;
  let gite: OwnerWithGite;
  const context = (): CommandContext => ({ actor: { kind: 'system', id: 'test' }, now: clock.now(), correlationId: randomUUID(), causationId: null });

  const ok = async (query: string, variables: Record<string, unknown> = {}, token = gite.owner.token) => {
    const answer = await t.gql(query, variables, token);
    expect(answer.errors).toBeUndefined();
    return answer.data ?? {};
  };
  const refusal = (answer: GraphqlAnswer) => ({ code: answer.errors?.[0].extensions?.code, field: answer.errors?.[0].extensions?.field });

  const sessionRequest = (overrides: Partial<PaymentSessionRequest> = {}): PaymentSessionRequest => ({
    ownerId: gite.owner.id,
    reference: randomUUID(),
    amount: euros(15_000),
    description: 'Arrhes — Gîte des Lavandes, du 4 au 11 juillet 2026',
    customerEmail: 'claire.dupont@example.fr',
    lang: 'FR',
    returnUrl: 'https://gite-des-lavandes.fr/reservation?b=42',
    expiresAt: new Date(clock.now().getTime() + 120 * MINUTE),
    ...overrides,
  });

  /** A recorded Checkout event for this owner, as Stripe sends it. */
  const checkoutCompleted = (values: { ownerId?: string; reference?: string; paymentIntent?: string } = {}) =>
    stripeFixture('event.checkout-session-completed', { OWNER_ID: values.ownerId ?? gite.owner.id, REFERENCE: values.reference ?? randomUUID(), PAYMENT_INTENT: values.paymentIntent ?? `pi_${randomUUID().replaceAll('-', '')}` });

  /** POSTs a webhook, signed as Stripe does (with the owner's secret and the clock's time unless told). */
  const deliver = async (payload: string, options: { secret?: string; signedAt?: Date; body?: string; provider?: string } = {}) => {
    const timestamp = Math.floor((options.signedAt ?? clock.now()).getTime() / 1000);
    const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: options.secret ?? WEBHOOK_SECRET, timestamp });
    const response = await fetch(t.url.replace(/\/graphql$/, `/payments/webhooks/${options.provider ?? 'stripe'}`), {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', 'stripe-signature': signature },
      body: options.body ?? payload,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  /** A file of the owner's, at their own price, for the payment to go into. */
  const openFile = async (arrival: string, departure: string, price = 60_000) => (await ok(CREATE_DOSSIER, dossierInput(gite, arrival, departure, price))).createDossier.id as string;

  /** A payment Stripe reports for this owner: its online payment's id and its PaymentIntent. */
  const paid = async (reference = randomUUID()) => {
    const paymentIntent = `pi_${randomUUID().replaceAll('-', '').slice(0, 24)}`;
    const answer = await deliver(checkoutCompleted({ reference, paymentIntent }));
    expect(answer.status).toBe(200);
    return { onlinePaymentId: onlinePaymentIdOf('STRIPE', paymentIntent), paymentIntent, reference };
  };

  beforeAll(async () => {
    stub.on('POST /v1/checkout/sessions', (request) => {
      if (request.headers.authorization === `Bearer ${REVOKED_KEY}`) return { status: 401, body: stripeFixture('error.invalid-api-key') };
      return {
        status: 200,
        body: stripeFixture('checkout-session.created', { OWNER_ID: request.form['metadata[ownerId]'], REFERENCE: request.form.client_reference_id, RETURN_URL: request.form.success_url }),
      };
    });
    stub.on('POST /v1/refunds', (request) => {
      const refund = JSON.parse(stripeFixture('refund.created', { PAYMENT_INTENT: request.form.payment_intent, REFUND_ID: request.form['metadata[refundId]'] })) as Record<string, unknown>;
      return { status: 200, body: JSON.stringify({ ...refund, id: `re_${String(request.headers['idempotency-key']).slice(0, 8)}`, amount: Number(request.form.amount) }) };
    });
    t = await startTestApp({ clock, config: { stripeApi: await stub.start() }, beforeListen: withoutReactionsToOnlinePayments });
    payments = t.app.get<OnlinePayments>(ONLINE_PAYMENTS);
    gite = await ownerWithGite(t);
    await ok(CONNECT, { input: { provider: 'STRIPE', secretKey: SECRET_KEY, webhookSecret: WEBHOOK_SECRET } });
  });
  afterAll(async () => {
    await t.close();
    await stub.stop();
  });

  describe('opening a payment page', () => {
    it("opens a Checkout Session for the amount in euros, naming the owner and the booking, in the guest's language, with the booking as idempotency key", async () => {
      const request = sessionRequest();
      const session = await payments.startSession(request);
      expect(session).toEqual({
        provider: 'STRIPE',
        sessionId: 'cs_test_a1VtLbKz8nYQe4q9WZpC3mFhR2sXu7DgJ0kB5oTy6cNwEe',
        url: expect.stringMatching(/^https:\/\/checkout\.stripe\.com\/c\/pay\/cs_test_/),
      });
      const [sent] = stub.received('POST /v1/checkout/sessions').slice(-1);
      expect(sent.headers['idempotency-key']).toBe(request.reference);
      expect(sent.headers.authorization).toBe(`Bearer ${SECRET_KEY}`);
      expect(sent.form).toMatchObject({
        mode: 'payment',
        'line_items[0][quantity]': '1',
        'line_items[0][price_data][currency]': 'eur',
        'line_items[0][price_data][unit_amount]': '15000',
        'line_items[0][price_data][product_data][name]': request.description,
        'metadata[ownerId]': gite.owner.id,
        'metadata[reference]': request.reference,
        'payment_intent_data[metadata][ownerId]': gite.owner.id,
        client_reference_id: request.reference,
        customer_email: 'claire.dupont@example.fr',
        locale: 'fr',
        success_url: request.returnUrl,
        cancel_url: request.returnUrl,
        expires_at: String(Math.floor(request.expiresAt.getTime() / 1000)),
      });
    });

    it('opens the page in English for an English-speaking guest, with no address when the guest gave none', async () => {
      await payments.startSession(sessionRequest({ lang: 'EN', customerEmail: null }));
      const [sent] = stub.received('POST /v1/checkout/sessions').slice(-1);
      expect(sent.form.locale).toBe('en');
      expect(sent.form).not.toHaveProperty('customer_email');
    });

    it('keeps the page open 31 minutes at least, since Stripe closes none sooner than 30', async () => {
      await payments.startSession(sessionRequest({ expiresAt: new Date(clock.now().getTime() + 10 * MINUTE) }));
      const [sent] = stub.received('POST /v1/checkout/sessions').slice(-1);
      expect(Number(sent.form.expires_at)).toBe(Math.floor(clock.now().getTime() / 1000) + 31 * 60);
    });

    it('refuses an owner who connected no provider, as a named error', async () => {
      const other = await signUpOwner(t);
      const before = stub.requests.length;
      await expect(payments.startSession(sessionRequest({ ownerId: other.id }))).rejects.toBeInstanceOf(OnlinePaymentUnavailable);
      await expect(payments.startSession(sessionRequest({ ownerId: other.id }))).rejects.toMatchObject({ code: 'UNAVAILABLE', message: expect.stringContaining('no payment provider') });
      expect(stub.requests.length).toBe(before);
    });

    it('refuses an owner who turned online payment off', async () => {
      const other = await signUpOwner(t);
      await ok(CONNECT, { input: { provider: 'STRIPE', secretKey: SECRET_KEY, webhookSecret: WEBHOOK_SECRET } }, other.token);
      await ok('mutation { setSalesTerms(input: { onlinePayment: false }) { onlinePayment } }', {}, other.token);
      await expect(payments.startSession(sessionRequest({ ownerId: other.id }))).rejects.toBeInstanceOf(OnlinePaymentUnavailable);
    });

    it("tells the guest only that the page did not open when Stripe refuses the owner's key", async () => {
      const other = await signUpOwner(t);
      await ok(CONNECT, { input: { provider: 'STRIPE', secretKey: REVOKED_KEY, webhookSecret: WEBHOOK_SECRET } }, other.token);
      const refused = payments.startSession(sessionRequest({ ownerId: other.id }));
      await expect(refused).rejects.toMatchObject({ code: 'UNAVAILABLE', message: 'The payment provider (STRIPE) did not answer as expected: the payment page could not be opened; try again in a moment' });
      expect(stub.received('POST /v1/checkout/sessions').slice(-1)[0].headers.authorization).toBe(`Bearer ${REVOKED_KEY}`);
    });
  });

  describe("Stripe's webhooks", () => {
    it('record the payment a completed Checkout Session reports: its PaymentIntent, amount, booking and time', async () => {
      const reference = randomUUID();
      const answer = await deliver(checkoutCompleted({ reference, paymentIntent: 'pi_3QdZ5tKkQ4mXbN8r0Yq1AbCd' }));
      const onlinePaymentId = onlinePaymentIdOf('STRIPE', 'pi_3QdZ5tKkQ4mXbN8r0Yq1AbCd');
      expect(answer).toEqual({ status: 200, body: { received: true, onlinePaymentId } });
      expect(await streamEvents(t, `online-payment-${onlinePaymentId}`)).toEqual([
        {
          type: 'OnlinePaymentSucceeded',
          data: { onlinePaymentId, ownerId: gite.owner.id, provider: 'STRIPE', providerPaymentId: 'pi_3QdZ5tKkQ4mXbN8r0Yq1AbCd', reference, amount: { cents: 15_000, currency: 'EUR' }, paidAt: '2026-06-01T10:04:00.000Z' },
        },
      ]);
    });

    it('record one payment when Stripe sends the same event twice, answering 200 both times', async () => {
      const payload = checkoutCompleted();
      const first = await deliver(payload);
      const events = await eventCount();
      const second = await deliver(payload);
      expect([first.status, second.status]).toEqual([200, 200]);
      expect(second.body).toEqual(first.body);
      expect(await eventCount()).toBe(events);
      expect(await streamEvents(t, `online-payment-${first.body.onlinePaymentId as string}`)).toHaveLength(1);
    });

    it('record one payment when the same event arrives five times at once', async () => {
      const payload = checkoutCompleted();
      const answers = await Promise.all(Array.from({ length: 5 }, () => deliver(payload)));
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
      expect(new Set(answers.map((a) => a.body.onlinePaymentId)).size).toBe(1);
      expect(await streamEvents(t, `online-payment-${answers[0].body.onlinePaymentId as string}`)).toHaveLength(1);
    });

    it.each<[string, (payload: string) => Parameters<typeof deliver>[1]]>([
      ['signed with another secret', () => ({ secret: 'whsec_AnotherEndpointSecretOfSomeoneElse1' })],
      ['whose body was parsed and written again, even to the same JSON', (payload) => ({ body: JSON.stringify(JSON.parse(payload)) })],
      ['signed six minutes ago, as a replay would be', () => ({ signedAt: new Date(clock.now().getTime() - 6 * MINUTE) })],
    ])('refuse an event %s with 400, recording nothing', async (_, options) => {
      const payload = checkoutCompleted();
      const events = await eventCount();
      const answer = await deliver(payload, options(payload));
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({ error: { code: 'BAD_USER_INPUT', message: expect.stringContaining('Webhook refused') } });
      expect(await eventCount()).toBe(events);
    });

    it.each<[string, () => Promise<string>]>([
      ['an owner who does not exist', () => Promise.resolve(checkoutCompleted({ ownerId: randomUUID() }))],
      ['no owner at all', () => Promise.resolve(checkoutCompleted().replace(`"ownerId": "${gite.owner.id}",`, ''))],
      [
        'an owner who connected the local provider, not Stripe',
        async () => {
          const local = await signUpOwner(t);
          await ok(CONNECT, { input: { provider: 'LOCAL' } }, local.token);
          return checkoutCompleted({ ownerId: local.id });
        },
      ],
    ])('refuse an event naming %s with 400, recording nothing', async (_, payload) => {
      const body = await payload();
      const events = await eventCount();
      expect((await deliver(body)).status).toBe(400);
      expect(await eventCount()).toBe(events);
    });

    it('answer 200 to an event that is not a payment, and record nothing', async () => {
      const events = await eventCount();
      const payload = stripeFixture('event.payment-intent-succeeded', { OWNER_ID: gite.owner.id, REFERENCE: randomUUID(), PAYMENT_INTENT: 'pi_3QdZ5tKkQ4mXbN8r0Yq1ZzZz' });
      expect(await deliver(payload)).toEqual({ status: 200, body: { received: true, onlinePaymentId: null } });
      expect(await eventCount()).toBe(events);
    });

    it('answer 200 to a completed Checkout Session not paid yet (a bank debit under way), and record nothing', async () => {
      const events = await eventCount();
      expect((await deliver(checkoutCompleted().replace('"payment_status": "paid"', '"payment_status": "unpaid"'))).body).toEqual({ received: true, onlinePaymentId: null });
      expect(await eventCount()).toBe(events);
    });

    it('answer 404 for a provider we do not know, and 400 for a body that is not JSON', async () => {
      expect((await deliver(checkoutCompleted(), { provider: 'paypal' })).status).toBe(404);
      const response = await fetch(t.url.replace(/\/graphql$/, '/payments/webhooks/stripe'), { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'paid' });
      expect(response.status).toBe(400);
    });
  });

  describe('settling a payment into its booking file', () => {
    let dossierId: string;
    let payment: Awaited<ReturnType<typeof paid>>;

    beforeAll(async () => {
      dossierId = await openFile('2026-07-04', '2026-07-11');
      payment = await paid();
    });

    it("records it in the file's ledger as an online payment of the day it was paid, though the owner's deposit policy does not list ONLINE", async () => {
      const position = await payments.settle(payment.onlinePaymentId, dossierId, context());
      expect(position).not.toBeNull();
      expect(await streamEvents(t, `payments-${dossierId}`)).toEqual([
        {
          type: 'PaymentRecorded',
          data: { dossierId, ownerId: gite.owner.id, payment: { paymentId: payment.onlinePaymentId, date: '2026-06-01', method: 'ONLINE', amount: { cents: 15_000, currency: 'EUR' }, note: null } },
        },
      ]);
      expect((await streamEvents(t, `online-payment-${payment.onlinePaymentId}`)).map((e) => e.type)).toEqual(['OnlinePaymentSucceeded', 'OnlinePaymentSettled']);
      const file = await until('the file confirmed by its payment', async () => {
        const read = (await ok(FILE, { id: dossierId })).dossier as { status: string };
        return read.status === 'CONFIRMED' ? read : null;
      });
      expect(file).toEqual({ status: 'CONFIRMED', paid: { cents: 15_000 }, payments: [{ date: '2026-06-01', method: 'ONLINE', amount: { cents: 15_000 }, note: null }] });
    });

    it('records nothing when settled again', async () => {
      const events = await eventCount();
      await payments.settle(payment.onlinePaymentId, dossierId, context());
      expect(await eventCount()).toBe(events);
    });

    it("refuses another file, and another owner's file as if it did not exist", async () => {
      const other = await openFile('2026-07-11', '2026-07-18');
      await expect(payments.settle(payment.onlinePaymentId, other, context())).rejects.toMatchObject({ code: 'CONFLICT' });
      const stranger = await ownerWithGite(t);
      const strangers = (await t.gql(CREATE_DOSSIER, dossierInput(stranger, '2026-07-04', '2026-07-11'), stranger.owner.token)).data?.createDossier.id as string;
      await expect(payments.settle(payment.onlinePaymentId, strangers, context())).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'dossierId' });
      await expect(payments.settle(randomUUID(), other, context())).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'onlinePaymentId' });
    });
  });

  describe('refunds', () => {
    let dossierId: string;
    let payment: Awaited<ReturnType<typeof paid>>;

    beforeAll(async () => {
      dossierId = await openFile('2026-08-01', '2026-08-08');
      payment = await paid();
      await payments.settle(payment.onlinePaymentId, dossierId, context());
    });

    it('gives an owner’s refund recorded as ONLINE back through Stripe first, then records it in the ledger', async () => {
      const before = stub.received('POST /v1/refunds').length;
      const refunded = (await ok(PAY, { id: dossierId, input: { date: '2026-06-02', method: 'ONLINE', cents: -5_000, note: 'Ménage non fait' } })).recordPayment;
      expect(refunded.payments).toContainEqual({ method: 'ONLINE', amount: { cents: -5_000 }, note: 'Ménage non fait' });
      const sent = stub.received('POST /v1/refunds').slice(before);
      expect(sent).toHaveLength(1);
      expect(sent[0].form).toMatchObject({ payment_intent: payment.paymentIntent, amount: '5000' });
      const refund = (await streamEvents(t, `online-payment-${payment.onlinePaymentId}`)).find((e) => e.type === 'OnlinePaymentRefunded');
      expect(refund?.data).toMatchObject({ amount: { cents: 5_000, currency: 'EUR' }, reason: 'Ménage non fait', refundId: sent[0].headers['idempotency-key'], providerRefundId: expect.stringMatching(/^re_/) });
    });

    it.each<[string, number, string, () => Promise<string>]>([
      ['more than is left of the online payments', -10_001, 'input.cents', () => Promise.resolve(dossierId)],
      ['a file that took no money online', -1_000, 'input.method', () => openFile('2026-08-15', '2026-08-22')],
    ])('refuses an ONLINE refund of %s with BAD_USER_INPUT naming the field, asking Stripe nothing and recording nothing', async (_, cents, field, file) => {
      const id = await file();
      if (field === 'input.method') await ok(PAY, { id, input: { date: '2026-06-02', method: 'TRANSFER', cents: 20_000 } });
      const [events, calls] = [await eventCount(), stub.requests.length];
      const answer = await t.gql(PAY, { id, input: { date: '2026-06-02', method: 'ONLINE', cents, note: 'Annulation' } }, gite.owner.token);
      expect(refusal(answer)).toEqual({ code: 'BAD_USER_INPUT', field });
      expect(stub.requests.length).toBe(calls);
      expect(await eventCount()).toBe(events);
    });

    it('refuses an ONLINE refund without its reason before asking Stripe anything', async () => {
      const calls = stub.requests.length;
      expect(refusal(await t.gql(PAY, { id: dossierId, input: { date: '2026-06-02', method: 'ONLINE', cents: -1_000 } }, gite.owner.token))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.note' });
      expect(stub.requests.length).toBe(calls);
    });

    it('splits an ONLINE refund over the file’s online payments, oldest first, each with its own idempotency key', async () => {
      const file = await openFile('2026-08-22', '2026-08-29');
      const [first, second] = [await paid(), await paid()];
      await payments.settle(first.onlinePaymentId, file, context());
      await payments.settle(second.onlinePaymentId, file, context());
      const before = stub.received('POST /v1/refunds').length;
      await ok(PAY, { id: file, input: { date: '2026-06-02', method: 'ONLINE', cents: -20_000, note: 'Séjour écourté' } });
      const sent = stub.received('POST /v1/refunds').slice(before);
      expect(sent.map((r) => [r.form.payment_intent, r.form.amount])).toEqual([
        [first.paymentIntent, '15000'],
        [second.paymentIntent, '5000'],
      ]);
      expect(new Set(sent.map((r) => r.headers['idempotency-key'])).size).toBe(2);
      const refunds = (await streamEvents(t, `payments-${file}`)).map((e) => (e.data.payment as { amount: { cents: number } }).amount.cents);
      expect(refunds).toEqual([15_000, 15_000, -20_000]);
    });

    it('gives the rest of a settled payment back on request, with a negative ledger line, once however often asked', async () => {
      const before = stub.received('POST /v1/refunds').length;
      await payments.refund(payment.onlinePaymentId, 'Séjour annulé par le propriétaire', context());
      await payments.refund(payment.onlinePaymentId, 'Séjour annulé par le propriétaire', context());
      const sent = stub.received('POST /v1/refunds').slice(before);
      expect(sent.map((r) => [r.form.amount, r.headers['idempotency-key']])).toEqual([['10000', restRefundIdOf(payment.onlinePaymentId)]]);
      const ledger = await streamEvents(t, `payments-${dossierId}`);
      expect(ledger.filter((e) => (e.data.payment as { paymentId: string }).paymentId === restRefundIdOf(payment.onlinePaymentId))).toEqual([
        {
          type: 'PaymentRecorded',
          data: {
            dossierId,
            ownerId: gite.owner.id,
            payment: { paymentId: restRefundIdOf(payment.onlinePaymentId), date: '2026-06-01', method: 'ONLINE', amount: { cents: -10_000, currency: 'EUR' }, note: 'Séjour annulé par le propriétaire' },
          },
        },
      ]);
      await until('the file paid back in full', async () => ((await ok(FILE, { id: dossierId })).dossier.paid.cents === 0 ? true : null));
    });

    it('gives back a payment that paid for no file, with no ledger line', async () => {
      const stray = await paid();
      await payments.refund(stray.onlinePaymentId, 'No booking matches this payment', context());
      expect((await streamEvents(t, `online-payment-${stray.onlinePaymentId}`)).map((e) => [e.type, (e.data.amount as { cents: number }).cents])).toEqual([
        ['OnlinePaymentSucceeded', 15_000],
        ['OnlinePaymentRefunded', 15_000],
      ]);
      expect(stub.received('POST /v1/refunds').slice(-1)[0].form).toMatchObject({ payment_intent: stray.paymentIntent, amount: '15000' });
      await expect(payments.settle(stray.onlinePaymentId, dossierId, context())).rejects.toMatchObject({ code: 'CONFLICT' });
    });
  });
});
