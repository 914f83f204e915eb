import type { Commune } from '../domain/address/french-postal-address';
import type { AccountThrottlePolicy } from '../domain/owner/account-throttle';

/** Hashing is slow on purpose; behind a port so the use cases read as the rules they apply. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}

export const PASSWORD_HASHER = Symbol('PasswordHasher');

/**
 * Attempts counted per key across app instances (shared/throttle). An attempt is counted before
 * the password is checked, as if it failed, so that concurrent guesses queue on the count instead
 * of all passing a check made before any of them was recorded; a proven password then gives it back.
 */
export { ATTEMPT_THROTTLE, type AttemptThrottle } from '../../shared/throttle/attempt-throttle';

/** The account throttle's limits: `ACCOUNT_THROTTLE_POLICY`, but for the test suite's sign-ups. */
export const ACCOUNT_THROTTLE = Symbol('AccountThrottlePolicy');
export type { AccountThrottlePolicy };

/** The official list of French postal codes and their communes: reference data, held in memory. */
export interface CommuneDirectory {
  /** The communes a 5-digit postal code serves, by name; none for a code the list does not hold. */
  communesOf(postalCode: string): Promise<readonly Commune[]>;
}

export const COMMUNE_DIRECTORY = Symbol('CommuneDirectory');
