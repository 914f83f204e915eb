import { addDays, daysBetween, type CalendarDate } from '../../../shared/kernel/calendar-date';
import { InvalidInput } from '../../../shared/kernel/errors';
import { percent } from '../../../shared/kernel/money';
import { DEPOSIT_KINDS, PAYMENT_METHODS, type DepositKind, type DepositTerms, type PaymentMethod } from '../../../shared/kernel/payment-terms';
import { optionalText, TEXT_LIMITS } from '../../../shared/kernel/text';

/** "If the stay starts in less than `daysBeforeArrivalUnder` days, ask `percent` %." */
export interface DepositRule {
  readonly daysBeforeArrivalUnder: number;
  readonly percent: number;
}

/** When the rest is owed: on arrival, or a number of days before it. */
export type BalanceDue = { readonly kind: 'ON_ARRIVAL' } | { readonly kind: 'DAYS_BEFORE_ARRIVAL'; readonly days: number };

/** What an owner asks of every booking: how much first, by when, the rest by when, and how. */
export interface DepositPolicy {
  readonly kind: DepositKind;
  readonly defaultPercent: number;
  /** Closest first: the rule with the fewest days that the stay falls under applies. */
  readonly rules: readonly DepositRule[];
  /** The option's deposit is due this many days after the option is created. */
  readonly depositDueDays: number;
  readonly balanceDue: BalanceDue;
  readonly acceptedPaymentMethods: readonly PaymentMethod[];
  /** The name cheques are made out to; null when the owner's own name will do. */
  readonly chequePayableTo: string | null;
}

/**
 * What owners who set nothing get: the common practice of an acompte of 25 %, due ten days after
 * the option, the balance on arrival, paid any way but online (which needs a payment provider).
 */
export const DEFAULT_DEPOSIT_POLICY: DepositPolicy = {
  kind: 'ACOMPTE',
  defaultPercent: 25,
  rules: [],
  depositDueDays: 10,
  balanceDue: { kind: 'ON_ARRIVAL' },
  acceptedPaymentMethods: ['CHEQUE', 'HOLIDAY_VOUCHERS', 'TRANSFER', 'CASH', 'CARD'],
  chequePayableTo: null,
};

/** A year: no owner asks for money further ahead than that, and a typo of 3650 is caught. */
export const MAX_POLICY_DAYS = 365;
export const MAX_DEPOSIT_RULES = 10;

export interface DepositPolicyInput {
  readonly kind: string;
  readonly defaultPercent: number;
  readonly rules?: readonly { readonly daysBeforeArrivalUnder: number; readonly percent: number }[] | null;
  readonly depositDueDays?: number | null;
  /** Null or absent: on arrival. */
  readonly balanceDueDaysBeforeArrival?: number | null;
  readonly acceptedPaymentMethods: readonly string[];
  readonly chequePayableTo?: string | null;
}

/** Validates a policy as an owner typed it, naming the first field at fault under `prefix`. */
export function depositPolicy(prefix: string, input: DepositPolicyInput): DepositPolicy {
  const at = (field: string) => `${prefix}.${field}`;
  if (!(DEPOSIT_KINDS as readonly string[]).includes(input.kind)) throw new InvalidInput(at('kind'), `must be one of ${DEPOSIT_KINDS.join(', ')}`);
  const rules = (input.rules ?? []).map((rule, i) => ({
    daysBeforeArrivalUnder: days(at(`rules.${i}.daysBeforeArrivalUnder`), rule.daysBeforeArrivalUnder, 1),
    percent: depositPercent(at(`rules.${i}.percent`), rule.percent),
  }));
  if (rules.length > MAX_DEPOSIT_RULES) throw new InvalidInput(at('rules'), `may hold at most ${MAX_DEPOSIT_RULES} rules`);
  const seen = new Set<number>();
  rules.forEach((rule, i) => {
    if (seen.has(rule.daysBeforeArrivalUnder)) throw new InvalidInput(at(`rules.${i}.daysBeforeArrivalUnder`), `another rule already starts under ${rule.daysBeforeArrivalUnder} days`);
    seen.add(rule.daysBeforeArrivalUnder);
  });
  const methods = input.acceptedPaymentMethods;
  const unknown = methods.find((method) => !(PAYMENT_METHODS as readonly string[]).includes(method));
  if (unknown !== undefined) throw new InvalidInput(at('acceptedPaymentMethods'), `${unknown} is not one of ${PAYMENT_METHODS.join(', ')}`);
  if (methods.length === 0) throw new InvalidInput(at('acceptedPaymentMethods'), 'must name at least one way to pay');
  const balanceDays = input.balanceDueDaysBeforeArrival;
  return {
    kind: input.kind as DepositKind,
    defaultPercent: depositPercent(at('defaultPercent'), input.defaultPercent),
    rules: [...rules].sort((a, b) => a.daysBeforeArrivalUnder - b.daysBeforeArrivalUnder),
    depositDueDays: input.depositDueDays == null ? DEFAULT_DEPOSIT_POLICY.depositDueDays : days(at('depositDueDays'), input.depositDueDays, 0),
    balanceDue: balanceDays == null ? { kind: 'ON_ARRIVAL' } : { kind: 'DAYS_BEFORE_ARRIVAL', days: days(at('balanceDueDaysBeforeArrival'), balanceDays, 0) },
    // In the order of PAYMENT_METHODS, so the same choice is always the same policy.
    acceptedPaymentMethods: PAYMENT_METHODS.filter((method) => methods.includes(method)),
    chequePayableTo: optionalText(at('chequePayableTo'), input.chequePayableTo, TEXT_LIMITS.name),
  };
}

/** The deposit asked for a stay arriving on `arrival`, when booked on `today`. */
export function depositTermsFor(policy: DepositPolicy, arrival: CalendarDate, today: CalendarDate): DepositTerms {
  const daysAhead = daysBetween(today, arrival);
  const rule = policy.rules.find((r) => daysAhead < r.daysBeforeArrivalUnder);
  return { kind: policy.kind, percent: rule?.percent ?? policy.defaultPercent };
}

/**
 * The deposit falls due `depositDueDays` after the option is created and the balance on or
 * before arrival; neither later than the arrival, nor (for a stay booked at the last minute)
 * earlier than the day the file was made.
 */
export function dueDates(policy: DepositPolicy, createdOn: CalendarDate, arrival: CalendarDate): { depositDueDate: CalendarDate; balanceDueDate: CalendarDate } {
  const latest = (a: CalendarDate, b: CalendarDate) => (a > b ? a : b);
  const earliest = (a: CalendarDate, b: CalendarDate) => (a < b ? a : b);
  const depositDueDate = earliest(addDays(createdOn, policy.depositDueDays), latest(arrival, createdOn));
  const balanceDue = policy.balanceDue.kind === 'ON_ARRIVAL' ? arrival : addDays(arrival, -policy.balanceDue.days);
  return { depositDueDate, balanceDueDate: latest(balanceDue, depositDueDate) };
}

function depositPercent(field: string, value: number): number {
  return value === 0 ? 0 : percent(field, value, { allowHundred: true });
}

function days(field: string, value: number, min: number): number {
  if (!Number.isInteger(value) || value < min || value > MAX_POLICY_DAYS) throw new InvalidInput(field, `must be a whole number of days from ${min} to ${MAX_POLICY_DAYS}`);
  return value;
}
