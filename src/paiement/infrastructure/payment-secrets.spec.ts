import type { RuntimeConfig } from '../../shared/config/config';
import { AesGcmSecretBox, PaymentKeys, ProviderSecretsUnreadable } from './payment-secrets';

const SECRETS = { secretKey: 'sk_test_51HxAbCdEfGhIjKlMnOpQrStUvWxYza1b2', webhookSecret: 'whsec_9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c' };
const OWNER = '5b0f0c2e-9a57-4c0e-8a2b-6c1b1f6e0a11';

const JWT_SECRET = 'a-test-secret-that-is-long-enough-to-sign-tokens';
const config = (overrides: Partial<RuntimeConfig>): RuntimeConfig => ({
  nodeEnv: 'test',
  port: 0,
  databaseUrl: 'postgres://unused',
  eventStoreConnectionString: null,
  dataDir: '.',
  jwtSecret: JWT_SECRET,
  jwtExpiresInSeconds: 3600,
  ...overrides,
});
const boxWith = (overrides: Partial<RuntimeConfig>) => new AesGcmSecretBox(new PaymentKeys(config(overrides)));

describe('Payment provider secrets at rest', () => {
  const box = boxWith({ paymentSecretsKey: 'a payment secrets key of at least 32 characters' });

  it('opens what it sealed for the same owner', () => expect(box.open(OWNER, box.seal(OWNER, SECRETS))).toEqual(SECRETS));

  it('seals with AES-256-GCM: no part of a secret shows in what is stored', () => {
    const stored = JSON.stringify(box.seal(OWNER, SECRETS));
    for (const secret of Object.values(SECRETS)) {
      expect(stored).not.toContain(secret);
      expect(stored).not.toContain(Buffer.from(secret).toString('base64'));
    }
  });

  it('seals differently every time, so equal keys do not show as equal', () => expect(box.seal(OWNER, SECRETS).ciphertext).not.toBe(box.seal(OWNER, SECRETS).ciphertext));

  it('refuses to open one owner’s secrets for another', () => expect(() => box.open('another-owner', box.seal(OWNER, SECRETS))).toThrow(ProviderSecretsUnreadable));

  it('refuses secrets changed at rest', () => {
    const sealed = box.seal(OWNER, SECRETS);
    const bytes = Buffer.from(sealed.ciphertext, 'base64');
    bytes[0] ^= 1;
    expect(() => box.open(OWNER, { ...sealed, ciphertext: bytes.toString('base64') })).toThrow(ProviderSecretsUnreadable);
  });

  it('says the key changed when PAYMENT_SECRETS_KEY is another', () =>
    expect(() => boxWith({ paymentSecretsKey: 'another payment secrets key, 32 characters or more' }).open(OWNER, box.seal(OWNER, SECRETS))).toThrow(/another PAYMENT_SECRETS_KEY/));

  it('derives its key from the JWT secret when PAYMENT_SECRETS_KEY is unset, under a label of its own', () => {
    const keys = new PaymentKeys(config({ paymentSecretsKey: null }));
    const jwt = Buffer.from(JWT_SECRET);
    expect(keys.sealingKey).toHaveLength(32);
    expect(keys.sealingKey.equals(jwt.subarray(0, 32))).toBe(false);
    expect(keys.localWebhookSecret).not.toContain(keys.sealingKey.toString('base64'));
    expect(boxWith({ paymentSecretsKey: null }).open(OWNER, new AesGcmSecretBox(keys).seal(OWNER, SECRETS))).toEqual(SECRETS);
  });
});
