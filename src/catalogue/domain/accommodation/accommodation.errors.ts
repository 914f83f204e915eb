import { Conflict, Forbidden, NotFound } from '../../../shared/kernel/errors';

export class AccommodationNotFound extends NotFound {
  constructor(accommodationId: string, field?: string) {
    super('Accommodation', accommodationId, field);
  }
}

export class NotYourAccommodation extends Forbidden {
  constructor(accommodationId: string, field?: string) {
    super(`${field ? `${field}: ` : ''}accommodation ${accommodationId} belongs to another owner`, field);
  }
}

export class AccommodationAlreadyExists extends Conflict {
  constructor(accommodationId: string) {
    super(`Accommodation ${accommodationId} already exists`);
  }
}

export class AccommodationIsArchived extends Conflict {
  constructor(accommodationId: string) {
    super(`Accommodation ${accommodationId} is archived; restore it before changing it`);
  }
}
