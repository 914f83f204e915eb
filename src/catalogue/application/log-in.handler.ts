import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { loadState } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { TokenService } from '../../shared/auth/token.service';
import { Unauthenticated } from '../../shared/kernel/errors';
import { parseEmail } from '../../shared/kernel/email';
import { logInCounters } from '../domain/owner/account-throttle';
import { emailClaimDecider, emailClaimStream } from '../domain/owner/email-claim.decider';
import { ownerDecider, ownerStream } from '../domain/owner/owner.decider';
import { PasswordGate } from './password-gate';
import { ACCOUNT_THROTTLE, type AccountThrottlePolicy } from './ports';

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
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ACCOUNT_THROTTLE) private readonly policy: AccountThrottlePolicy,
    private readonly gate: PasswordGate,
    private readonly tokens: TokenService,
  ) {}

  async execute({ email: rawEmail, password, clientAddress }: LogIn): Promise<{ ownerId: string; token: string }> {
    const email = parseEmail('email', rawEmail);
    // Unknown addresses are counted too, so the throttle never tells which ones have an account.
    const counters = logInCounters(this.policy, email.normalized, clientAddress);
    await this.gate.admit(counters);

    const claim = await loadState(this.store, emailClaimStream(email), emailClaimDecider);
    const owner = claim.ownerId ? await loadState(this.store, ownerStream(claim.ownerId), ownerDecider) : null;
    const opened = await this.gate.opens(counters, owner?.status === 'registered' ? owner.passwordHash : null, password);
    if (!opened || owner?.status !== 'registered') throw new Unauthenticated('The email address or the password is wrong');
    return { ownerId: owner.ownerId, token: await this.tokens.issue(owner.ownerId, owner.sessionVersion) };
  }
}
