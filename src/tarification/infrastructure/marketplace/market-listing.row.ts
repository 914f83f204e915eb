import { EntitySchema } from '@mikro-orm/core';

/** The accommodations an owner lists with a destination; id `<destinationId>/<ownerId>`. */
export interface MarketListingRow {
  id: string;
  destinationId: string;
  ownerId: string;
  accommodationIds: string[];
}

export const MarketListingRowSchema = new EntitySchema<MarketListingRow>({
  name: 'MarketListingRow',
  tableName: 'market_listings',
  properties: {
    id: { type: 'text', primary: true },
    destinationId: { type: 'uuid' },
    ownerId: { type: 'uuid' },
    accommodationIds: { type: 'string[]' },
  },
});
