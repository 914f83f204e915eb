import { randomBytes } from 'node:crypto';

/**
 * A secret link's token: a prefix naming what it opens, the id of what it opens (a UUID's 32 hex
 * digits), then 256 random bits in base64url. The id finds the stream with no lookup table; the
 * secret is what nobody can guess. Guests' booking links and iCalendar export URLs are made so.
 */
export interface LinkToken {
  readonly id: string;
  readonly secret: string;
}

export const newLinkSecret = (): string => randomBytes(32).toString('base64url');

export const linkToken = (prefix: string, id: string, secret: string): string => `${prefix}_${id.replace(/-/g, '')}${secret}`;

/** The id and secret a token of this prefix carries; null for anything that is not one. */
export function readLinkToken(prefix: string, token: string): LinkToken | null {
  const match = /^([a-z]+)_([0-9a-f]{32})([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match || match[1] !== prefix) return null;
  const hex = match[2];
  return { id: `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`, secret: match[3] };
}
