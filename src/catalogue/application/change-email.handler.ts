import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { handleCommand, loadStream, newCorrelation } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import type { Position } from '../../event-store/position';
import { command } from '../../shared/kernel/message';
import { parseEmail } from '../../shared/kernel/email';
import { OwnerNotFound, WrongCurrentPassword } from '../domain/owner/owner.errors';
import { ownerDecider, ownerStream } from '../domain/owner/owner.decider';
import { CurrentPasswordGate, type CredentialsHolder } from './current-password-gate';
import { moveUnderClaim, ownerEmailClaim } from './email-claims';

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
    private readonly gate: CurrentPasswordGate,
  ) {}

  async execute({ ownerId, currentPassword, newEmail: raw, clientAddress }: ChangeEmail): Promise<{ position: Position | null }> {
    const newEmail = parseEmail('newEmail', raw);
    const known = await loadStream(this.store, ownerStream(ownerId), ownerDecider);
    const owner = known.state;
    if (owner.status !== 'registered') throw new OwnerNotFound(ownerId);
    const holder: CredentialsHolder = { kind: 'owner', id: ownerId };
    const { now, verified } = await this.gate.verify(holder, clientAddress, owner.passwordHash, currentPassword);
    // Checked before claiming, so a wrong password never holds an address even for a moment.
    if (!verified) throw new WrongCurrentPassword();
    const context = newCorrelation(holder, now);
    const from = ownerEmailClaim(this.store, parseEmail('email', owner.email), ownerId, 'email', context);
    const to = ownerEmailClaim(this.store, newEmail, ownerId, 'newEmail', context);
    const outcome = await moveUnderClaim(from, to, () =>
      // Decided on the account the password was checked against: a change in between is a CONFLICT.
      handleCommand(this.store, ownerStream(ownerId), ownerDecider, command('ChangeEmail', { currentPasswordVerified: true, newEmail }), context, { known, builtOnKnownState: true }),
    );
    return { position: outcome.position };
  }
}
