import type { AccountThrottlePolicy, ThrottleCounter } from '../domain/owner/account-throttle';

/** Hashing is slow on purpose; behind a port so the use cases read as the rules they apply. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}

export const PASSWORD_HASHER = Symbol('PasswordHasher');

/**
 * Attempts counted per key across app instances. An attempt is counted before the password is
 * checked, as if it failed, so that concurrent guesses queue on the count instead of all passing
 * a check made before any of them was recorded; a proven password then gives it back.
 */
export interface AttemptThrottle {
  /** Counts the attempt under every counter, or under none: null when let in, else when to come back. */
  admit(counters: readonly ThrottleCounter[], now: Date): Promise<Date | null>;
  /** The attempt proved the password: each counter forgets or refunds it as its policy says. */
  succeeded(counters: readonly ThrottleCounter[]): Promise<void>;
}

export const ATTEMPT_THROTTLE = Symbol('AttemptThrottle');

/** The account throttle's limits: `ACCOUNT_THROTTLE_POLICY`, but for the test suite's sign-ups. */
export const ACCOUNT_THROTTLE = Symbol('AccountThrottlePolicy');
export type { AccountThrottlePolicy };
