import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { handleCommand, loadStream, newCorrelation } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import type { Position } from '../../event-store/position';
import { parseEmail } from '../../shared/kernel/email';
import { command } from '../../shared/kernel/message';
import { destinationDecider, destinationStream } from '../domain/destination/destination.decider';
import { DestinationNotFound } from '../domain/destination/destination.errors';
import { WrongCurrentPassword } from '../domain/owner/owner.errors';
import { CurrentPasswordGate, type CredentialsHolder } from './current-password-gate';
import { destinationEmailClaim, moveUnderClaim } from './email-claims';

/** Ends every session of the destination, the caller's included: the answer's position shows when. */
export class ChangeDestinationEmail extends Command<{ position: Position | null }> {
  constructor(
    readonly destinationId: string,
    readonly currentPassword: string,
    readonly newEmail: string,
    readonly clientAddress: string,
  ) {
    super();
  }
}

/**
 * As an owner's change: claim the new address among destinations', move the account, then free
 * the old address for another destination.
 */
@CommandHandler(ChangeDestinationEmail)
export class ChangeDestinationEmailHandler implements ICommandHandler<ChangeDestinationEmail> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly gate: CurrentPasswordGate,
  ) {}

  async execute({ destinationId, currentPassword, newEmail: raw, clientAddress }: ChangeDestinationEmail): Promise<{ position: Position | null }> {
    const newEmail = parseEmail('newEmail', raw);
    const known = await loadStream(this.store, destinationStream(destinationId), destinationDecider);
    if (known.state.status !== 'registered' || known.state.credentials === null) throw new DestinationNotFound(destinationId);
    const holder: CredentialsHolder = { kind: 'destination', id: destinationId };
    const { now, verified } = await this.gate.verify(holder, clientAddress, known.state.credentials.passwordHash, currentPassword);
    // Checked before claiming, so a wrong password never holds an address even for a moment.
    if (!verified) throw new WrongCurrentPassword();
    const context = newCorrelation(holder, now);
    const from = destinationEmailClaim(this.store, parseEmail('email', known.state.credentials.email), destinationId, 'email', context);
    const to = destinationEmailClaim(this.store, newEmail, destinationId, 'newEmail', context);
    const change = command('ChangeDestinationEmail', { currentPasswordVerified: true, newEmail });
    // Decided on the credentials the password was checked against: a change in between is a CONFLICT, and gives the new address back.
    const outcome = await moveUnderClaim(from, to, () => handleCommand(this.store, destinationStream(destinationId), destinationDecider, change, context, { known, builtOnKnownState: true }));
    return { position: outcome.position };
  }
}
