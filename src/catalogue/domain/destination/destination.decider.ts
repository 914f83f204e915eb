import { assertNever } from '../../../shared/kernel/assert-never';
import type { Decider } from '../../../shared/kernel/decider';
import type { Email } from '../../../shared/kernel/email';
import { event, type Command } from '../../../shared/kernel/message';
import { WrongCurrentPassword } from '../owner/owner.errors';
import type { DestinationProfile } from './destination-profile';
import { DestinationAlreadyRegistered, DestinationNotFound } from './destination.errors';
import { destinationEvents, type DestinationEvent } from './destination.events';

export type { DestinationEvent };

/** Stream `destination-<destinationId>`: a destination's account. */
export const destinationStream = (destinationId: string) => `destination-${destinationId}`;

/**
 * Passwords are hashed before the command is made: a decider does no slow work. For the same
 * reason a change's handler verifies the current password against the credentials it read and
 * says so in the command (`currentPasswordVerified`), and the rule lives here, as for owners.
 * `registeredAt` is an ISO instant.
 */
export type DestinationCommand =
  | Command<'RegisterDestination', { destinationId: string; profile: DestinationProfile; email: string; passwordHash: string; registeredAt: string }>
  | Command<'ChangeDestinationPassword', { currentPasswordVerified: boolean; newPasswordHash: string }>
  | Command<'ChangeDestinationEmail', { currentPasswordVerified: boolean; newEmail: Email }>;

export type Destination =
  | { readonly status: 'none' }
  | {
      readonly status: 'registered';
      readonly destinationId: string;
      readonly profile: DestinationProfile;
      /** Null only between the registration and its credentials, which are written together. */
      readonly credentials: { readonly email: string; readonly passwordHash: string } | null;
      /** How many times the credentials changed since the first: a token of an older version is refused. */
      readonly sessionVersion: number;
    };

export const initialDestination = (): Destination => ({ status: 'none' });

export function decide(command: DestinationCommand, state: Destination): DestinationEvent[] {
  switch (command.type) {
    case 'RegisterDestination': {
      const { destinationId, profile, email, passwordHash, registeredAt } = command.data;
      if (state.status !== 'none') throw new DestinationAlreadyRegistered(state.destinationId);
      return [event('DestinationRegistered', { destinationId, ...profile, registeredAt }), event('DestinationCredentialsSet', { destinationId, email, passwordHash })];
    }
    case 'ChangeDestinationPassword': {
      const { destinationId, credentials } = credentialsToChange(state, command.data.currentPasswordVerified);
      return [event('DestinationCredentialsSet', { destinationId, email: credentials.email, passwordHash: command.data.newPasswordHash })];
    }
    case 'ChangeDestinationEmail': {
      const { destinationId, credentials } = credentialsToChange(state, command.data.currentPasswordVerified);
      // Kept as typed: a change of letter case only is a change, as an owner's is.
      const email = command.data.newEmail.address;
      return email === credentials.email ? [] : [event('DestinationCredentialsSet', { destinationId, email, passwordHash: credentials.passwordHash })];
    }
    default:
      return assertNever(command);
  }
}

function credentialsToChange(state: Destination, currentPasswordVerified: boolean) {
  if (state.status !== 'registered') throw new DestinationNotFound('(unknown)');
  if (state.credentials === null) throw new DestinationNotFound(state.destinationId);
  if (!currentPasswordVerified) throw new WrongCurrentPassword();
  return { destinationId: state.destinationId, credentials: state.credentials };
}

export function evolve(state: Destination, e: DestinationEvent): Destination {
  switch (e.type) {
    case 'DestinationRegistered': {
      const { destinationId, name, kind, area, website } = e.data;
      return { status: 'registered', destinationId, profile: { name, kind, area, website }, credentials: null, sessionVersion: 0 };
    }
    case 'DestinationCredentialsSet': {
      if (state.status === 'none') return state;
      const { email, passwordHash } = e.data;
      return { ...state, credentials: { email, passwordHash }, sessionVersion: state.credentials === null ? 0 : state.sessionVersion + 1 };
    }
    default:
      return assertNever(e);
  }
}

export const destinationDecider: Decider<DestinationCommand, DestinationEvent, Destination> = {
  decide,
  evolve,
  initialState: initialDestination,
  events: destinationEvents,
};
