import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { handleCommand, newCorrelation } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import type { Position } from '../../event-store/position';
import { TokenService } from '../../shared/auth/token.service';
import { command } from '../../shared/kernel/message';
import { parseDestinationProfile, type DestinationProfileInput } from '../domain/destination/destination-profile';
import { destinationDecider, destinationStream } from '../domain/destination/destination.decider';
import { destinationEmailClaim, registerUnderClaim } from './email-claims';
import { SignUpGate, signUpCredentials } from './sign-up-gate';

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
    private readonly gate: SignUpGate,
    private readonly tokens: TokenService,
  ) {}

  async execute({ input, clientAddress }: SignUpDestination): Promise<{ destinationId: string; position: Position | null; token: string }> {
    const email = signUpCredentials(input);
    const profile = parseDestinationProfile('input', input);
    const { now, passwordHash } = await this.gate.admit(clientAddress, input.password);
    const destinationId = randomUUID();
    const context = newCorrelation({ kind: 'destination', id: destinationId }, now);

    const registration = command('RegisterDestination', { destinationId, profile, email: email.address, passwordHash, registeredAt: now.toISOString() });
    const { state, position } = await registerUnderClaim(destinationEmailClaim(this.store, email, destinationId, 'input.email', context), () =>
      handleCommand(this.store, destinationStream(destinationId), destinationDecider, registration, context),
    );
    const token = await this.tokens.issueForDestination(destinationId, state.status === 'registered' ? state.sessionVersion : 0);
    return { destinationId, position, token };
  }
}
