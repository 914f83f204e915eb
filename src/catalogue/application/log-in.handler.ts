import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { loadState } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { TokenService } from '../../shared/auth/token.service';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { Unauthenticated } from '../../shared/kernel/errors';
import { parseEmail } from '../../shared/kernel/email';
import { logInCounters } from '../domain/owner/account-throttle';
import { emailClaimDecider, emailClaimStream } from '../domain/owner/email-claim.decider';
import { TooManyLogInAttempts } from '../domain/owner/owner.errors';
import { ownerDecider, ownerStream } from '../domain/owner/owner.decider';
import { ACCOUNT_THROTTLE, ATTEMPT_THROTTLE, PASSWORD_HASHER, type AccountThrottlePolicy, type AttemptThrottle, type PasswordHasher } from './ports';

export class LogIn extends Command<{ ownerId: string; token: string }> {
  constructor(
    readonly email: string,
    readonly password: string,
    readonly clientAddress: string,
  ) {
    super();
  }
}

/** Log-in reads the event streams, not a read model: a fresh account can log in at once. */
@CommandHandler(LogIn)
export class LogInHandler implements ICommandHandler<LogIn> {
  // Verifying against a decoy when the address is unknown keeps both answers equally slow.
  private decoyHash: Promise<string> | null = null;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
    @Inject(ATTEMPT_THROTTLE) private readonly throttle: AttemptThrottle,
    @Inject(ACCOUNT_THROTTLE) private readonly policy: AccountThrottlePolicy,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly tokens: TokenService,
  ) {}

  async execute({ email: rawEmail, password, clientAddress }: LogIn): Promise<{ ownerId: string; token: string }> {
    const email = parseEmail('email', rawEmail);
    // Unknown addresses are counted too, so the throttle never tells which ones have an account.
    const counters = logInCounters(this.policy, email.normalized, clientAddress);
    const now = this.clock.now();
    const retryAt = await this.throttle.admit(counters, now);
    if (retryAt) throw new TooManyLogInAttempts(retryAt.getTime() - now.getTime());

    const claim = await loadState(this.store, emailClaimStream(email), emailClaimDecider);
    const owner = claim.ownerId ? await loadState(this.store, ownerStream(claim.ownerId), ownerDecider) : null;
    this.decoyHash ??= this.hasher.hash(randomUUID());
    const hash = owner?.status === 'registered' ? owner.passwordHash : await this.decoyHash;
    const matches = await this.hasher.verify(hash, password);
    if (!matches || owner?.status !== 'registered') throw new Unauthenticated('The email address or the password is wrong');
    await this.throttle.succeeded(counters);
    return { ownerId: owner.ownerId, token: await this.tokens.issue(owner.ownerId, owner.sessionVersion) };
  }
}
