import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { handleCommand, loadStream, newCorrelation } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import type { Position } from '../../event-store/position';
import { command } from '../../shared/kernel/message';
import { destinationDecider, destinationStream } from '../domain/destination/destination.decider';
import { DestinationNotFound } from '../domain/destination/destination.errors';
import { assertAcceptablePassword } from '../domain/owner/password-policy';
import { CurrentPasswordGate, type CredentialsHolder } from './current-password-gate';
import { PASSWORD_HASHER, type PasswordHasher } from './ports';

/** Ends every session of the destination, the caller's included: the answer's position shows when. */
export class ChangeDestinationPassword extends Command<{ position: Position | null }> {
  constructor(
    readonly destinationId: string,
    readonly currentPassword: string,
    readonly newPassword: string,
    readonly clientAddress: string,
  ) {
    super();
  }
}

/** As an owner's change: the same password rule, and the same throttle on the current password, under the destination's own keys. */
@CommandHandler(ChangeDestinationPassword)
export class ChangeDestinationPasswordHandler implements ICommandHandler<ChangeDestinationPassword> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
    private readonly gate: CurrentPasswordGate,
  ) {}

  async execute({ destinationId, currentPassword, newPassword, clientAddress }: ChangeDestinationPassword): Promise<{ position: Position | null }> {
    assertAcceptablePassword('newPassword', newPassword);
    const known = await loadStream(this.store, destinationStream(destinationId), destinationDecider);
    if (known.state.status !== 'registered' || known.state.credentials === null) throw new DestinationNotFound(destinationId);
    const holder: CredentialsHolder = { kind: 'destination', id: destinationId };
    const { now, verified } = await this.gate.verify(holder, clientAddress, known.state.credentials.passwordHash, currentPassword);
    const change = command('ChangeDestinationPassword', { currentPasswordVerified: verified, newPasswordHash: await this.hasher.hash(newPassword) });
    // Decided on the credentials the password was checked against: a change in between is a CONFLICT.
    const outcome = await handleCommand(this.store, destinationStream(destinationId), destinationDecider, change, newCorrelation(holder, now), { known, builtOnKnownState: true });
    return { position: outcome.position };
  }
}
