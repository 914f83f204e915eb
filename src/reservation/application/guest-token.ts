import { createHash, timingSafeEqual } from 'node:crypto';
import { linkToken, newLinkSecret, readLinkToken } from '../../shared/kernel/link-token';

/**
 * A guest's link to their booking: `gb_`, the booking's id, then a secret (see link-token.ts).
 * Only a digest of the secret is stored, and it is compared in constant time, so neither a leak
 * of the events nor the timing of answers gives a link away.
 */
const PREFIX = 'gb';

export interface GuestToken {
  readonly token: string;
  readonly tokenHash: string;
}

export function newGuestToken(guestBookingId: string): GuestToken {
  const secret = newLinkSecret();
  return { token: linkToken(PREFIX, guestBookingId, secret), tokenHash: digest(secret) };
}

/** The booking's id and the secret's digest a token carries; null for anything that is not one of ours. */
export function readGuestToken(token: string): { guestBookingId: string; tokenHash: string } | null {
  const read = readLinkToken(PREFIX, token);
  return read && { guestBookingId: read.id, tokenHash: digest(read.secret) };
}

export function sameTokenHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
}

const digest = (secret: string): string => createHash('sha256').update(secret).digest('hex');
