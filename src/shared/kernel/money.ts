import { InvalidInput } from './errors';

/**
 * An amount in integer cents, so sums never drift. Only euros are let for now; the currency is
 * carried anyway so stored events and the API stay right if that changes.
 */
export interface Money {
  readonly cents: number;
  readonly currency: 'EUR';
}

/** What a GraphQL Int can hold: 21 474 836.47 €, far above any stay or deposit. */
export const MAX_CENTS = 2_147_483_647;

export function money(field: string, cents: number, options: { allowNegative?: boolean } = {}): Money {
  if (!Number.isInteger(cents)) throw new InvalidInput(field, 'must be a whole number of cents');
  if (Math.abs(cents) > MAX_CENTS) throw new InvalidInput(field, `must be at most ${MAX_CENTS} cents`);
  if (cents < 0 && !options.allowNegative) throw new InvalidInput(field, 'must not be negative');
  // -0 would be stored as 0, and then every re-save would look like a change.
  return { cents: cents === 0 ? 0 : cents, currency: 'EUR' };
}

export const euros = (cents: number): Money => ({ cents, currency: 'EUR' });
