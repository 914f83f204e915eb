import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { loadState } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { TokenService } from '../../shared/auth/token.service';
import { parseEmail } from '../../shared/kernel/email';
import { Unauthenticated } from '../../shared/kernel/errors';
import { destinationEmailClaimDecider, destinationEmailClaimStream } from '../domain/destination/destination-email-claim.decider';
import { destinationDecider, destinationStream } from '../domain/destination/destination.decider';
import { logInCounters } from '../domain/owner/account-throttle';
import { PasswordGate } from './password-gate';
import { ACCOUNT_THROTTLE, type AccountThrottlePolicy } from './ports';

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
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ACCOUNT_THROTTLE) private readonly policy: AccountThrottlePolicy,
    private readonly gate: PasswordGate,
    private readonly tokens: TokenService,
  ) {}

  async execute({ email: rawEmail, password, clientAddress }: LogInDestination): Promise<{ destinationId: string; token: string }> {
    const email = parseEmail('email', rawEmail);
    const counters = logInCounters(this.policy, email.normalized, clientAddress, 'destination-log-in');
    await this.gate.admit(counters);

    const claim = await loadState(this.store, destinationEmailClaimStream(email), destinationEmailClaimDecider);
    const destination = claim.destinationId ? await loadState(this.store, destinationStream(claim.destinationId), destinationDecider) : null;
    const credentials = destination?.status === 'registered' ? destination.credentials : null;
    const opened = await this.gate.opens(counters, credentials?.passwordHash ?? null, password);
    if (!opened || destination?.status !== 'registered') throw new Unauthenticated('The email address or the password is wrong');
    return { destinationId: destination.destinationId, token: await this.tokens.issueForDestination(destination.destinationId, destination.sessionVersion) };
  }
}
