import { destinationListingEvents, type DestinationListingEvent } from '../../../catalogue/contracts';
import type { Projection } from '../../../event-store/projection/projection';
import { MarketListingRowSchema, type MarketListingRow } from './market-listing.row';

export const marketListingId = (destinationId: string, ownerId: string): string => `${destinationId}/${ownerId}`;

/** Which of an owner's accommodations each destination lists: the owner's latest choice; no row once they left. */
export const marketListingsProjection: Projection<MarketListingRow, DestinationListingEvent> = {
  name: 'market-listings',
  entity: MarketListingRowSchema,
  tables: ['market_listings'],
  handles: destinationListingEvents.types,
  decode: destinationListingEvents.decode,
  rowIds: (e) => [marketListingId(e.data.destinationId, e.data.ownerId)],
  evolve: (_row, e, id) =>
    e.data.accommodationIds.length === 0 ? null : { id, destinationId: e.data.destinationId, ownerId: e.data.ownerId, accommodationIds: [...e.data.accommodationIds] },
};
