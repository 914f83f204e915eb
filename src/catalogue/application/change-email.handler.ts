import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { handleCommand, loadState, newCorrelation } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import type { Position } from '../../event-store/position';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { command } from '../../shared/kernel/message';
import { parseEmail } from '../../shared/kernel/email';
import { OwnerNotFound, WrongCurrentPassword } from '../domain/owner/owner.errors';
import { ownerDecider, ownerStream } from '../domain/owner/owner.decider';
import { claimEmail, releaseEmail, releaseQuietly } from './email-claims';
import { PASSWORD_HASHER, type PasswordHasher } from './ports';

export class ChangeEmail extends Command<{ position: Position | null }> {
  constructor(
    readonly ownerId: string,
    readonly currentPassword: string,
    readonly newEmail: string,
  ) {
    super();
  }
}

/** Claim the new address, move the account, then free the old address for someone else. */
@CommandHandler(ChangeEmail)
export class ChangeEmailHandler implements ICommandHandler<ChangeEmail> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ ownerId, currentPassword, newEmail: raw }: ChangeEmail): Promise<{ position: Position | null }> {
    const newEmail = parseEmail('newEmail', raw);
    const owner = await loadState(this.store, ownerStream(ownerId), ownerDecider);
    if (owner.status !== 'registered') throw new OwnerNotFound(ownerId);
    // Checked before claiming, so a wrong password never holds an address even for a moment.
    if (!(await this.hasher.verify(owner.passwordHash, currentPassword))) throw new WrongCurrentPassword();
    const previous = parseEmail('email', owner.email);
    const context = newCorrelation({ kind: 'owner', id: ownerId }, this.clock.now());

    const sameAddress = previous.normalized === newEmail.normalized;
    if (!sameAddress) {
      await claimEmail(this.store, newEmail, ownerId, 'newEmail', context);
    }
    try {
      const outcome = await handleCommand(this.store, ownerStream(ownerId), ownerDecider, command('ChangeEmail', { currentPasswordVerified: true, newEmail }), context);
      if (!sameAddress) {
        await releaseEmail(this.store, previous, ownerId, context);
      }
      return { position: outcome.position };
    } catch (error) {
      if (!sameAddress) {
        await releaseQuietly(this.store, newEmail, ownerId, context);
      }
      throw error;
    }
  }
}
