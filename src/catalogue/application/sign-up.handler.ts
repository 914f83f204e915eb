import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { handleCommand, newCorrelation, type CommandContext } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import type { Position } from '../../event-store/position';
import { TokenService } from '../../shared/auth/token.service';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { command } from '../../shared/kernel/message';
import { parseEmail, type Email } from '../../shared/kernel/email';
import { signUpCounters } from '../domain/owner/account-throttle';
import { parseOwnerDetails, type OwnerDetails, type OwnerDetailsInput } from '../domain/owner/owner-details';
import { TooManySignUps } from '../domain/owner/owner.errors';
import { ownerDecider, ownerStream } from '../domain/owner/owner.decider';
import { assertAcceptablePassword } from '../domain/owner/password-policy';
import { DEFAULT_AGE_RANGES } from '../domain/owner/age-ranges';
import { claimEmail, releaseQuietly } from './email-claims';
import { claimOwnerNumber } from './owner-numbers';
import { assertOfficialPostalAddress } from './postal-address-check';
import {
  ACCOUNT_THROTTLE,
  ATTEMPT_THROTTLE,
  COMMUNE_DIRECTORY,
  PASSWORD_HASHER,
  type AccountThrottlePolicy,
  type AttemptThrottle,
  type CommuneDirectory,
  type PasswordHasher,
} from './ports';

export interface SignUpData extends OwnerDetailsInput {
  readonly email: string;
  readonly password: string;
}

/** Answers with a token for the new account, as a log-in would. */
export class SignUp extends Command<{ ownerId: string; position: Position | null; token: string }> {
  constructor(
    readonly input: SignUpData,
    readonly clientAddress: string,
  ) {
    super();
  }
}

@CommandHandler(SignUp)
export class SignUpHandler implements ICommandHandler<SignUp> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
    @Inject(ATTEMPT_THROTTLE) private readonly throttle: AttemptThrottle,
    @Inject(ACCOUNT_THROTTLE) private readonly policy: AccountThrottlePolicy,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly em: EntityManager,
    private readonly tokens: TokenService,
    @Inject(COMMUNE_DIRECTORY) private readonly communes: CommuneDirectory,
  ) {}

  async execute({ input, clientAddress }: SignUp): Promise<{ ownerId: string; position: Position | null; token: string }> {
    const email = parseEmail('input.email', input.email);
    assertAcceptablePassword('input.password', input.password);
    const details = parseOwnerDetails('input', input);
    await assertOfficialPostalAddress(this.communes, 'input', details);
    // Counted once the form is valid, so a typo costs nothing; an address already taken counts.
    const now = this.clock.now();
    const retryAt = await this.throttle.admit(signUpCounters(this.policy, clientAddress), now);
    if (retryAt) throw new TooManySignUps(retryAt.getTime() - now.getTime());
    const passwordHash = await this.hasher.hash(input.password);
    const ownerId = randomUUID();
    const context = newCorrelation({ kind: 'owner', id: ownerId }, now);

    // The claim comes first: of two concurrent sign-ups with one address, only one gets past it.
    await claimEmail(this.store, email, ownerId, 'input.email', context);
    const { state, position } = await this.openAccount(ownerId, email, passwordHash, details, context).catch(async (error: unknown) => {
      await releaseQuietly(this.store, email, ownerId, context);
      throw error;
    });
    const token = await this.tokens.issue(ownerId, state.status === 'registered' ? state.sessionVersion : 0);
    return { ownerId, position, token };
  }

  private async openAccount(ownerId: string, email: Email, passwordHash: string, details: OwnerDetails, context: CommandContext) {
    // A number lost to a failure below leaves a gap in owner numbers, never a duplicate.
    const number = await claimOwnerNumber(this.store, this.em, ownerId, context);
    const defaultAgeRangeIds = DEFAULT_AGE_RANGES.map(() => randomUUID());
    return handleCommand(this.store, ownerStream(ownerId), ownerDecider, command('SignUp', { ownerId, email, passwordHash, details, number, defaultAgeRangeIds }), context);
  }
}
