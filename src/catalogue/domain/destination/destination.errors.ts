import { Conflict, InvalidInput, NotFound } from '../../../shared/kernel/errors';

export class DestinationNotFound extends NotFound {
  constructor(destinationId: string, field = 'destinationId') {
    super('Destination', destinationId, field);
  }
}

export class DestinationAlreadyRegistered extends Conflict {
  constructor(destinationId: string) {
    super(`Destination ${destinationId} already exists`);
  }
}

/** Another destination logs in with this address; owners' addresses are another matter. */
export class DestinationEmailAlreadyInUse extends Conflict {
  constructor(field: string) {
    super(`${field}: a destination account already uses this email address`, field);
  }
}

/** Joining twice with another choice is what two tabs racing look like: the second must see the first. */
export class DestinationAlreadyJoined extends Conflict {
  override readonly reason = 'DESTINATION_ALREADY_JOINED';

  constructor(destinationId: string) {
    super(`You already joined destination ${destinationId}; change what it lists with setDestinationListing`);
  }
}

export class DestinationNotJoined extends Conflict {
  override readonly reason = 'DESTINATION_NOT_JOINED';

  constructor(destinationId: string) {
    super(`You have not joined destination ${destinationId}; join it with joinDestination first`, 'destinationId');
  }
}

export class NothingToList extends InvalidInput {
  override readonly reason = 'NOTHING_TO_LIST';

  constructor(field: string) {
    super(field, 'choose at least one accommodation for the destination to list; to stop listing any, leave it with leaveDestination');
  }
}

export class TooManyListed extends InvalidInput {
  constructor(field: string, max: number) {
    super(field, `a destination lists at most ${max} of your accommodations at once`);
  }
}

/** Only what guests can book online goes on a marketplace. */
export class AccommodationNotBookable extends InvalidInput {
  override readonly reason = 'ACCOMMODATION_NOT_BOOKABLE';

  constructor(field: string, accommodationId: string, visibility: string) {
    super(field, `accommodation ${accommodationId} is ${visibility}, not bookable online: make it BOOKABLE before a destination lists it`);
  }
}

export class ArchivedAccommodationNotListable extends InvalidInput {
  override readonly reason = 'ACCOMMODATION_ARCHIVED';

  constructor(field: string, accommodationId: string) {
    super(field, `accommodation ${accommodationId} is archived: restore it and make it BOOKABLE before a destination lists it`);
  }
}
