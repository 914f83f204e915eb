import type { DecodedEvent } from '../../event-store/event-store.port';
import type { Projection } from '../../event-store/projection/projection';
import { assertNever } from '../../shared/kernel/assert-never';
import { destinationListingEvents, type DestinationListingEvent } from '../domain/destination/destination-listing.events';
import { destinationListingRowId, DestinationListingRowSchema, type DestinationListingRow } from './destination-listing.row';

export function evolveDestinationListingRow(row: DestinationListingRow | null, e: DecodedEvent<DestinationListingEvent>): DestinationListingRow | null {
  switch (e.type) {
    case 'DestinationListingChanged': {
      const { destinationId, ownerId, accommodationIds } = e.data;
      if (accommodationIds.length === 0) return null;
      const at = new Date(e.metadata.occurredAt);
      return { id: destinationListingRowId(destinationId, ownerId), destinationId, ownerId, accommodationIds: [...accommodationIds], joinedAt: row?.joinedAt ?? at, changedAt: at };
    }
    default:
      return assertNever(e.type);
  }
}

export const destinationListingsProjection: Projection<DestinationListingRow, DestinationListingEvent> = {
  name: 'destination-listings',
  entity: DestinationListingRowSchema,
  tables: ['destination_listings'],
  handles: destinationListingEvents.types,
  decode: destinationListingEvents.decode,
  rowIds: (e) => [destinationListingRowId(e.data.destinationId, e.data.ownerId)],
  evolve: evolveDestinationListingRow,
};
