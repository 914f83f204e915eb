import { InvalidInput } from './errors';

/** An email address as owners type it, and the lower-cased form that makes it unique. */
export interface Email {
  readonly address: string;
  readonly normalized: string;
}

// Deliberately loose: one @, a dotted domain, no spaces. Proving deliverability is the mail's job.
const SHAPE = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export function parseEmail(field: string, raw: string): Email {
  const address = raw.trim();
  if (address.length === 0) throw new InvalidInput(field, 'is required');
  if (address.length > 254) throw new InvalidInput(field, 'must be at most 254 characters');
  if (!SHAPE.test(address)) throw new InvalidInput(field, `"${address}" is not a valid email address`);
  return { address, normalized: address.toLowerCase() };
}
