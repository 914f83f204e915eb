import { Conflict, InvalidInput } from '../../../shared/kernel/errors';

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

// Each refusal's `reason` names it for a form that words it in its own language.

/**
 * In a commune that asks for it, every offer of a meublé de tourisme shows its registration
 * number (Code du tourisme, L324-1-1): one without it is not booked online, and one booked online
 * keeps it.
 */
export class RegistrationNumberRequired extends Conflict {
  override readonly reason = 'REGISTRATION_NUMBER_REQUIRED';

  constructor(accommodationId: string, field: 'visibility' | 'input.registrationNumber' | 'input.registrationRequired') {
    super(
      field === 'visibility'
        ? `visibility: Accommodation ${accommodationId} is in a commune that requires a registration number; give it (setAccommodationRegistration) before making it bookable online`
        : `${field}: Accommodation ${accommodationId} is bookable online in a commune that requires a registration number, so it cannot go without one; make it LISTED or HIDDEN first`,
      field,
    );
  }
}

/** A chambre d'hôtes is not a meublé de tourisme: the registration number is not for it (L324-1-1). */
export class RegistrationNotForGuestRooms extends InvalidInput {
  override readonly reason = 'REGISTRATION_NOT_FOR_GUEST_ROOMS';

  constructor(field: 'input.registrationNumber' | 'input.registrationRequired') {
    super(field, "a guest room (chambre d'hôtes) is not a meublé de tourisme and has no registration number; only a HOLIDAY_RENTAL takes one");
  }
}

export class ClassificationWithoutStars extends InvalidInput {
  override readonly reason = 'CLASSIFICATION_WITHOUT_STARS';

  constructor() {
    super('input.classificationDecidedOn', 'the accommodation is unclassified (starRating 0): give its stars (updateAccommodation) before the date they were decided');
  }
}
