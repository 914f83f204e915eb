import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { handleCommand, newCorrelation } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import type { Position } from '../../event-store/position';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { command } from '../../shared/kernel/message';
import { parseEmail } from '../../shared/kernel/email';
import { parseOwnerDetails, type OwnerDetailsInput } from '../domain/owner/owner-details';
import { ownerDecider, ownerStream } from '../domain/owner/owner.decider';
import { assertAcceptablePassword } from '../domain/owner/password-policy';
import { DEFAULT_AGE_RANGES } from '../domain/owner/age-ranges';
import { claimEmail, releaseQuietly } from './email-claims';
import { claimOwnerNumber } from './owner-numbers';
import { PASSWORD_HASHER, type PasswordHasher } from './ports';

export interface SignUpData extends OwnerDetailsInput {
  readonly email: string;
  readonly password: string;
}

export class SignUp extends Command<{ ownerId: string; position: Position | null }> {
  constructor(readonly input: SignUpData) {
    super();
  }
}

@CommandHandler(SignUp)
export class SignUpHandler implements ICommandHandler<SignUp> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly em: EntityManager,
  ) {}

  async execute({ input }: SignUp): Promise<{ ownerId: string; position: Position | null }> {
    const email = parseEmail('input.email', input.email);
    assertAcceptablePassword('input.password', input.password);
    const details = parseOwnerDetails('input', input);
    const passwordHash = await this.hasher.hash(input.password);
    const ownerId = randomUUID();
    const context = newCorrelation({ kind: 'owner', id: ownerId }, this.clock.now());

    // The claim comes first: of two concurrent sign-ups with one address, only one gets past it.
    await claimEmail(this.store, email, ownerId, 'input.email', context);
    try {
      // A number lost to a failure below leaves a gap in owner numbers, never a duplicate.
      const number = await claimOwnerNumber(this.store, this.em, ownerId, context);
      const defaultAgeRangeIds = DEFAULT_AGE_RANGES.map(() => randomUUID());
      const outcome = await handleCommand(
        this.store,
        ownerStream(ownerId),
        ownerDecider,
        command('SignUp', { ownerId, email, passwordHash, details, number, defaultAgeRangeIds }),
        context,
      );
      return { ownerId, position: outcome.position };
    } catch (error) {
      await releaseQuietly(this.store, email, ownerId, context);
      throw error;
    }
  }
}
