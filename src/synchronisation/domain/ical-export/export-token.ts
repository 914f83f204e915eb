import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * An export feed's token: `ic_`, the accommodation's id (32 hex digits), then its secret (256
 * random bits, base64url). The id finds the stream with no lookup table; the secret is compared
 * through digests in constant time, so answer times give nothing away.
 */
const TOKEN = /^ic_([0-9a-f]{32})([A-Za-z0-9_-]{43})$/;

export const newExportSecret = (): string => randomBytes(32).toString('base64url');

export const exportToken = (accommodationId: string, secret: string): string => `ic_${accommodationId.replace(/-/g, '')}${secret}`;

/** The accommodation and secret a token carries; null for anything that is not one of ours. */
export function readExportToken(token: string): { accommodationId: string; secret: string } | null {
  const match = TOKEN.exec(token);
  if (!match) return null;
  const hex = match[1];
  return { accommodationId: `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`, secret: match[2] };
}

export function sameSecret(given: string, issued: string): boolean {
  return timingSafeEqual(digest(given), digest(issued));
}

const digest = (secret: string): Buffer => createHash('sha256').update(secret).digest();
