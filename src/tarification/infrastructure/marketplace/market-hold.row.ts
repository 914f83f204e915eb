import { EntitySchema } from '@mikro-orm/core';

/** Nights held on an accommodation's planning (a file, an option, a block, an import, a payment under way), as a destination's search reads them. */
export interface MarketHoldRow {
  id: string;
  accommodationId: string;
  arrival: string;
  /** Exclusive: the day the nights end. */
  departure: string;
}

export const MarketHoldRowSchema = new EntitySchema<MarketHoldRow>({
  name: 'MarketHoldRow',
  tableName: 'market_holds',
  properties: {
    id: { type: 'text', primary: true },
    accommodationId: { type: 'uuid' },
    arrival: { type: 'string', columnType: 'date' },
    departure: { type: 'string', columnType: 'date' },
  },
});
