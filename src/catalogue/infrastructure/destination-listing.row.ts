import { EntitySchema } from '@mikro-orm/core';

/**
 * What one owner lists with one destination; `id` is `<destinationId>/<ownerId>`. No row while
 * the owner is not a member: leaving deletes it. The accommodations are the owner's choice as
 * made, bookable or not since; readers judge bookability from the accommodations' own rows.
 */
export interface DestinationListingRow {
  id: string;
  destinationId: string;
  ownerId: string;
  accommodationIds: string[];
  /** When the owner last joined: the order a destination sees its members in. */
  joinedAt: Date;
  changedAt: Date;
}

export const destinationListingRowId = (destinationId: string, ownerId: string) => `${destinationId}/${ownerId}`;

export const DestinationListingRowSchema = new EntitySchema<DestinationListingRow>({
  name: 'DestinationListingRow',
  tableName: 'destination_listings',
  properties: {
    id: { type: 'text', primary: true },
    destinationId: { type: 'uuid' },
    ownerId: { type: 'uuid' },
    accommodationIds: { type: 'string[]' },
    joinedAt: { type: 'datetime', columnType: 'timestamptz' },
    changedAt: { type: 'datetime', columnType: 'timestamptz' },
  },
});
