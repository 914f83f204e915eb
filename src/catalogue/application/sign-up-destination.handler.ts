import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { handleCommand, newCorrelation, type CommandContext } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import type { Position } from '../../event-store/position';
import { TokenService } from '../../shared/auth/token.service';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { parseEmail, type Email } from '../../shared/kernel/email';
import { command } from '../../shared/kernel/message';
import { destinationEmailClaimDecider, destinationEmailClaimStream } from '../domain/destination/destination-email-claim.decider';
import { parseDestinationProfile, type DestinationProfileInput } from '../domain/destination/destination-profile';
import { destinationDecider, destinationStream } from '../domain/destination/destination.decider';
import { signUpCounters } from '../domain/owner/account-throttle';
import { TooManySignUps } from '../domain/owner/owner.errors';
import { assertAcceptablePassword } from '../domain/owner/password-policy';
import { ACCOUNT_THROTTLE, ATTEMPT_THROTTLE, PASSWORD_HASHER, type AccountThrottlePolicy, type AttemptThrottle, type PasswordHasher } from './ports';

export interface DestinationSignUpData extends DestinationProfileInput {
  readonly email: string;
  readonly password: string;
}

/** Answers with a destination's token for the new account, as its log-in would. */
export class SignUpDestination extends Command<{ destinationId: string; position: Position | null; token: string }> {
  constructor(
    readonly input: DestinationSignUpData,
    readonly clientAddress: string,
  ) {
    super();
  }
}

/** As an owner's sign-up: the same password rule, the same hashing, and the same count of accounts opened per client. */
@CommandHandler(SignUpDestination)
export class SignUpDestinationHandler implements ICommandHandler<SignUpDestination> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
    @Inject(ATTEMPT_THROTTLE) private readonly throttle: AttemptThrottle,
    @Inject(ACCOUNT_THROTTLE) private readonly policy: AccountThrottlePolicy,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly tokens: TokenService,
  ) {}

  async execute({ input, clientAddress }: SignUpDestination): Promise<{ destinationId: string; position: Position | null; token: string }> {
    const email = parseEmail('input.email', input.email);
    assertAcceptablePassword('input.password', input.password);
    const profile = parseDestinationProfile('input', input);
    // One budget of accounts per client, owners' and destinations' alike.
    const now = this.clock.now();
    const retryAt = await this.throttle.admit(signUpCounters(this.policy, clientAddress), now);
    if (retryAt) throw new TooManySignUps(retryAt.getTime() - now.getTime());
    const passwordHash = await this.hasher.hash(input.password);
    const destinationId = randomUUID();
    const context = newCorrelation({ kind: 'destination', id: destinationId }, now);

    // The claim comes first: of two concurrent sign-ups with one address, only one gets past it.
    await handleCommand(this.store, destinationEmailClaimStream(email), destinationEmailClaimDecider, command('ClaimDestinationEmail', { email, destinationId, field: 'input.email' }), context);
    const registration = command('RegisterDestination', { destinationId, profile, email: email.address, passwordHash, registeredAt: now.toISOString() });
    const { state, position } = await handleCommand(this.store, destinationStream(destinationId), destinationDecider, registration, context).catch(async (error: unknown) => {
      await this.releaseQuietly(email, destinationId, context);
      throw error;
    });
    const token = await this.tokens.issueForDestination(destinationId, state.status === 'registered' ? state.sessionVersion : 0);
    return { destinationId, position, token };
  }

  /** Undoing the claim after a failed registration: the original error is what the caller must see. */
  private async releaseQuietly(email: Email, destinationId: string, context: CommandContext): Promise<void> {
    await handleCommand(this.store, destinationEmailClaimStream(email), destinationEmailClaimDecider, command('ReleaseDestinationEmail', { email, destinationId }), context).catch(() => undefined);
  }
}
