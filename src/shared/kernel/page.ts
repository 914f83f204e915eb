import { InvalidInput } from './errors';
import { isUuid } from './ids';

/**
 * How every cursor connection pages: `first` rows after the opaque `after` a previous page ended
 * with. A cursor is the keyset values of a page's last row, as base64url JSON; cursors already
 * handed out keep working only as long as this form stays the same.
 */

/** The size asked for, or the list's default when none was. */
export function pageSize(first: number | null | undefined, defaultSize: number, max: number): number {
  if (first === null || first === undefined) return defaultSize;
  if (!Number.isInteger(first) || first < 1 || first > max) throw new InvalidInput('first', `must be a whole number from 1 to ${max}`);
  return first;
}

/** The commonest keyset: an instant and a uuid (a row's creation or joining, then its id), or null when the parts are not that. */
export const instantAndId = ([instant, id]: readonly unknown[]): [string, string] | null =>
  typeof instant === 'string' && !Number.isNaN(Date.parse(instant)) && typeof id === 'string' && isUuid(id) ? [instant, id] : null;

export const encodeCursor = (parts: readonly unknown[]): string => Buffer.from(JSON.stringify(parts)).toString('base64url');

/**
 * The keyset values `read` finds in a cursor's parts (null when they are not this list's). Anything
 * else, including what `read` throws on, is refused as `after` with `refusal`: a client only ever
 * holds a cursor the list gave it.
 */
export function decodeCursor<T>(after: string, read: (parts: readonly unknown[]) => T | null, refusal = 'is not a cursor this list gave'): T {
  try {
    const parts: unknown = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
    const cursor = Array.isArray(parts) ? read(parts) : null;
    if (cursor !== null) return cursor;
  } catch {
    // Falls through to the named error below.
  }
  throw new InvalidInput('after', refusal);
}
