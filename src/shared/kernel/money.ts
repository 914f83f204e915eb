import { InvalidInput } from './errors';

/**
 * An amount in integer cents, so sums never drift. Only euros are let for now; the currency is
 * carried anyway so stored events and the API stay right if that changes.
 */
export interface Money {
  readonly cents: number;
  readonly currency: 'EUR';
}

/**
 * 10,000,000.00 €: the most any amount may be where it enters (a price, a supplement, a payment,
 * a file's total), far above any stay. Bounding every input keeps every sum of a file's lines
 * exact in a JavaScript number and far inside the read models' bigint columns, so one owner's
 * typo can never break a read model that every owner shares.
 */
export const MAX_CENTS = 1_000_000_000;

export function money(field: string, cents: number, options: { allowNegative?: boolean } = {}): Money {
  if (!Number.isInteger(cents)) throw new InvalidInput(field, 'must be a whole number of cents');
  if (Math.abs(cents) > MAX_CENTS) throw new InvalidInput(field, `must be at most ${MAX_CENTS} cents (${formatMoney(euros(MAX_CENTS))})${options.allowNegative ? ' either way' : ''}`);
  if (cents < 0 && !options.allowNegative) throw new InvalidInput(field, 'must not be negative');
  // -0 would be stored as 0, and then every re-save would look like a change.
  return { cents: cents === 0 ? 0 : cents, currency: 'EUR' };
}

export const euros = (cents: number): Money => ({ cents, currency: 'EUR' });

/** The sum of amounts, in cents. */
export const sumOf = (amounts: readonly Money[]): number => amounts.reduce((total, m) => total + m.cents, 0);

/**
 * The one rounding rule for money, used everywhere a share of an amount is taken: half to even,
 * to the cent (10.625 € → 10.62 €, 10.635 € → 10.64 €), so halves do not all drift upward.
 */
export function divideHalfToEven(numerator: number, denominator: number): number {
  const sign = Math.sign(numerator) * Math.sign(denominator);
  const n = Math.abs(numerator);
  const d = Math.abs(denominator);
  const quotient = Math.floor(n / d);
  const twiceRemainder = 2 * (n - quotient * d);
  const rounded = twiceRemainder > d || (twiceRemainder === d && quotient % 2 === 1) ? quotient + 1 : quotient;
  return sign * rounded === 0 ? 0 : sign * rounded;
}

/**
 * A percentage with at most two decimals (16.5 %), kept exact as hundredths of a percent so a
 * share of an amount never meets a binary fraction.
 */
export function percent(field: string, value: number, options: { allowHundred?: boolean } = {}): number {
  const max = options.allowHundred ? 100 : 99.99;
  if (!Number.isFinite(value)) throw new InvalidInput(field, `must be a percentage above 0 and at most ${max}`);
  if (Math.abs(value * 100 - Math.round(value * 100)) > 1e-6) throw new InvalidInput(field, 'must have at most two decimals');
  // Checked once rounded: a value that rounds to 0 would pass as "above 0" and take nothing off.
  const hundredths = Math.round(value * 100);
  if (hundredths <= 0 || hundredths > max * 100) throw new InvalidInput(field, `must be a percentage above 0 and at most ${max}`);
  return hundredths / 100;
}

/** `percentage` % of `cents`, rounded half to even. */
export const percentOf = (cents: number, percentage: number): number => divideHalfToEven(cents * Math.round(percentage * 100), 10_000);

/** `1234.50 €`: amounts in messages and rules, read the same by every reader of the API. */
export const formatMoney = (money: Money): string => `${(money.cents / 100).toFixed(2)} €`;
