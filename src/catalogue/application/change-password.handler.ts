import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { handleCommand, loadStream, newCorrelation } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import type { Position } from '../../event-store/position';
import { command } from '../../shared/kernel/message';
import { OwnerNotFound } from '../domain/owner/owner.errors';
import { ownerDecider, ownerStream } from '../domain/owner/owner.decider';
import { assertAcceptablePassword } from '../domain/owner/password-policy';
import { CurrentPasswordGate, type CredentialsHolder } from './current-password-gate';
import { PASSWORD_HASHER, type PasswordHasher } from './ports';

/** Ends every session of the owner, the caller's included: the answer's position shows when. */
export class ChangePassword extends Command<{ position: Position | null }> {
  constructor(
    readonly ownerId: string,
    readonly currentPassword: string,
    readonly newPassword: string,
    readonly clientAddress: string,
  ) {
    super();
  }
}

@CommandHandler(ChangePassword)
export class ChangePasswordHandler implements ICommandHandler<ChangePassword> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
    private readonly gate: CurrentPasswordGate,
  ) {}

  async execute({ ownerId, currentPassword, newPassword, clientAddress }: ChangePassword): Promise<{ position: Position | null }> {
    assertAcceptablePassword('newPassword', newPassword);
    const known = await loadStream(this.store, ownerStream(ownerId), ownerDecider);
    if (known.state.status !== 'registered') throw new OwnerNotFound(ownerId);
    const holder: CredentialsHolder = { kind: 'owner', id: ownerId };
    const { now, verified: currentPasswordVerified } = await this.gate.verify(holder, clientAddress, known.state.passwordHash, currentPassword);
    const newPasswordHash = await this.hasher.hash(newPassword);
    const context = newCorrelation(holder, now);
    // Decided on the hash the password was checked against: a change in between is a CONFLICT.
    const change = command('ChangePassword', { currentPasswordVerified, newPasswordHash });
    const outcome = await handleCommand(this.store, ownerStream(ownerId), ownerDecider, change, context, { known, builtOnKnownState: true });
    return { position: outcome.position };
  }
}
