import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { handleCommand, loadState, newCorrelation } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { command } from '../../shared/kernel/message';
import { OwnerNotFound } from '../domain/owner/owner.errors';
import { ownerDecider, ownerStream } from '../domain/owner/owner.decider';
import { assertAcceptablePassword } from '../domain/owner/password-policy';
import { PASSWORD_HASHER, type PasswordHasher } from './ports';

export class ChangePassword extends Command<void> {
  constructor(
    readonly ownerId: string,
    readonly currentPassword: string,
    readonly newPassword: string,
  ) {
    super();
  }
}

@CommandHandler(ChangePassword)
export class ChangePasswordHandler implements ICommandHandler<ChangePassword> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ ownerId, currentPassword, newPassword }: ChangePassword): Promise<void> {
    assertAcceptablePassword('newPassword', newPassword);
    const owner = await loadState(this.store, ownerStream(ownerId), ownerDecider);
    if (owner.status !== 'registered') throw new OwnerNotFound(ownerId);
    const currentPasswordVerified = await this.hasher.verify(owner.passwordHash, currentPassword);
    const newPasswordHash = await this.hasher.hash(newPassword);
    const context = newCorrelation({ kind: 'owner', id: ownerId }, this.clock.now());
    await handleCommand(this.store, ownerStream(ownerId), ownerDecider, command('ChangePassword', { currentPasswordVerified, newPasswordHash }), context);
  }
}
