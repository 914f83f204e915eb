import { assertNever } from '../../../shared/kernel/assert-never';

/**
 * How many password guesses and sign-ups the platform takes, and from whom. Each attempt is
 * counted under a few keys at once (the account's address, the network client, both together),
 * each key with its own limit; an attempt goes ahead only when every one of its keys lets it.
 * A key's count is forgotten once a whole window passes without a counted attempt.
 */

/** At most `max` attempts, then none until `windowMs` after the last one counted. */
export interface Cap {
  readonly kind: 'cap';
  readonly max: number;
  readonly windowMs: number;
}

/**
 * `free` attempts, then each one only after a wait since the last one counted: `firstWaitMs`,
 * doubling with every attempt beyond, up to `longestWaitMs`. Nobody is ever locked out.
 */
export interface Slowdown {
  readonly kind: 'slowdown';
  readonly free: number;
  readonly windowMs: number;
  readonly firstWaitMs: number;
  readonly longestWaitMs: number;
}

export type AttemptLimit = Cap | Slowdown;

/**
 * What a proven password does to a key's count: `forget` it (the typos of the one who knew it),
 * `refund` the attempt only (the count is about others too), or `keep` it (every attempt counts).
 */
export type OnSuccess = 'forget' | 'refund' | 'keep';

export interface ThrottleCounter {
  /** Names what is counted; the store may hash it, since it holds addresses. */
  readonly key: string;
  readonly limit: AttemptLimit;
  readonly onSuccess: OnSuccess;
}

/** A key's count as stored: how many attempts, and when the last one was counted. */
export interface AttemptCount {
  readonly count: number;
  readonly lastCountedAt: Date;
}

export interface AccountThrottlePolicy {
  readonly logIn: { readonly perAddressAndClient: Cap; readonly perClient: Cap; readonly perAddress: Slowdown };
  readonly signUp: { readonly perClient: Cap };
  readonly currentPassword: { readonly perOwnerAndClient: Cap; readonly perOwner: Slowdown };
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/**
 * Guessing is counted against the one who guesses, never against the account alone: a lock on an
 * address would let anyone lock any owner out. What spans every client (the address, the owner)
 * only slows down, so a guesser spraying from many clients gets about one guess a minute while
 * the owner, who knows the password, waits at most that long.
 */
export const ACCOUNT_THROTTLE_POLICY: AccountThrottlePolicy = {
  logIn: {
    // An owner's own typos, then a pause: locks only this client out of this address.
    perAddressAndClient: { kind: 'cap', max: 5, windowMs: 15 * MINUTE },
    // One client trying many addresses (credential stuffing); room for an office behind one address.
    perClient: { kind: 'cap', max: 30, windowMs: 15 * MINUTE },
    // Every client together against one address: beyond what typos explain, guesses are spaced out.
    perAddress: { kind: 'slowdown', free: 20, windowMs: 15 * MINUTE, firstWaitMs: 5 * SECOND, longestWaitMs: MINUTE },
  },
  // Accounts are opened without proving the address: this bounds how many one client squats,
  // and how often it learns whether an address already has an account.
  signUp: { perClient: { kind: 'cap', max: 10, windowMs: 60 * MINUTE } },
  // A stolen token must not become a way to guess the password it was not issued with.
  currentPassword: {
    perOwnerAndClient: { kind: 'cap', max: 5, windowMs: 15 * MINUTE },
    perOwner: { kind: 'slowdown', free: 20, windowMs: 15 * MINUTE, firstWaitMs: 5 * SECOND, longestWaitMs: MINUTE },
  },
};

const keyOf = (...parts: string[]) => JSON.stringify(parts);

/** `address`: the normalized email typed in, whether or not an account has it. */
export function logInCounters(policy: AccountThrottlePolicy, address: string, client: string): ThrottleCounter[] {
  const { perAddressAndClient, perClient, perAddress } = policy.logIn;
  return [
    { key: keyOf('log-in', 'address+client', address, client), limit: perAddressAndClient, onSuccess: 'forget' },
    { key: keyOf('log-in', 'client', client), limit: perClient, onSuccess: 'refund' },
    { key: keyOf('log-in', 'address', address), limit: perAddress, onSuccess: 'refund' },
  ];
}

export function signUpCounters(policy: AccountThrottlePolicy, client: string): ThrottleCounter[] {
  return [{ key: keyOf('sign-up', 'client', client), limit: policy.signUp.perClient, onSuccess: 'keep' }];
}

export function currentPasswordCounters(policy: AccountThrottlePolicy, ownerId: string, client: string): ThrottleCounter[] {
  const { perOwnerAndClient, perOwner } = policy.currentPassword;
  return [
    { key: keyOf('current-password', 'owner+client', ownerId, client), limit: perOwnerAndClient, onSuccess: 'forget' },
    { key: keyOf('current-password', 'owner', ownerId), limit: perOwner, onSuccess: 'refund' },
  ];
}

function liveCount(limit: AttemptLimit, counted: AttemptCount | null, now: Date): number {
  if (!counted) return 0;
  return now.getTime() - counted.lastCountedAt.getTime() < limit.windowMs ? counted.count : 0;
}

/** When a key lets the next attempt in: null for now, else the instant it will. */
export function nextAttemptAt(limit: AttemptLimit, counted: AttemptCount | null, now: Date): Date | null {
  if (!counted) return null;
  const wait = waitAfterLast(limit, liveCount(limit, counted, now));
  if (wait === null) return null;
  const at = counted.lastCountedAt.getTime() + wait;
  return at > now.getTime() ? new Date(at) : null;
}

/** How long after its last counted attempt a key holding `count` lets the next one in; null: at once. */
function waitAfterLast(limit: AttemptLimit, count: number): number | null {
  switch (limit.kind) {
    case 'cap':
      return count >= limit.max ? limit.windowMs : null;
    case 'slowdown':
      return count >= limit.free ? Math.min(limit.longestWaitMs, limit.firstWaitMs * 2 ** (count - limit.free)) : null;
    default:
      return assertNever(limit);
  }
}

/** The count once one more attempt is counted now. */
export function countedOnce(limit: AttemptLimit, counted: AttemptCount | null, now: Date): AttemptCount {
  return { count: liveCount(limit, counted, now) + 1, lastCountedAt: now };
}

/** When a key's count is forgotten, and its row may go. */
export const forgottenAt = (limit: AttemptLimit, counted: AttemptCount): Date => new Date(counted.lastCountedAt.getTime() + limit.windowMs);

/** A wait as a person reads it in a refusal: seconds under two minutes, else minutes. */
export function waitPhrase(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / SECOND));
  if (seconds < 120) return `${seconds} second${seconds > 1 ? 's' : ''}`;
  return `${Math.ceil(seconds / 60)} minutes`;
}
