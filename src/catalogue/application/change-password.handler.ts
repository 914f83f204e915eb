import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { handleCommand, loadState, newCorrelation } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import type { Position } from '../../event-store/position';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { command } from '../../shared/kernel/message';
import { currentPasswordCounters } from '../domain/owner/account-throttle';
import { OwnerNotFound, TooManyWrongCurrentPasswords } from '../domain/owner/owner.errors';
import { ownerDecider, ownerStream } from '../domain/owner/owner.decider';
import { assertAcceptablePassword } from '../domain/owner/password-policy';
import { ACCOUNT_THROTTLE, ATTEMPT_THROTTLE, PASSWORD_HASHER, type AccountThrottlePolicy, type AttemptThrottle, type PasswordHasher } from './ports';

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
    @Inject(ATTEMPT_THROTTLE) private readonly throttle: AttemptThrottle,
    @Inject(ACCOUNT_THROTTLE) private readonly policy: AccountThrottlePolicy,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ ownerId, currentPassword, newPassword, clientAddress }: ChangePassword): Promise<{ position: Position | null }> {
    assertAcceptablePassword('newPassword', newPassword);
    const owner = await loadState(this.store, ownerStream(ownerId), ownerDecider);
    if (owner.status !== 'registered') throw new OwnerNotFound(ownerId);
    const counters = currentPasswordCounters(this.policy, ownerId, clientAddress);
    const now = this.clock.now();
    const retryAt = await this.throttle.admit(counters, now);
    if (retryAt) throw new TooManyWrongCurrentPasswords(retryAt.getTime() - now.getTime());
    const currentPasswordVerified = await this.hasher.verify(owner.passwordHash, currentPassword);
    if (currentPasswordVerified) await this.throttle.succeeded(counters);
    const newPasswordHash = await this.hasher.hash(newPassword);
    const context = newCorrelation({ kind: 'owner', id: ownerId }, now);
    const outcome = await handleCommand(this.store, ownerStream(ownerId), ownerDecider, command('ChangePassword', { currentPasswordVerified, newPasswordHash }), context);
    return { position: outcome.position };
  }
}
