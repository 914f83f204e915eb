import type { AccommodationForBooking, CatalogueQueries } from '../../catalogue/contracts';
import { AccommodationNotFound } from '../../shared/kernel/accommodation-access';
import { isUuid } from '../../shared/kernel/ids';

/**
 * The accommodation as a guest may see it: hidden or archived, it does not exist for anyone but
 * its owner (NOT_FOUND naming `field`, as for an unknown id, so ids cannot be probed).
 */
export async function visibleAccommodation(catalogue: CatalogueQueries, accommodationId: string, viewerOwnerId: string | null, field: string): Promise<AccommodationForBooking> {
  const accommodation = isUuid(accommodationId) ? await catalogue.accommodationForBooking(accommodationId) : null;
  const shown = accommodation !== null && (accommodation.ownerId === viewerOwnerId || shownToGuests(accommodation));
  if (!accommodation || !shown) throw new AccommodationNotFound(accommodationId, field);
  return accommodation;
}

/** Whether guests may see it at all: listed or bookable, and not archived. */
export const shownToGuests = (accommodation: AccommodationForBooking): boolean => accommodation.visibility !== 'HIDDEN' && !accommodation.archived;

/** Whether guests may book it online, not only see it. */
export const bookableOnline = (accommodation: AccommodationForBooking): boolean => accommodation.visibility === 'BOOKABLE' && !accommodation.archived;
