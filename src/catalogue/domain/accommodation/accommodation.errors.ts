import { Conflict } from '../../../shared/kernel/errors';

export { AccommodationNotFound, NotYourAccommodation } from '../../../shared/kernel/accommodation-access';

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
