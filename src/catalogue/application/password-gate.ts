import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import type { ThrottleCounter } from '../../shared/kernel/attempt-limits';
import { TooManyLogInAttempts } from '../domain/owner/owner.errors';
import { ATTEMPT_THROTTLE, PASSWORD_HASHER, type AttemptThrottle, type PasswordHasher } from './ports';

/**
 * What every log-in does with a password, an owner's or a destination's: count the attempt
 * before anything is read (unknown addresses too, so the throttle never tells which ones have an
 * account), then check the password against the account's hash, or against a decoy when there is
 * no account, so that both answers are as slow.
 */
@Injectable()
export class PasswordGate {
  private decoyHash: Promise<string> | null = null;

  constructor(
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
    @Inject(ATTEMPT_THROTTLE) private readonly throttle: AttemptThrottle,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Refuses the attempt, with how long to wait, when its counters are spent. */
  async admit(counters: readonly ThrottleCounter[]): Promise<void> {
    const now = this.clock.now();
    const retryAt = await this.throttle.admit(counters, now);
    if (retryAt) throw new TooManyLogInAttempts(retryAt.getTime() - now.getTime());
  }

  /** Whether `password` opens `hash` (null: no such account); a success clears the counters. */
  async opens(counters: readonly ThrottleCounter[], hash: string | null, password: string): Promise<boolean> {
    this.decoyHash ??= this.hasher.hash(randomUUID());
    const matches = (await this.hasher.verify(hash ?? (await this.decoyHash), password)) && hash !== null;
    if (matches) await this.throttle.succeeded(counters);
    return matches;
  }
}
