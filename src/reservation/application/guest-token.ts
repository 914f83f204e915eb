import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * A guest's link to their booking: `gb_` then the booking's id (32 hex digits), then a secret
 * of 256 random bits. The id finds the booking's stream with no lookup table; only a digest of
 * the secret is stored, and it is compared in constant time, so neither a leak of the events nor
 * the timing of answers gives a link away.
 */
const TOKEN = /^gb_([0-9a-f]{32})([A-Za-z0-9_-]{43})$/;

export interface GuestToken {
  readonly token: string;
  readonly tokenHash: string;
}

export function newGuestToken(guestBookingId: string): GuestToken {
  const secret = randomBytes(32).toString('base64url');
  return { token: `gb_${guestBookingId.replace(/-/g, '')}${secret}`, tokenHash: digest(secret) };
}

/** The booking's id and the secret's digest a token carries; null for anything that is not one of ours. */
export function readGuestToken(token: string): { guestBookingId: string; tokenHash: string } | null {
  const match = TOKEN.exec(token);
  if (!match) return null;
  const hex = match[1];
  const guestBookingId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return { guestBookingId, tokenHash: digest(match[2]) };
}

export function sameTokenHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
}

const digest = (secret: string): string => createHash('sha256').update(secret).digest('hex');
