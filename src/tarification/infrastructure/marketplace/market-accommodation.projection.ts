import { accommodationEvents, type AccommodationDetails, type AccommodationEvent } from '../../../catalogue/contracts';
import type { DecodedEvent } from '../../../event-store/event-store.port';
import type { Projection } from '../../../event-store/projection/projection';
import { assertNever } from '../../../shared/kernel/assert-never';
import { departmentOfPostalCode } from '../../../shared/kernel/french-geography';
import { searchKey } from '../../../shared/kernel/text';
import { MarketAccommodationRowSchema, type MarketAccommodationRow } from './market-accommodation.row';

function withDetails(row: Pick<MarketAccommodationRow, 'id' | 'ownerId' | 'visibility' | 'archived'>, details: AccommodationDetails): MarketAccommodationRow {
  return settled({
    ...row,
    name: details.name,
    kind: details.kind,
    stars: details.starRating,
    postalCode: details.postalCode,
    department: departmentOfPostalCode(details.postalCode),
    city: details.city,
    cityKey: searchKey(details.city),
    latitude: details.location?.latitude ?? null,
    longitude: details.location?.longitude ?? null,
    minCapacity: details.minCapacity,
    maxCapacity: details.maxCapacity,
    characteristics: [...details.characteristics],
    photoUrl: details.photos[0]?.url ?? null,
    bookable: false,
  });
}

const settled = (row: MarketAccommodationRow): MarketAccommodationRow => ({ ...row, bookable: row.visibility === 'BOOKABLE' && !row.archived });

function evolve(row: MarketAccommodationRow | null, e: DecodedEvent<AccommodationEvent>): MarketAccommodationRow | null {
  switch (e.type) {
    case 'AccommodationCreated':
      return withDetails({ id: e.data.accommodationId, ownerId: e.data.ownerId, visibility: 'HIDDEN', archived: false }, e.data.details);
    case 'AccommodationUpdated':
      return row && withDetails(row, e.data.details);
    case 'AccommodationVisibilityChanged':
      return row && settled({ ...row, visibility: e.data.visibility });
    case 'AccommodationArchived':
      return row && settled({ ...row, archived: true });
    case 'AccommodationRestored':
      return row && settled({ ...row, archived: false });
    // The search lists what is bookable; Catalogue refuses bookability without a required registration.
    case 'AccommodationRegistrationSet':
      return row;
    default:
      return assertNever(e);
  }
}

/** What a destination's search reads of each accommodation, from Catalogue's events. */
export const marketAccommodationsProjection: Projection<MarketAccommodationRow, AccommodationEvent> = {
  name: 'market-accommodations',
  entity: MarketAccommodationRowSchema,
  tables: ['market_accommodations'],
  handles: accommodationEvents.types,
  decode: accommodationEvents.decode,
  rowIds: (e) => [e.data.accommodationId],
  evolve,
};
