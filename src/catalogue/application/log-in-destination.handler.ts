import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { loadState } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { TokenService } from '../../shared/auth/token.service';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { parseEmail } from '../../shared/kernel/email';
import { Unauthenticated } from '../../shared/kernel/errors';
import { destinationEmailClaimDecider, destinationEmailClaimStream } from '../domain/destination/destination-email-claim.decider';
import { destinationLogInCounters } from '../domain/destination/destination-throttle';
import { destinationDecider, destinationStream } from '../domain/destination/destination.decider';
import { TooManyLogInAttempts } from '../domain/owner/owner.errors';
import { ACCOUNT_THROTTLE, ATTEMPT_THROTTLE, PASSWORD_HASHER, type AccountThrottlePolicy, type AttemptThrottle, type PasswordHasher } from './ports';

export class LogInDestination extends Command<{ destinationId: string; token: string }> {
  constructor(
    readonly email: string,
    readonly password: string,
    readonly clientAddress: string,
  ) {
    super();
  }
}

/** As an owner's log-in: from the event streams, throttled before the password is checked, as slow for an unknown address. */
@CommandHandler(LogInDestination)
export class LogInDestinationHandler implements ICommandHandler<LogInDestination> {
  private decoyHash: Promise<string> | null = null;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
    @Inject(ATTEMPT_THROTTLE) private readonly throttle: AttemptThrottle,
    @Inject(ACCOUNT_THROTTLE) private readonly policy: AccountThrottlePolicy,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly tokens: TokenService,
  ) {}

  async execute({ email: rawEmail, password, clientAddress }: LogInDestination): Promise<{ destinationId: string; token: string }> {
    const email = parseEmail('email', rawEmail);
    const counters = destinationLogInCounters(this.policy, email.normalized, clientAddress);
    const now = this.clock.now();
    const retryAt = await this.throttle.admit(counters, now);
    if (retryAt) throw new TooManyLogInAttempts(retryAt.getTime() - now.getTime());

    const claim = await loadState(this.store, destinationEmailClaimStream(email), destinationEmailClaimDecider);
    const destination = claim.destinationId ? await loadState(this.store, destinationStream(claim.destinationId), destinationDecider) : null;
    const credentials = destination?.status === 'registered' ? destination.credentials : null;
    this.decoyHash ??= this.hasher.hash(randomUUID());
    const matches = await this.hasher.verify(credentials?.passwordHash ?? (await this.decoyHash), password);
    if (!matches || credentials === null || destination?.status !== 'registered') throw new Unauthenticated('The email address or the password is wrong');
    await this.throttle.succeeded(counters);
    return { destinationId: destination.destinationId, token: await this.tokens.issueForDestination(destination.destinationId, destination.sessionVersion) };
  }
}
