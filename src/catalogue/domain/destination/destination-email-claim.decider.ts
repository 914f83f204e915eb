import { createHash } from 'node:crypto';
import { assertNever } from '../../../shared/kernel/assert-never';
import type { Decider } from '../../../shared/kernel/decider';
import type { Email } from '../../../shared/kernel/email';
import { event, type Command } from '../../../shared/kernel/message';
import { destinationEmailClaimEvents, type DestinationEmailClaimEvent } from './destination-email-claim.events';
import { DestinationEmailAlreadyInUse } from './destination.errors';

export type { DestinationEmailClaimEvent };

/**
 * One stream per address makes a destination's log-in address unique under concurrent sign-ups,
 * as owners' addresses are (`owner-email-…`), and tells the log-in which destination it is without
 * a read model. Apart from owners' claims: a person may run an owner account and a destination's
 * with one address, since each kind logs in on its own. The name hashes the address.
 */
export const destinationEmailClaimStream = (email: Email) => `destination-email-${createHash('sha256').update(email.normalized).digest('hex')}`;

export type DestinationEmailClaimCommand =
  | Command<'ClaimDestinationEmail', { email: Email; destinationId: string; field: string }>
  | Command<'ReleaseDestinationEmail', { email: Email; destinationId: string }>;

export interface DestinationEmailClaim {
  readonly destinationId: string | null;
}

export function decide(command: DestinationEmailClaimCommand, state: DestinationEmailClaim): DestinationEmailClaimEvent[] {
  const { email, destinationId } = command.data;
  switch (command.type) {
    case 'ClaimDestinationEmail':
      if (state.destinationId === destinationId) return [];
      if (state.destinationId !== null) throw new DestinationEmailAlreadyInUse(command.data.field);
      return [event('DestinationEmailClaimed', { email: email.normalized, destinationId })];
    case 'ReleaseDestinationEmail':
      return state.destinationId === destinationId ? [event('DestinationEmailReleased', { email: email.normalized, destinationId })] : [];
    default:
      return assertNever(command);
  }
}

export function evolve(_: DestinationEmailClaim, e: DestinationEmailClaimEvent): DestinationEmailClaim {
  switch (e.type) {
    case 'DestinationEmailClaimed':
      return { destinationId: e.data.destinationId };
    case 'DestinationEmailReleased':
      return { destinationId: null };
    default:
      return assertNever(e);
  }
}

export const destinationEmailClaimDecider: Decider<DestinationEmailClaimCommand, DestinationEmailClaimEvent, DestinationEmailClaim> = {
  decide,
  evolve,
  initialState: () => ({ destinationId: null }),
  events: destinationEmailClaimEvents,
};
