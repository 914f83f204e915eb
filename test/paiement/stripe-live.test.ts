import { randomUUID } from 'node:crypto';
import Stripe from 'stripe';
import { ONLINE_PAYMENTS, type OnlinePayments } from '../../src/paiement/contracts';
import { euros } from '../../src/shared/kernel/money';
import { signUpOwner } from '../support/owners';
import { startTestApp, type TestApp } from '../support/test-app';
import { CONNECT } from './online-payment-fixtures';

/** Only a test-mode key: these tests open real Checkout Sessions at Stripe. */
const KEY = process.env.STRIPE_SECRET_KEY;
const live = KEY && /^(sk|rk)_test_/.test(KEY) ? describe : describe.skip;

/**
 * Stripe itself, in test mode, when STRIPE_SECRET_KEY holds a test key (skipped otherwise, as the
 * test output says): what the recorded fixtures stand for still holds at the real API.
 */
live('Stripe in test mode, live (STRIPE_SECRET_KEY)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('opens a real Checkout Session for the amount, naming the owner and the booking, open at least 31 minutes', async () => {
    const owner = await signUpOwner(t);
    const connected = await t.gql(CONNECT, { input: { provider: 'STRIPE', secretKey: KEY, webhookSecret: 'whsec_notUsedByThisTestOnlyForTheFormat' } }, owner.token);
    expect(connected.errors).toBeUndefined();
    const reference = randomUUID();
    const now = Date.now();
    const session = await t.app.get<OnlinePayments>(ONLINE_PAYMENTS).startSession({
      ownerId: owner.id,
      reference,
      amount: euros(15_000),
      description: 'Arrhes — Gîte des Tilleuls (test OSMB)',
      customerEmail: 'claire.dupont@example.fr',
      lang: 'FR',
      returnUrl: 'https://example.org/reservation',
      expiresAt: new Date(now + 10 * 60_000),
    });
    expect(session.url).toMatch(/^https:\/\/checkout\.stripe\.com\//);
    const read = await new Stripe(KEY as string).checkout.sessions.retrieve(session.sessionId);
    expect(read).toMatchObject({ mode: 'payment', amount_total: 15_000, currency: 'eur', client_reference_id: reference, metadata: { ownerId: owner.id, reference }, payment_status: 'unpaid', locale: 'fr' });
    expect(read.expires_at).toBeGreaterThanOrEqual(Math.floor(now / 1000) + 30 * 60);
  });
});
