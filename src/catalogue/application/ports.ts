/** Hashing is slow on purpose; behind a port so the use cases read as the rules they apply. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}

export const PASSWORD_HASHER = Symbol('PasswordHasher');

/** Failed log-ins counted per key (an address, a network client) across app instances. */
export interface LoginThrottle {
  /** Throws TooManyRequests while any key is locked out. */
  assertAllowed(keys: readonly string[], now: Date): Promise<void>;
  recordFailure(keys: readonly string[], now: Date): Promise<void>;
  recordSuccess(keys: readonly string[]): Promise<void>;
}

export const LOGIN_THROTTLE = Symbol('LoginThrottle');
