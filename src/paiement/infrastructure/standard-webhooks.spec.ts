import { thrownAs } from '../../../test/support/thrown';
import { WebhookRefused } from '../application/ports';
import { signStandardWebhook, verifyStandardWebhook } from './standard-webhooks';

// The example of the Standard Webhooks specification (github.com/standard-webhooks), signed by its reference libraries.
const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const ID = 'msg_p5jXN8AQM9LWM0D4loKWxJek';
const SENT_AT = new Date(1_614_265_330_000);
const BODY = Buffer.from('{"test": 2432232314}');
const SIGNATURE = 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=';

describe('Standard Webhooks signatures', () => {
  it('signs as the specification’s own example', () =>
    expect(signStandardWebhook(SECRET, ID, SENT_AT, BODY)).toEqual({ 'webhook-id': ID, 'webhook-timestamp': '1614265330', 'webhook-signature': SIGNATURE }));

  it('accepts the example a minute after it was sent', () => expect(() => verifyStandardWebhook(SECRET, signStandardWebhook(SECRET, ID, SENT_AT, BODY), BODY, new Date(SENT_AT.getTime() + 60_000))).not.toThrow());

  it('accepts any of several signatures, as a sender rolling its secret sends', () =>
    expect(() => verifyStandardWebhook(SECRET, { 'webhook-id': ID, 'webhook-timestamp': '1614265330', 'webhook-signature': `v1,bm90IHRoaXMgb25l ${SIGNATURE}` }, BODY, SENT_AT)).not.toThrow());

  const refused = (headers: Record<string, string>, body = BODY, now = SENT_AT) => thrownAs(WebhookRefused, () => verifyStandardWebhook(SECRET, headers, body, now));
  const signed = signStandardWebhook(SECRET, ID, SENT_AT, BODY);

  it('refuses a body changed by one byte', () => expect(refused({ ...signed }, Buffer.from('{"test": 2432232315}')).code).toBe('BAD_USER_INPUT'));

  it('refuses a body re-serialised, even to the same JSON', () => expect(refused({ ...signed }, Buffer.from(JSON.stringify(JSON.parse(BODY.toString())))).message).toMatch(/does not match/));

  it('refuses another secret’s signature', () => expect(refused({ ...signStandardWebhook('whsec_b3RoZXIgc2VjcmV0IG9mIDMyIGJ5dGVzIQ==', ID, SENT_AT, BODY) }).message).toMatch(/does not match/));

  it('refuses a signature moved to another message id', () => expect(refused({ ...signed, 'webhook-id': 'msg_other' }).message).toMatch(/does not match/));

  it('refuses a message older than five minutes, as a replay', () => expect(refused({ ...signed }, BODY, new Date(SENT_AT.getTime() + 301_000)).message).toMatch(/timestamp/));

  it('refuses a message without its signature', () => expect(refused({ 'webhook-id': ID, 'webhook-timestamp': '1614265330' }).message).toMatch(/webhook-signature header is missing/));
});
