import { createHmac } from 'node:crypto';

/** What Standard Webhooks calls a secret: `whsec_` and the key's bytes in base64. */
export const WEBHOOK_SECRET_PREFIX = 'whsec_';

/** The key a `whsec_` secret stands for: the bytes after the prefix, as the receiver's library decodes them. */
export function webhookKey(secret: string): Buffer {
  if (!secret.startsWith(WEBHOOK_SECRET_PREFIX)) throw new Error('a webhook secret starts with whsec_');
  return Buffer.from(secret.slice(WEBHOOK_SECRET_PREFIX.length), 'base64');
}

export const webhookSecretOf = (key: Buffer): string => `${WEBHOOK_SECRET_PREFIX}${key.toString('base64')}`;

/**
 * The `webhook-signature` header (Standard Webhooks, v1): one `v1,<base64 HMAC-SHA256>` of
 * `<id>.<timestamp>.<body>` per secret, separated by spaces. While a rotated secret still counts,
 * both sign, so a receiver that knows either accepts the delivery.
 */
export function webhookSignature(secrets: readonly string[], id: string, timestampSeconds: number, body: string): string {
  return secrets.map((secret) => `v1,${createHmac('sha256', webhookKey(secret)).update(`${id}.${timestampSeconds}.${body}`, 'utf8').digest('base64')}`).join(' ');
}
