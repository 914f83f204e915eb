import { signUpOwner } from '../support/owners';
import { startTestApp, type GraphqlAnswer, type TestApp } from '../support/test-app';
import { CONNECT, SECRET_KEY, WEBHOOK_SECRET } from './online-payment-fixtures';

const PROVIDER = '{ paymentProvider { provider connectedAt keyHint byDefault } }';
const TERMS = '{ salesTerms { provider onlinePaymentReady } }';
const DISCONNECT = 'mutation { disconnectPaymentProvider }';

const refusal = (answer: GraphqlAnswer) => ({ code: answer.errors?.[0].extensions?.code, field: answer.errors?.[0].extensions?.field });

/** The local test provider, by where the app runs: lent on a laptop, refused in production. One app at a time. */
describe('the local test provider by environment', () => {
  describe('on a development start', () => {
    let dev: TestApp;

    beforeAll(async () => {
      dev = await startTestApp({ config: { nodeEnv: 'development' } });
    });
    afterAll(() => dev.close());

    it('lends the local test provider to an owner who chose none, so a newcomer can try paying online at once, until they disconnect it', async () => {
      const newcomer = await signUpOwner(dev);
      expect((await dev.gql(PROVIDER, {}, newcomer.token)).data?.paymentProvider).toEqual({ provider: 'LOCAL', connectedAt: null, keyHint: null, byDefault: true });
      expect((await dev.gql(TERMS, {}, newcomer.token)).data?.salesTerms).toEqual({ provider: 'LOCAL', onlinePaymentReady: true });
      expect((await dev.gql(DISCONNECT, {}, newcomer.token)).data?.disconnectPaymentProvider).toBe(true);
      expect((await dev.gql(PROVIDER, {}, newcomer.token)).data?.paymentProvider).toBeNull();
    });
  });

  describe('in production', () => {
    let prod: TestApp;

    beforeAll(async () => {
      prod = await startTestApp({ config: { nodeEnv: 'production' } });
    });
    afterAll(() => prod.close());

    it('refuses the local test provider, which takes no money, and lends it to nobody', async () => {
      const seller = await signUpOwner(prod);
      expect((await prod.gql(PROVIDER, {}, seller.token)).data?.paymentProvider).toBeNull();
      expect(refusal(await prod.gql(CONNECT, { input: { provider: 'LOCAL' } }, seller.token))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.provider' });
      expect((await prod.gql(CONNECT, { input: { provider: 'STRIPE', secretKey: SECRET_KEY, webhookSecret: WEBHOOK_SECRET } }, seller.token)).data?.connectPaymentProvider).toMatchObject({ provider: 'STRIPE' });
    });

    it('serves no local payment page nor local notification', async () => {
      const base = prod.url.replace(/\/graphql$/, '');
      expect((await fetch(`${base}/payments/local/checkout/0b9c6a4e-5d2f-5a7b-9c1d-2e3f4a5b6c7d`)).status).toBe(404);
      expect((await fetch(`${base}/payments/webhooks/local`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(404);
    });
  });
});
