import { createHash } from 'node:crypto';
import { assertNever } from '../../../shared/kernel/assert-never';
import type { Decider } from '../../../shared/kernel/decider';
import { event, type Command } from '../../../shared/kernel/message';
import type { Email } from '../../../shared/kernel/email';
import { emailClaimEvents, type EmailClaimEvent } from './email-claim.events';
import { EmailAlreadyInUse } from './owner.errors';

export type { EmailClaimEvent };

/**
 * One stream per email address makes the address unique under any number of concurrent
 * sign-ups: the stream's expected revision lets exactly one claim win. It also answers "which
 * owner logs in with this address" without waiting for a read model. The name hashes the
 * address so no personal data sits in stream names.
 */
export const emailClaimStream = (email: Email) =>
  `owner-email-${createHash('sha256').update(email.normalized).digest('hex')}`;

export type EmailClaimCommand =
  | Command<'ClaimEmail', { email: Email; ownerId: string; field: string }>
  | Command<'ReleaseEmail', { email: Email; ownerId: string }>;

export interface EmailClaim {
  readonly ownerId: string | null;
}

export function decide(command: EmailClaimCommand, state: EmailClaim): EmailClaimEvent[] {
  const { email, ownerId } = command.data;
  switch (command.type) {
    case 'ClaimEmail':
      if (state.ownerId === ownerId) return [];
      if (state.ownerId !== null) throw new EmailAlreadyInUse(command.data.field);
      return [event('EmailClaimed', { email: email.normalized, ownerId })];
    case 'ReleaseEmail':
      return state.ownerId === ownerId ? [event('EmailReleased', { email: email.normalized, ownerId })] : [];
    default:
      return assertNever(command);
  }
}

export function evolve(_: EmailClaim, e: EmailClaimEvent): EmailClaim {
  switch (e.type) {
    case 'EmailClaimed':
      return { ownerId: e.data.ownerId };
    case 'EmailReleased':
      return { ownerId: null };
    default:
      return assertNever(e);
  }
}

export const emailClaimDecider: Decider<EmailClaimCommand, EmailClaimEvent, EmailClaim> = {
  decide,
  evolve,
  initialState: () => ({ ownerId: null }),
  events: emailClaimEvents,
};
