import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import type { Actor } from '../../shared/kernel/message';
import { currentPasswordCounters } from '../domain/owner/account-throttle';
import { TooManyWrongCurrentPasswords } from '../domain/owner/owner.errors';
import { ACCOUNT_THROTTLE, ATTEMPT_THROTTLE, PASSWORD_HASHER, type AccountThrottlePolicy, type AttemptThrottle, type PasswordHasher } from './ports';

/** The account whose own token asks to change its credentials. */
export type CredentialsHolder = Extract<Actor, { kind: 'owner' | 'destination' }>;

/**
 * What every change of credentials does with the current password, an owner's or a destination's:
 * count the attempt against the account and the client before the check, refuse once the count is
 * spent, and give the attempt back once the password is proven. Each kind of account is counted
 * under its own keys, with the same limits.
 */
@Injectable()
export class CurrentPasswordGate {
  constructor(
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
    @Inject(ATTEMPT_THROTTLE) private readonly throttle: AttemptThrottle,
    @Inject(ACCOUNT_THROTTLE) private readonly policy: AccountThrottlePolicy,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Whether `password` opens the holder's `hash`, and when it was checked; refuses with
   * TooManyWrongCurrentPasswords, saying how long to wait, once the holder's counts are spent.
   */
  async verify(holder: CredentialsHolder, clientAddress: string, hash: string, password: string): Promise<{ now: Date; verified: boolean }> {
    const counters = currentPasswordCounters(this.policy, holder.id, clientAddress, holder.kind === 'destination' ? 'destination-current-password' : 'current-password');
    const now = this.clock.now();
    const retryAt = await this.throttle.admit(counters, now);
    if (retryAt) throw new TooManyWrongCurrentPasswords(retryAt.getTime() - now.getTime());
    const verified = await this.hasher.verify(hash, password);
    if (verified) await this.throttle.succeeded(counters);
    return { now, verified };
  }
}
