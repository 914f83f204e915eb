import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { handleCommand, newCorrelation, type CommandContext } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import type { Position } from '../../event-store/position';
import { TokenService } from '../../shared/auth/token.service';
import { command } from '../../shared/kernel/message';
import type { Email } from '../../shared/kernel/email';
import { parseOwnerDetails, type OwnerDetails, type OwnerDetailsInput } from '../domain/owner/owner-details';
import { ownerDecider, ownerStream } from '../domain/owner/owner.decider';
import { DEFAULT_AGE_RANGES } from '../domain/owner/age-ranges';
import { ownerEmailClaim, registerUnderClaim } from './email-claims';
import { claimOwnerNumber } from './owner-numbers';
import { assertOfficialPostalAddress } from './postal-address-check';
import { COMMUNE_DIRECTORY, type CommuneDirectory } from './ports';
import { SignUpGate, signUpCredentials } from './sign-up-gate';

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
    private readonly gate: SignUpGate,
    private readonly em: EntityManager,
    private readonly tokens: TokenService,
    @Inject(COMMUNE_DIRECTORY) private readonly communes: CommuneDirectory,
  ) {}

  async execute({ input, clientAddress }: SignUp): Promise<{ ownerId: string; position: Position | null; token: string }> {
    const email = signUpCredentials(input);
    const details = parseOwnerDetails('input', input);
    await assertOfficialPostalAddress(this.communes, 'input', details);
    const { now, passwordHash } = await this.gate.admit(clientAddress, input.password);
    const ownerId = randomUUID();
    const context = newCorrelation({ kind: 'owner', id: ownerId }, now);

    const { state, position } = await registerUnderClaim(ownerEmailClaim(this.store, email, ownerId, 'input.email', context), () =>
      this.openAccount(ownerId, email, passwordHash, details, context),
    );
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
