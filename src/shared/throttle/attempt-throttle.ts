import type { ThrottleCounter } from '../kernel/attempt-limits';

export interface AttemptThrottle {
  /** Counts the attempt under every counter, or under none: null when let in, else when to come back. */
  admit(counters: readonly ThrottleCounter[], now: Date): Promise<Date | null>;
  /** The attempt proved the password: each counter forgets or refunds it as its policy says. */
  succeeded(counters: readonly ThrottleCounter[]): Promise<void>;
}

/** Inject with `@Inject(ATTEMPT_THROTTLE)`; ThrottleModule provides it to every context. */
export const ATTEMPT_THROTTLE = Symbol('AttemptThrottle');
