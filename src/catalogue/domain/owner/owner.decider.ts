import { assertNever } from '../../../shared/kernel/assert-never';
import type { Decider } from '../../../shared/kernel/decider';
import { event, type Command } from '../../../shared/kernel/message';
import type { Email } from '../../../shared/kernel/email';
import { sameDetails, type OwnerDetails } from './owner-details';
import {
  AgeRangeAlreadyDefined,
  AgeRangeNotFound,
  AgeRangesOverlap,
  DEFAULT_AGE_RANGES,
  editedAgeRange,
  LastAgeRange,
  MAX_AGE_RANGES,
  overlapping,
  sameAgeRange,
  TooManyAgeRanges,
  type AgeRange,
  type AgeRangeEdit,
} from './age-ranges';
import { OwnerAlreadySignedUp, OwnerHasNoNumber, OwnerNotFound, WrongCurrentPassword } from './owner.errors';
import { ownerEvents, type OwnerEvent } from './owner.events';

export type { OwnerEvent };

/** Stream `owner-<ownerId>`: one owner's account. */
export const ownerStream = (ownerId: string) => `owner-${ownerId}`;

/**
 * Checking a password means hashing, which is I/O-bound work outside the domain: the handler
 * verifies it against `passwordHash` and says so in the command, and the rule lives here.
 */
export type OwnerCommand =
  | Command<
      'SignUp',
      { ownerId: string; email: Email; passwordHash: string; details: OwnerDetails; number: number; defaultAgeRangeIds: readonly string[] }
    >
  | Command<'UpdateOwnerDetails', { details: OwnerDetails }>
  | Command<'ChangePassword', { currentPasswordVerified: boolean; newPasswordHash: string }>
  | Command<'ChangeEmail', { currentPasswordVerified: boolean; newEmail: Email }>
  | Command<'AssignOwnerNumber', { number: number }>
  | Command<'ReserveAccommodationReference', Record<string, never>>
  | Command<'DefineAgeRange', { ageRangeId: string; range: AgeRangeEdit }>
  | Command<'ChangeAgeRange', { ageRangeId: string; range: AgeRangeEdit }>
  | Command<'RemoveAgeRange', { ageRangeId: string }>;

export type Owner =
  | { readonly status: 'unknown' }
  | {
      readonly status: 'registered';
      readonly ownerId: string;
      readonly email: string;
      readonly passwordHash: string;
      readonly details: OwnerDetails;
      /** The owner's number in accommodation references; accounts opened before it existed get one later. */
      readonly number: number | null;
      readonly lastAccommodationSequence: number;
      readonly ageRanges: ReadonlyMap<string, AgeRange>;
      /**
       * How many times the password or the address changed. Tokens carry the one they were issued
       * under, and a change ends every session opened before it.
       */
      readonly sessionVersion: number;
    };

export const initialOwner = (): Owner => ({ status: 'unknown' });

export function decide(command: OwnerCommand, state: Owner): OwnerEvent[] {
  if (command.type === 'SignUp') {
    if (state.status === 'registered') throw new OwnerAlreadySignedUp(state.ownerId);
    const { ownerId, email, passwordHash, details, number, defaultAgeRangeIds } = command.data;
    if (defaultAgeRangeIds.length !== DEFAULT_AGE_RANGES.length) throw new Error(`SignUp needs ${DEFAULT_AGE_RANGES.length} age range ids`);
    return [
      event('OwnerSignedUp', { ownerId, email: email.address, passwordHash, details }),
      event('OwnerNumberAssigned', { ownerId, number }),
      ...DEFAULT_AGE_RANGES.map((range, i) => event('AgeRangeDefined', ageRangeData(ownerId, defaultAgeRangeIds[i], range))),
    ];
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
    case 'AssignOwnerNumber':
      return state.number === null ? [event('OwnerNumberAssigned', { ownerId, number: command.data.number })] : [];
    case 'ReserveAccommodationReference':
      if (state.number === null) throw new OwnerHasNoNumber(ownerId);
      return [event('AccommodationReferenceReserved', { ownerId, sequence: state.lastAccommodationSequence + 1 })];
    case 'DefineAgeRange':
    case 'ChangeAgeRange': {
      const { ageRangeId } = command.data;
      const existing = state.ageRanges.get(ageRangeId);
      if (command.type === 'ChangeAgeRange' && !existing) throw new AgeRangeNotFound(ageRangeId);
      const range = editedAgeRange(command.data.range, command.type === 'ChangeAgeRange' ? existing : undefined);
      if (existing && sameAgeRange(existing, range)) return [];
      if (command.type === 'DefineAgeRange' && existing) throw new AgeRangeAlreadyDefined(ageRangeId);
      if (!existing && state.ageRanges.size >= MAX_AGE_RANGES) throw new TooManyAgeRanges();
      const clash = overlapping(state.ageRanges, range, ageRangeId);
      if (clash) throw new AgeRangesOverlap(range, clash[1]);
      return [event(existing ? 'AgeRangeChanged' : 'AgeRangeDefined', ageRangeData(ownerId, ageRangeId, range))];
    }
    case 'RemoveAgeRange': {
      if (!state.ageRanges.has(command.data.ageRangeId)) throw new AgeRangeNotFound(command.data.ageRangeId);
      if (state.ageRanges.size === 1) throw new LastAgeRange();
      return [event('AgeRangeRemoved', { ownerId, ageRangeId: command.data.ageRangeId })];
    }
    default:
      return assertNever(command);
  }
}

/** Field by field, so that a field added to AgeRange never slips into stored events unversioned. */
const ageRangeData = (ownerId: string, ageRangeId: string, { label, minAge, maxAge, countsTowardsCapacity }: AgeRange) => ({
  ownerId,
  ageRangeId,
  label,
  minAge,
  maxAge,
  countsTowardsCapacity,
});

export function evolve(state: Owner, e: OwnerEvent): Owner {
  switch (e.type) {
    case 'OwnerSignedUp': {
      const { ownerId, email, passwordHash, details } = e.data;
      return { status: 'registered', ownerId, email, passwordHash, details, number: null, lastAccommodationSequence: 0, ageRanges: new Map(), sessionVersion: 0 };
    }
    case 'OwnerDetailsUpdated':
      return state.status === 'registered' ? { ...state, details: e.data.details } : state;
    case 'OwnerPasswordChanged':
      return state.status === 'registered' ? { ...state, passwordHash: e.data.passwordHash, sessionVersion: state.sessionVersion + 1 } : state;
    case 'OwnerEmailChanged':
      return state.status === 'registered' ? { ...state, email: e.data.email, sessionVersion: state.sessionVersion + 1 } : state;
    case 'OwnerNumberAssigned':
      return state.status === 'registered' ? { ...state, number: e.data.number } : state;
    case 'AccommodationReferenceReserved':
      return state.status === 'registered' ? { ...state, lastAccommodationSequence: e.data.sequence } : state;
    case 'AgeRangeDefined':
    case 'AgeRangeChanged': {
      if (state.status !== 'registered') return state;
      const { label, minAge, maxAge, countsTowardsCapacity } = e.data;
      return { ...state, ageRanges: new Map(state.ageRanges).set(e.data.ageRangeId, { label, minAge, maxAge, countsTowardsCapacity }) };
    }
    case 'AgeRangeRemoved': {
      if (state.status !== 'registered') return state;
      const ageRanges = new Map(state.ageRanges);
      ageRanges.delete(e.data.ageRangeId);
      return { ...state, ageRanges };
    }
    default:
      return assertNever(e);
  }
}

export const ownerDecider: Decider<OwnerCommand, OwnerEvent, Owner> = {
  decide,
  evolve,
  initialState: initialOwner,
  events: ownerEvents,
};
