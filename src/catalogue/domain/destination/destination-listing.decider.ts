import { AccommodationNotFound, assertOwnsAccommodation } from '../../../shared/kernel/accommodation-access';
import { assertNever } from '../../../shared/kernel/assert-never';
import type { Decider } from '../../../shared/kernel/decider';
import { event, type Command } from '../../../shared/kernel/message';
import type { Visibility } from '../accommodation/visibility';
import { AccommodationNotBookable, ArchivedAccommodationNotListable, DestinationAlreadyJoined, DestinationNotJoined, NothingToList, TooManyListed } from './destination.errors';
import { destinationListingEvents, type DestinationListingEvent } from './destination-listing.events';

export type { DestinationListingEvent };

/**
 * Stream `destination-listing-<destinationId>-<ownerId>`: one per owner and destination, so that
 * owners joining one destination never wait on each other, and an owner's two tabs race on one
 * expected revision.
 */
export const destinationListingStream = (destinationId: string, ownerId: string) => `destination-listing-${destinationId}-${ownerId}`;

/** Owners have a few accommodations; a bound keeps one listing (and the reads that check it) small. */
export const MAX_LISTED_ACCOMMODATIONS = 200;

/** An accommodation the owner chose, as its own stream stood when the command was made. */
export type AccommodationStanding =
  | { readonly accommodationId: string; readonly exists: false }
  | { readonly accommodationId: string; readonly exists: true; readonly ownerId: string; readonly visibility: Visibility; readonly archived: boolean };

/** `ownerId` is the caller's; `accommodations` are the owner's choice, in the order given. */
export type DestinationListingCommand =
  | Command<'JoinDestination', { destinationId: string; ownerId: string; accommodations: readonly AccommodationStanding[] }>
  | Command<'ChangeDestinationListing', { destinationId: string; ownerId: string; accommodations: readonly AccommodationStanding[] }>
  | Command<'LeaveDestination', { destinationId: string; ownerId: string }>;

/** What the destination lists of the owner's: nothing while the owner is not a member. */
export interface DestinationListing {
  readonly accommodationIds: readonly string[];
}

export const initialDestinationListing = (): DestinationListing => ({ accommodationIds: [] });

const joined = (state: DestinationListing) => state.accommodationIds.length > 0;

export function decide(command: DestinationListingCommand, state: DestinationListing): DestinationListingEvent[] {
  const { destinationId, ownerId } = command.data;
  switch (command.type) {
    case 'JoinDestination': {
      const accommodationIds = listable(ownerId, command.data.accommodations);
      if (!joined(state)) return [event('DestinationListingChanged', { destinationId, ownerId, accommodationIds })];
      // A second click, or the other tab that joined with the same choice: nothing new.
      if (sameChoice(state.accommodationIds, accommodationIds)) return [];
      throw new DestinationAlreadyJoined(destinationId);
    }
    case 'ChangeDestinationListing': {
      const accommodationIds = listable(ownerId, command.data.accommodations);
      if (!joined(state)) throw new DestinationNotJoined(destinationId);
      return sameChoice(state.accommodationIds, accommodationIds) ? [] : [event('DestinationListingChanged', { destinationId, ownerId, accommodationIds })];
    }
    case 'LeaveDestination':
      return joined(state) ? [event('DestinationListingChanged', { destinationId, ownerId, accommodationIds: [] })] : [];
    default:
      return assertNever(command);
  }
}

/**
 * The ids of a choice a destination may list: the caller's own (another owner's answers as an
 * unknown one, so ids cannot be probed), not archived, bookable online; each once. Errors name
 * `accommodationIds[i]`.
 */
function listable(ownerId: string, accommodations: readonly AccommodationStanding[]): string[] {
  if (accommodations.length === 0) throw new NothingToList('accommodationIds');
  if (accommodations.length > MAX_LISTED_ACCOMMODATIONS) throw new TooManyListed('accommodationIds', MAX_LISTED_ACCOMMODATIONS);
  accommodations.forEach((accommodation, i) => {
    const field = `accommodationIds[${i}]`;
    if (!accommodation.exists) throw new AccommodationNotFound(accommodation.accommodationId, field);
    assertOwnsAccommodation(accommodation.accommodationId, accommodation.ownerId, ownerId, field);
    if (accommodation.archived) throw new ArchivedAccommodationNotListable(field, accommodation.accommodationId);
    if (accommodation.visibility !== 'BOOKABLE') throw new AccommodationNotBookable(field, accommodation.accommodationId, accommodation.visibility);
  });
  return [...new Set(accommodations.map((accommodation) => accommodation.accommodationId))];
}

const sameChoice = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id) => b.includes(id));

export function evolve(_: DestinationListing, e: DestinationListingEvent): DestinationListing {
  switch (e.type) {
    case 'DestinationListingChanged':
      return { accommodationIds: e.data.accommodationIds };
    default:
      return assertNever(e.type);
  }
}

export const destinationListingDecider: Decider<DestinationListingCommand, DestinationListingEvent, DestinationListing> = {
  decide,
  evolve,
  initialState: initialDestinationListing,
  events: destinationListingEvents,
};
