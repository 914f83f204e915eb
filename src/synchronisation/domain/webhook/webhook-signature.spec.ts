import { createHmac } from 'node:crypto';
import { webhookKey, webhookSecretOf, webhookSignature } from './webhook-signature';

describe('the Standard Webhooks signature', () => {
  // The example of the Standard Webhooks specification (and of svix's libraries).
  const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
  const id = 'msg_p5jXN8AQM9LWM0D4loKWxJek';
  const timestamp = 1614265330;
  const body = '{"test": 2432232314}';

  it('signs id.timestamp.body with HMAC-SHA256 under the secret’s decoded key, as the specification’s example', () =>
    expect(webhookSignature([secret], id, timestamp, body)).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE='));

  it('gives one signature per secret, the current one first, separated by a space', () => {
    const other = webhookSecretOf(Buffer.alloc(32, 7));
    const independent = createHmac('sha256', Buffer.alloc(32, 7)).update(`${id}.${timestamp}.${body}`).digest('base64');
    expect(webhookSignature([secret, other], id, timestamp, body)).toBe(`v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE= v1,${independent}`);
  });

  it('signs the body as sent: a byte changed, another signature', () => expect(webhookSignature([secret], id, timestamp, '{"test":2432232314}')).not.toBe(webhookSignature([secret], id, timestamp, body)));

  it('reads the key from what follows whsec_, and nothing else as a secret', () => {
    expect(webhookKey(webhookSecretOf(Buffer.from('0123456789abcdef0123456789abcdef')))).toEqual(Buffer.from('0123456789abcdef0123456789abcdef'));
    expect(() => webhookKey('sk_live_123')).toThrow(/whsec_/);
  });
});
