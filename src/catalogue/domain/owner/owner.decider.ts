import { assertNever } from '../../../shared/kernel/assert-never';
import type { Decider } from '../../../shared/kernel/decider';
import { event, type Command, type Event } from '../../../shared/kernel/message';
import type { Email } from './email';
import { sameDetails, type OwnerDetails } from './owner-details';
import { OwnerAlreadySignedUp, OwnerNotFound, WrongCurrentPassword } from './owner.errors';

/** Stream `owner-<ownerId>`: one owner's account. */
export const ownerStream = (ownerId: string) => `owner-${ownerId}`;

export type OwnerEvent =
  | Event<'OwnerSignedUp', { ownerId: string; email: string; passwordHash: string; details: OwnerDetails }>
  | Event<'OwnerDetailsUpdated', { ownerId: string; details: OwnerDetails }>
  | Event<'OwnerPasswordChanged', { ownerId: string; passwordHash: string }>
  | Event<'OwnerEmailChanged', { ownerId: string; previousEmail: string; email: string }>;

/**
 * Checking a password means hashing, which is I/O-bound work outside the domain: the handler
 * verifies it against `passwordHash` and says so in the command, and the rule lives here.
 */
export type OwnerCommand =
  | Command<'SignUp', { ownerId: string; email: Email; passwordHash: string; details: OwnerDetails }>
  | Command<'UpdateOwnerDetails', { details: OwnerDetails }>
  | Command<'ChangePassword', { currentPasswordVerified: boolean; newPasswordHash: string }>
  | Command<'ChangeEmail', { currentPasswordVerified: boolean; newEmail: Email }>;

export type Owner =
  | { readonly status: 'unknown' }
  | {
      readonly status: 'registered';
      readonly ownerId: string;
      readonly email: string;
      readonly passwordHash: string;
      readonly details: OwnerDetails;
    };

export const initialOwner = (): Owner => ({ status: 'unknown' });

export function decide(command: OwnerCommand, state: Owner): OwnerEvent[] {
  if (command.type === 'SignUp') {
    if (state.status === 'registered') throw new OwnerAlreadySignedUp(state.ownerId);
    const { ownerId, email, passwordHash, details } = command.data;
    return [event('OwnerSignedUp', { ownerId, email: email.address, passwordHash, details })];
  }
  if (state.status !== 'registered') throw new OwnerNotFound('(unknown)');
  const { ownerId } = state;
  switch (command.type) {
    case 'UpdateOwnerDetails':
      return sameDetails(state.details, command.data.details)
        ? []
        : [event('OwnerDetailsUpdated', { ownerId, details: command.data.details })];
    case 'ChangePassword':
      if (!command.data.currentPasswordVerified) throw new WrongCurrentPassword();
      return [event('OwnerPasswordChanged', { ownerId, passwordHash: command.data.newPasswordHash })];
    case 'ChangeEmail': {
      if (!command.data.currentPasswordVerified) throw new WrongCurrentPassword();
      const email = command.data.newEmail.address;
      return email === state.email ? [] : [event('OwnerEmailChanged', { ownerId, previousEmail: state.email, email })];
    }
    default:
      return assertNever(command);
  }
}

export function evolve(state: Owner, e: OwnerEvent): Owner {
  switch (e.type) {
    case 'OwnerSignedUp':
      return { status: 'registered', ...e.data };
    case 'OwnerDetailsUpdated':
      return state.status === 'registered' ? { ...state, details: e.data.details } : state;
    case 'OwnerPasswordChanged':
      return state.status === 'registered' ? { ...state, passwordHash: e.data.passwordHash } : state;
    case 'OwnerEmailChanged':
      return state.status === 'registered' ? { ...state, email: e.data.email } : state;
    default:
      return assertNever(e);
  }
}

export const ownerDecider: Decider<OwnerCommand, OwnerEvent, Owner> = { decide, evolve, initialState: initialOwner };
