import { assertNever } from '../../../shared/kernel/assert-never';
import type { Decider } from '../../../shared/kernel/decider';
import { event, type Command } from '../../../shared/kernel/message';
import { sameAccommodationDetails, type AccommodationDetails } from './accommodation-details';
import {
  AccommodationAlreadyExists,
  AccommodationIsArchived,
  AccommodationNotFound,
  ClassificationWithoutStars,
  NotYourAccommodation,
  RegistrationNotForGuestRooms,
  RegistrationNumberRequired,
} from './accommodation.errors';
import { accommodationEvents, type AccommodationEvent } from './accommodation.events';
import { lacksRequiredNumber, NO_REGISTRATION, sameRegistration, type AccommodationRegistration } from './registration';
import type { Visibility } from './visibility';

export type { AccommodationEvent };
export { VISIBILITIES, type Visibility } from './visibility';

/** Stream `accommodation-<accommodationId>`. */
export const accommodationStream = (accommodationId: string) => `accommodation-${accommodationId}`;

/** `ownerId` in every command is the caller's: the decider checks it against the accommodation's. */
export type AccommodationCommand =
  | Command<'CreateAccommodation', { accommodationId: string; ownerId: string; reference: string; details: AccommodationDetails }>
  | Command<'UpdateAccommodation', { accommodationId: string; ownerId: string; details: AccommodationDetails }>
  | Command<'SetAccommodationVisibility', { accommodationId: string; ownerId: string; visibility: Visibility }>
  | Command<'ArchiveAccommodation', { accommodationId: string; ownerId: string }>
  | Command<'RestoreAccommodation', { accommodationId: string; ownerId: string }>
  | Command<'SetAccommodationRegistration', { accommodationId: string; ownerId: string; registration: AccommodationRegistration }>;

export type Accommodation =
  | { readonly status: 'none' }
  | {
      readonly status: 'active' | 'archived';
      readonly accommodationId: string;
      readonly ownerId: string;
      readonly reference: string;
      readonly details: AccommodationDetails;
      readonly visibility: Visibility;
      readonly registration: AccommodationRegistration;
    };

export const initialAccommodation = (): Accommodation => ({ status: 'none' });

export function decide(command: AccommodationCommand, state: Accommodation): AccommodationEvent[] {
  if (command.type === 'CreateAccommodation') {
    if (state.status !== 'none') throw new AccommodationAlreadyExists(state.accommodationId);
    const { accommodationId, ownerId, reference, details } = command.data;
    return [event('AccommodationCreated', { accommodationId, ownerId, reference, details })];
  }
  if (state.status === 'none') throw new AccommodationNotFound(command.data.accommodationId, 'id');
  const { accommodationId, ownerId } = state;
  if (command.data.ownerId !== ownerId) throw new NotYourAccommodation(accommodationId, 'id');
  switch (command.type) {
    case 'UpdateAccommodation': {
      if (state.status === 'archived') throw new AccommodationIsArchived(accommodationId);
      const { details } = command.data;
      if (sameAccommodationDetails(state.details, details)) return [];
      const updated = event('AccommodationUpdated', { accommodationId, ownerId, details });
      // A holiday rental that becomes a chambre d'hôtes leaves its registration number behind, as
      // no guest room carries one; the classement's date stays with the stars.
      const { registrationNumber, communeRequiresRegistration, classificationDecidedOn } = state.registration;
      return details.kind === 'GUEST_ROOM' && (registrationNumber !== null || communeRequiresRegistration)
        ? [updated, event('AccommodationRegistrationSet', { accommodationId, ownerId, ...NO_REGISTRATION, classificationDecidedOn })]
        : [updated];
    }
    case 'SetAccommodationVisibility':
      if (state.status === 'archived') throw new AccommodationIsArchived(accommodationId);
      if (state.visibility === command.data.visibility) return [];
      if (command.data.visibility === 'BOOKABLE' && lacksRequiredNumber(state.registration)) throw new RegistrationNumberRequired(accommodationId, 'visibility');
      return [event('AccommodationVisibilityChanged', { accommodationId, ownerId, visibility: command.data.visibility })];
    case 'SetAccommodationRegistration':
      if (state.status === 'archived') throw new AccommodationIsArchived(accommodationId);
      return setRegistration(state, command.data.registration);
    case 'ArchiveAccommodation':
      // An archived accommodation can no longer be found by guests: hiding it first lets every
      // listener that only follows visibility take it off line.
      if (state.status === 'archived') return [];
      return [
        ...(state.visibility === 'HIDDEN' ? [] : [event('AccommodationVisibilityChanged', { accommodationId, ownerId, visibility: 'HIDDEN' as const })]),
        event('AccommodationArchived', { accommodationId, ownerId }),
      ];
    case 'RestoreAccommodation':
      return state.status === 'archived' ? [event('AccommodationRestored', { accommodationId, ownerId })] : [];
    default:
      return assertNever(command);
  }
}

type Described = Exclude<Accommodation, { status: 'none' }>;

function setRegistration(state: Described, registration: AccommodationRegistration): AccommodationEvent[] {
  const { accommodationId, ownerId, details } = state;
  if (sameRegistration(state.registration, registration)) return [];
  if (details.kind === 'GUEST_ROOM') {
    if (registration.registrationNumber !== null) throw new RegistrationNotForGuestRooms('input.registrationNumber');
    if (registration.communeRequiresRegistration) throw new RegistrationNotForGuestRooms('input.registrationRequired');
  }
  if (registration.classificationDecidedOn !== null && details.starRating === 0) throw new ClassificationWithoutStars();
  if (state.visibility === 'BOOKABLE' && lacksRequiredNumber(registration)) {
    throw new RegistrationNumberRequired(accommodationId, state.registration.communeRequiresRegistration ? 'input.registrationNumber' : 'input.registrationRequired');
  }
  return [event('AccommodationRegistrationSet', { accommodationId, ownerId, ...registration })];
}

export function evolve(state: Accommodation, e: AccommodationEvent): Accommodation {
  if (e.type === 'AccommodationCreated') {
    const { accommodationId, ownerId, reference, details } = e.data;
    return { status: 'active', accommodationId, ownerId, reference, details, visibility: 'HIDDEN', registration: NO_REGISTRATION };
  }
  if (state.status === 'none') return state;
  switch (e.type) {
    case 'AccommodationUpdated':
      return { ...state, details: e.data.details };
    case 'AccommodationVisibilityChanged':
      return { ...state, visibility: e.data.visibility };
    case 'AccommodationArchived':
      return { ...state, status: 'archived' };
    case 'AccommodationRestored':
      return { ...state, status: 'active' };
    case 'AccommodationRegistrationSet': {
      const { registrationNumber, communeRequiresRegistration, classificationDecidedOn } = e.data;
      return { ...state, registration: { registrationNumber, communeRequiresRegistration, classificationDecidedOn } };
    }
    default:
      return assertNever(e);
  }
}

export const accommodationDecider: Decider<AccommodationCommand, AccommodationEvent, Accommodation> = {
  decide,
  evolve,
  initialState: initialAccommodation,
  events: accommodationEvents,
};

/** `OSMB-92750-3`: the owner's number, then the accommodation's rank among theirs. */
export const accommodationReference = (ownerNumber: number, sequence: number) => `OSMB-${ownerNumber}-${sequence}`;
