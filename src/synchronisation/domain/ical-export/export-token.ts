import { createHash, timingSafeEqual } from 'node:crypto';
import { linkToken, newLinkSecret, readLinkToken } from '../../../shared/kernel/link-token';

/** An export feed's token: `ic_`, the accommodation's id, then its secret (see link-token.ts). */
const PREFIX = 'ic';

export const newExportSecret = newLinkSecret;

export const exportToken = (accommodationId: string, secret: string): string => linkToken(PREFIX, accommodationId, secret);

/** The accommodation and secret a token carries; null for anything that is not one of ours. */
export function readExportToken(token: string): { accommodationId: string; secret: string } | null {
  const read = readLinkToken(PREFIX, token);
  return read && { accommodationId: read.id, secret: read.secret };
}

/** Compared through digests in constant time, so answer times give nothing away, whatever the lengths. */
export function sameSecret(given: string, issued: string): boolean {
  return timingSafeEqual(digest(given), digest(issued));
}

const digest = (secret: string): Buffer => createHash('sha256').update(secret).digest();
