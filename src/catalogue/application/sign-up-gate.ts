import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { parseEmail, type Email } from '../../shared/kernel/email';
import { signUpCounters } from '../domain/owner/account-throttle';
import { TooManySignUps } from '../domain/owner/owner.errors';
import { assertAcceptablePassword } from '../domain/owner/password-policy';
import { ACCOUNT_THROTTLE, ATTEMPT_THROTTLE, PASSWORD_HASHER, type AccountThrottlePolicy, type AttemptThrottle, type PasswordHasher } from './ports';

/** A new account's address and password, checked before the rest of its form, an owner's or a destination's alike. */
export function signUpCredentials(input: { readonly email: string; readonly password: string }): Email {
  const email = parseEmail('input.email', input.email);
  assertAcceptablePassword('input.password', input.password);
  return email;
}

/**
 * What every sign-up does once its form is valid, an owner's or a destination's: count it against
 * the client, in one budget of accounts for both kinds, then hash the password. Counted only after
 * the form is checked, so a typo costs nothing; an address already taken counts.
 */
@Injectable()
export class SignUpGate {
  constructor(
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
    @Inject(ATTEMPT_THROTTLE) private readonly throttle: AttemptThrottle,
    @Inject(ACCOUNT_THROTTLE) private readonly policy: AccountThrottlePolicy,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Refuses with TooManySignUps once the client opened its share of accounts; answers when the sign-up happens and the password's hash. */
  async admit(clientAddress: string, password: string): Promise<{ now: Date; passwordHash: string }> {
    const now = this.clock.now();
    const retryAt = await this.throttle.admit(signUpCounters(this.policy, clientAddress), now);
    if (retryAt) throw new TooManySignUps(retryAt.getTime() - now.getTime());
    return { now, passwordHash: await this.hasher.hash(password) };
  }
}
