import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { handleCommand, loadState, newCorrelation } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import type { Position } from '../../event-store/position';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { command } from '../../shared/kernel/message';
import { parseEmail } from '../../shared/kernel/email';
import { currentPasswordCounters } from '../domain/owner/account-throttle';
import { OwnerNotFound, TooManyWrongCurrentPasswords, WrongCurrentPassword } from '../domain/owner/owner.errors';
import { ownerDecider, ownerStream } from '../domain/owner/owner.decider';
import { claimEmail, releaseEmail, releaseQuietly } from './email-claims';
import { ACCOUNT_THROTTLE, ATTEMPT_THROTTLE, PASSWORD_HASHER, type AccountThrottlePolicy, type AttemptThrottle, type PasswordHasher } from './ports';

export class ChangeEmail extends Command<{ position: Position | null }> {
  constructor(
    readonly ownerId: string,
    readonly currentPassword: string,
    readonly newEmail: string,
    readonly clientAddress: string,
  ) {
    super();
  }
}

/**
 * Claim the new address, move the account, then free the old address for someone else. A change
 * ends every session of the owner, the caller's included: the answer's position shows when.
 */
@CommandHandler(ChangeEmail)
export class ChangeEmailHandler implements ICommandHandler<ChangeEmail> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
    @Inject(ATTEMPT_THROTTLE) private readonly throttle: AttemptThrottle,
    @Inject(ACCOUNT_THROTTLE) private readonly policy: AccountThrottlePolicy,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ ownerId, currentPassword, newEmail: raw, clientAddress }: ChangeEmail): Promise<{ position: Position | null }> {
    const newEmail = parseEmail('newEmail', raw);
    const owner = await loadState(this.store, ownerStream(ownerId), ownerDecider);
    if (owner.status !== 'registered') throw new OwnerNotFound(ownerId);
    const counters = currentPasswordCounters(this.policy, ownerId, clientAddress);
    const now = this.clock.now();
    const retryAt = await this.throttle.admit(counters, now);
    if (retryAt) throw new TooManyWrongCurrentPasswords(retryAt.getTime() - now.getTime());
    // Checked before claiming, so a wrong password never holds an address even for a moment.
    if (!(await this.hasher.verify(owner.passwordHash, currentPassword))) throw new WrongCurrentPassword();
    await this.throttle.succeeded(counters);
    const previous = parseEmail('email', owner.email);
    const context = newCorrelation({ kind: 'owner', id: ownerId }, now);

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
