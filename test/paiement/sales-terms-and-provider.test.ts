import { Client } from 'pg';
import { SALES_TERMS, type SalesTerms } from '../../src/paiement/contracts';
import { testDatabaseUrl, eventCount } from '../support/database';
import { signUpOwner, type SignedUpOwner } from '../support/owners';
import { ManualClock, startTestApp, type GraphqlAnswer, type TestApp } from '../support/test-app';
import { CONNECT, SECRET_KEY, streamEvents, WEBHOOK_SECRET } from './online-payment-fixtures';

const TERMS = 'onlinePayment preBooking paymentWindowMinutes gdprOptIn { text { fr en } link } privacy { text { fr en } link } provider onlinePaymentReady';
const GET_TERMS = `{ salesTerms { ${TERMS} } }`;
const SET_TERMS = `mutation($input: SalesTermsInput!) { setSalesTerms(input: $input) { ${TERMS} } }`;
const PROVIDER = '{ paymentProvider { provider connectedAt keyHint byDefault } }';
const DISCONNECT = 'mutation { disconnectPaymentProvider }';

const OPT_IN = { text: { fr: 'J’accepte de recevoir les offres du gîte.', en: 'I agree to receive the gîte’s offers.' }, link: 'https://gite-des-tilleuls.fr/offres' };

const refusal = (answer: GraphqlAnswer) => ({ code: answer.errors?.[0].extensions?.code, field: answer.errors?.[0].extensions?.field });

/** An owner's sales terms ("Modalités de vente") and payment provider, over GraphQL. */
describe('sales terms and payment provider over GraphQL', () => {
  const clock = new ManualClock(new Date('2026-06-01T10:00:00Z'));
  let t: TestApp;
  let owner: SignedUpOwner;

  const ok = async (query: string, variables: Record<string, unknown> = {}, token = owner.token) => {
    const answer = await t.gql(query, variables, token);
    expect(answer.errors).toBeUndefined();
    return answer.data ?? {};
  };

  beforeAll(async () => {
    t = await startTestApp({ clock });
    owner = await signUpOwner(t);
  });
  afterAll(() => t.close());

  describe('sales terms', () => {
    it('offer online payment and pre-booking, nights held 30 minutes, until the owner changes them; online payment is not ready without a provider', async () =>
      expect((await ok(GET_TERMS)).salesTerms).toEqual({
        onlinePayment: true,
        preBooking: true,
        paymentWindowMinutes: 30,
        gdprOptIn: null,
        privacy: null,
        provider: null,
        onlinePaymentReady: false,
      }));

    it('saves only the fields sent, and answers the whole terms', async () => {
      await ok(SET_TERMS, { input: { paymentWindowMinutes: 45, gdprOptIn: OPT_IN } });
      const expected = { onlinePayment: true, preBooking: false, paymentWindowMinutes: 45, gdprOptIn: OPT_IN, privacy: { text: { fr: 'Vos données servent à votre séjour.', en: null }, link: null }, provider: null, onlinePaymentReady: false };
      expect((await ok(SET_TERMS, { input: { preBooking: false, privacy: { text: { fr: 'Vos données servent à votre séjour.' } } } })).setSalesTerms).toEqual(expected);
      expect((await ok(GET_TERMS)).salesTerms).toEqual(expected);
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['online payment off while pre-booking is off', { onlinePayment: false }, 'input.onlinePayment'],
      ['a payment window of 5 minutes', { paymentWindowMinutes: 5 }, 'input.paymentWindowMinutes'],
      ['an opt-in link that is not http(s)', { gdprOptIn: { text: { fr: 'Oui' }, link: 'ftp://gite.fr/offres' } }, 'input.gdprOptIn.link'],
      ['a privacy text without French', { privacy: { text: { en: 'Your data' } } }, 'input.privacy.text.fr'],
    ])('refuses %s with BAD_USER_INPUT naming the field, and keeps the terms', async (_, input, field) => {
      const before = (await ok(GET_TERMS)).salesTerms;
      const events = await eventCount();
      const answer = await t.gql(SET_TERMS, { input }, owner.token);
      expect(refusal(answer)).toEqual({ code: 'BAD_USER_INPUT', field });
      expect(await eventCount()).toBe(events);
      expect((await ok(GET_TERMS)).salesTerms).toEqual(before);
    });

    it("keeps each owner's terms apart", async () => {
      const other = await signUpOwner(t);
      expect((await ok(GET_TERMS, {}, other.token)).salesTerms).toMatchObject({ preBooking: true, paymentWindowMinutes: 30, gdprOptIn: null });
    });

    it('gives Reservation the terms just set, with the provider', async () => {
      await ok(CONNECT, { input: { provider: 'LOCAL' } });
      expect(await t.app.get<SalesTerms>(SALES_TERMS).termsOf(owner.id)).toEqual({
        onlinePayment: true,
        preBooking: false,
        paymentWindowMinutes: 45,
        gdprOptIn: OPT_IN,
        privacy: { text: { fr: 'Vos données servent à votre séjour.', en: null }, link: null },
        provider: 'LOCAL',
      });
      expect((await ok(GET_TERMS)).salesTerms).toMatchObject({ provider: 'LOCAL', onlinePaymentReady: true });
    });

    it('says online payment is not ready once the owner turns it off, provider or not', async () => {
      expect((await ok(SET_TERMS, { input: { onlinePayment: false, preBooking: true } })).setSalesTerms).toMatchObject({ onlinePayment: false, provider: 'LOCAL', onlinePaymentReady: false });
    });
  });

  describe('the payment provider', () => {
    let stripeOwner: SignedUpOwner;
    const answers: string[] = [];
    const gql = async (query: string, variables: Record<string, unknown> = {}) => {
      const answer = await t.gql(query, variables, stripeOwner.token);
      answers.push(JSON.stringify(answer));
      return answer;
    };

    beforeAll(async () => {
      stripeOwner = await signUpOwner(t);
    });

    it('is none until the owner connects one (outside a development start)', async () => expect((await gql(PROVIDER)).data?.paymentProvider).toBeNull());

    it('connects Stripe, showing only a hint of the key', async () => {
      const expected = { provider: 'STRIPE', connectedAt: '2026-06-01T10:00:00.000Z', keyHint: 'sk_test_…a1b2', byDefault: false };
      expect((await gql(CONNECT, { input: { provider: 'STRIPE', secretKey: SECRET_KEY, webhookSecret: WEBHOOK_SECRET } })).data?.connectPaymentProvider).toEqual(expected);
      expect((await gql(PROVIDER)).data?.paymentProvider).toEqual(expected);
    });

    it('keeps the secrets encrypted: in no stored event nor in any answer, only their ciphertext', async () => {
      const stored = await streamEvents(t, `payment-provider-${stripeOwner.id}`);
      expect(stored).toEqual([{ type: 'PaymentProviderConnected', data: expect.objectContaining({ provider: 'STRIPE', secrets: expect.objectContaining({ ciphertext: expect.any(String), iv: expect.any(String), tag: expect.any(String) }) }) }]);
      const client = new Client({ connectionString: testDatabaseUrl() });
      await client.connect();
      try {
        for (const secret of [SECRET_KEY, WEBHOOK_SECRET, SECRET_KEY.slice(8, 40), WEBHOOK_SECRET.slice(6)]) {
          const found = await client.query("SELECT count(*)::int AS n FROM events WHERE data::text LIKE '%' || $1 || '%' OR metadata::text LIKE '%' || $1 || '%'", [secret]);
          expect(found.rows[0].n).toBe(0);
          const snapshots = await client.query("SELECT count(*)::int AS n FROM stream_snapshots WHERE state::text LIKE '%' || $1 || '%'", [secret]);
          expect(snapshots.rows[0].n).toBe(0);
          for (const answer of answers) expect(answer).not.toContain(secret);
        }
      } finally {
        await client.end();
      }
      expect(answers.length).toBeGreaterThanOrEqual(3);
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['Stripe without its webhook signing secret', { provider: 'STRIPE', secretKey: SECRET_KEY }, 'input.webhookSecret'],
      ['Stripe with a publishable key', { provider: 'STRIPE', secretKey: 'pk_test_51QbWlqKkQ4mXbN8rZt7VhYcE2u', webhookSecret: WEBHOOK_SECRET }, 'input.secretKey'],
      ['the local provider with a secret key', { provider: 'LOCAL', secretKey: SECRET_KEY }, 'input.secretKey'],
    ])('refuses %s with BAD_USER_INPUT naming the field, never repeating the secret, and keeps the connection', async (_, input, field) => {
      const events = await eventCount();
      const answer = await gql(CONNECT, { input });
      expect(refusal(answer)).toEqual({ code: 'BAD_USER_INPUT', field });
      expect(JSON.stringify(answer)).not.toContain(SECRET_KEY);
      expect(await eventCount()).toBe(events);
      expect((await gql(PROVIDER)).data?.paymentProvider).toMatchObject({ provider: 'STRIPE', keyHint: 'sk_test_…a1b2' });
    });

    it('replaces Stripe with the local test provider, which needs no secret', async () =>
      expect((await gql(CONNECT, { input: { provider: 'LOCAL' } })).data?.connectPaymentProvider).toEqual({ provider: 'LOCAL', connectedAt: '2026-06-01T10:00:00.000Z', keyHint: null, byDefault: false }));

    it('disconnects, answering whether a provider was connected', async () => {
      expect((await gql(DISCONNECT)).data?.disconnectPaymentProvider).toBe(true);
      expect((await gql(PROVIDER)).data?.paymentProvider).toBeNull();
      expect((await gql(DISCONNECT)).data?.disconnectPaymentProvider).toBe(false);
    });
  });
});
