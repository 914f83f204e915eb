import { createHmac, timingSafeEqual } from 'node:crypto';
import { WebhookRefused } from '../application/ports';

/**
 * Standard Webhooks (standardwebhooks.com): `webhook-id`, `webhook-timestamp` (Unix seconds) and
 * `webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, keyed with the base64 part
 * of a `whsec_` secret. Fifteen lines of node:crypto sign exactly as the `standardwebhooks` package.
 */
// A type, not an interface, so that it passes where any headers do.
export type StandardWebhookHeaders = {
  readonly 'webhook-id': string;
  readonly 'webhook-timestamp': string;
  readonly 'webhook-signature': string;
};

/** Older or newer than this (in seconds) is a replay, or a clock far off. */
const TOLERANCE_SECONDS = 5 * 60;

const keyOf = (secret: string): Buffer => Buffer.from(secret.replace(/^whsec_/, ''), 'base64');

const signatureOf = (secret: string, id: string, timestamp: string, body: Buffer): Buffer =>
  createHmac('sha256', keyOf(secret)).update(`${id}.${timestamp}.`).update(body).digest();

export function signStandardWebhook(secret: string, id: string, sentAt: Date, body: Buffer): StandardWebhookHeaders {
  const timestamp = String(Math.floor(sentAt.getTime() / 1000));
  return { 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': `v1,${signatureOf(secret, id, timestamp, body).toString('base64')}` };
}

/** Throws WebhookRefused unless one of the signatures is ours over these very bytes, and recent. */
export function verifyStandardWebhook(secret: string, headers: Readonly<Record<string, string | string[] | undefined>>, body: Buffer, now: Date): void {
  const header = (name: keyof StandardWebhookHeaders) => {
    const value = headers[name];
    if (typeof value !== 'string' || value === '') throw new WebhookRefused(`the ${name} header is missing`);
    return value;
  };
  const id = header('webhook-id');
  const timestamp = header('webhook-timestamp');
  const signatures = header('webhook-signature');
  const sentAt = Number(timestamp);
  if (!/^\d{1,12}$/.test(timestamp) || Math.abs(now.getTime() / 1000 - sentAt) > TOLERANCE_SECONDS) throw new WebhookRefused('the webhook-timestamp is too far from now');
  const expected = signatureOf(secret, id, timestamp, body);
  // A sender rolling its secret signs with both for a while: any one of ours will do.
  const matches = signatures.split(' ').some((entry) => {
    const [version, value] = entry.split(',', 2);
    const given = version === 'v1' && value ? Buffer.from(value, 'base64') : Buffer.alloc(0);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  if (!matches) throw new WebhookRefused('the webhook-signature does not match');
}
