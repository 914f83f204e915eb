import { NotFound } from './errors';

/**
 * Every context that keeps something per accommodation (prices, rules, plannings) lets only its
 * owner change it; these are the two ways that check fails, named the same everywhere.
 */
export class AccommodationNotFound extends NotFound {
  constructor(accommodationId: string, field?: string) {
    super('Accommodation', accommodationId, field);
  }
}

/**
 * Another owner's accommodation answers exactly as an unknown one: whether an id exists is none
 * of the caller's business, so probing ids teaches nothing.
 */
export class NotYourAccommodation extends AccommodationNotFound {}

/** `accommodationOwnerId` as the handler found it: null when no such accommodation exists. */
export function assertOwnsAccommodation(accommodationId: string, accommodationOwnerId: string | null, ownerId: string, field?: string): void {
  if (accommodationOwnerId === null) throw new AccommodationNotFound(accommodationId, field);
  if (accommodationOwnerId !== ownerId) throw new NotYourAccommodation(accommodationId, field);
}

/** Whose each named accommodation is, as the handler found it; null when it does not exist. */
export type AccommodationOwners = ReadonlyMap<string, string | null>;

/** Each listed accommodation must be the caller's; errors name `<field>[i]`. */
export function assertOwnsAccommodations(accommodationIds: readonly string[], owners: AccommodationOwners, ownerId: string, field: string): void {
  accommodationIds.forEach((accommodationId, i) => assertOwnsAccommodation(accommodationId, owners.get(accommodationId) ?? null, ownerId, `${field}[${i}]`));
}
