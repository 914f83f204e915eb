import { givenDecider } from '../../../../test/support/decider-spec';
import { refusal } from '../../../../test/support/thrown';
import { fold } from '../../../shared/kernel/decider';
import { command, event } from '../../../shared/kernel/message';
import { keyHint, LocalProviderInProduction, providerCredentials, type ProviderConnectionInput } from './payment-provider';
import { paymentProviderDecider, paymentProviderStream, type PaymentProviderEvent } from './payment-provider.decider';
import type { PaymentProviderConnected } from './payment-provider.events';

const OWNER = 'owner-1';
const SECRET_KEY = 'sk_test_51HxAbCdEfGhIjKlMnOpQrStUvWxYza1b2';
const WEBHOOK_SECRET = 'whsec_9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c';
const STRIPE: ProviderConnectionInput = { provider: 'STRIPE', secretKey: SECRET_KEY, webhookSecret: WEBHOOK_SECRET };

const check = (input: ProviderConnectionInput, production = false) => providerCredentials('input', input, { production });
const refusedAt = (input: ProviderConnectionInput, production = false) => refusal(() => check(input, production));

describe('Connecting a payment provider', () => {
  it('keeps a Stripe secret key and webhook signing secret, with a hint of the key', () =>
    expect(check(STRIPE)).toEqual({ provider: 'STRIPE', secrets: { secretKey: SECRET_KEY, webhookSecret: WEBHOOK_SECRET }, keyHint: 'sk_test_…a1b2' }));

  it.each([['sk_live_51HxAbCdEfGhIjKl'], ['rk_test_51HxAbCdEfGhIjKl'], ['rk_live_51HxAbCdEfGhIjKl']])('takes a %s key', (secretKey) => expect(check({ ...STRIPE, secretKey }).secrets?.secretKey).toBe(secretKey));

  it('trims what was pasted around the secrets', () => expect(check({ ...STRIPE, secretKey: ` ${SECRET_KEY}\n`, webhookSecret: ` ${WEBHOOK_SECRET} ` }).secrets).toEqual({ secretKey: SECRET_KEY, webhookSecret: WEBHOOK_SECRET }));

  it.each<[string, Partial<ProviderConnectionInput>, string]>([
    ['no secret key', { secretKey: null }, 'input.secretKey'],
    ['a publishable key', { secretKey: 'pk_test_51HxAbCdEfGhIjKlMn' }, 'input.secretKey'],
    ['no webhook secret', { webhookSecret: undefined }, 'input.webhookSecret'],
    ['a webhook secret that is not whsec_', { webhookSecret: 'sk_test_51HxAbCdEfGhIjKlMn' }, 'input.webhookSecret'],
  ])('refuses Stripe with %s, naming the field', (_, change, field) => expect(refusedAt({ ...STRIPE, ...change }).field).toBe(field));

  it('never repeats a secret in a refusal', () => {
    const typo = 'sk_test_51HxAbCdEfGhIjKl!MnOp';
    expect(refusedAt({ ...STRIPE, secretKey: typo }).message).not.toContain(typo);
  });

  it('takes the local test provider with no secret', () => expect(check({ provider: 'LOCAL' })).toEqual({ provider: 'LOCAL', secrets: null, keyHint: null }));

  it('refuses a secret sent for the local provider, which has none', () => expect(refusedAt({ provider: 'LOCAL', secretKey: SECRET_KEY }).field).toBe('input.secretKey'));

  it('refuses the local provider in production, where a guest would book for free', () =>
    expect(refusedAt({ provider: 'LOCAL' }, true)).toBeInstanceOf(LocalProviderInProduction));

  it('takes Stripe in production', () => expect(check(STRIPE, true).provider).toBe('STRIPE'));

  it('refuses a provider it does not know', () => expect(refusedAt({ provider: 'PAYPLUG' })).toMatchObject({ field: 'input.provider', message: 'input.provider: must be one of STRIPE, LOCAL' }));

  it('hints a key by its kind and last four characters', () => expect(keyHint('rk_live_abcdefghijklmnop9z8y')).toBe('rk_live_…9z8y'));
});

describe("An owner's payment provider", () => {
  const given = givenDecider(paymentProviderDecider);
  const sealed = { keyId: 'k1', iv: 'aXY=', tag: 'dGFn', ciphertext: 'Y2lwaGVy' };
  const connected = (data: Partial<PaymentProviderConnected> = {}): PaymentProviderEvent =>
    event('PaymentProviderConnected', { ownerId: OWNER, provider: 'STRIPE', keyHint: 'sk_test_…a1b2', secrets: sealed, connectedAt: '2026-06-01T10:00:00.000Z', ...data });
  const disconnected: PaymentProviderEvent = event('PaymentProviderDisconnected', { ownerId: OWNER, disconnectedAt: '2026-06-02T10:00:00.000Z' });
  const connect = (e: PaymentProviderEvent) => command('ConnectPaymentProvider', e.data as PaymentProviderConnected);
  const disconnect = command('DisconnectPaymentProvider', { ownerId: OWNER, disconnectedAt: '2026-06-02T10:00:00.000Z' });

  it('is not chosen until the owner connects one', () => expect(fold(paymentProviderDecider, [])).toEqual({ kind: 'NEVER' }));

  it('records a connection', () => given([]).when(connect(connected())).then([connected()]));

  it('records connecting again, which is how a key is rolled', () => given([connected()]).when(connect(connected({ keyHint: 'sk_test_…c3d4' }))).then([connected({ keyHint: 'sk_test_…c3d4' })]));

  it('keeps the latest connection', () =>
    expect(fold(paymentProviderDecider, [connected(), connected({ provider: 'LOCAL', keyHint: null, secrets: null })])).toMatchObject({ kind: 'CONNECTED', provider: 'LOCAL', secrets: null }));

  it('records a disconnection', () => given([connected()]).when(disconnect).then([disconnected]));

  it('records that an owner who never chose wants none, so no provider is lent to them by default', () => given([]).when(disconnect).then([disconnected]));

  it('records nothing when disconnecting twice', () => given([connected(), disconnected]).when(disconnect).thenNothing());

  it('keeps one stream per owner', () => expect(paymentProviderStream(OWNER)).toBe('payment-provider-owner-1'));
});
