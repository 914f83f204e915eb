import { createHash } from 'node:crypto';

/**
 * Ids are UUIDs chosen by the server. Anything else a client sends cannot name a thing, and
 * checking here keeps odd strings out of stream names and uuid columns.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: string): boolean => UUID.test(value);

/** This project's namespace for name-based ids; fixed forever, since stored events hold them. */
const NAMESPACE = Buffer.from('6f3c1a52d7e84b0f9a215c8e0b7d4e19', 'hex');

/**
 * A UUID derived from a name (RFC 9562 version 5: SHA-1 of a namespace and the name): the same
 * name always gives the same id, so a decider can name what it makes (the parts of a split block)
 * and stay a pure function.
 */
export function nameBasedUuid(name: string): string {
  const bytes = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
