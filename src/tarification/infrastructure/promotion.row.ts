import { EntitySchema } from '@mikro-orm/core';
import type { PromotionDetails } from '../domain/promotions/promotion';

/** Read model of a promotion; a removed one has no row (its events stay). */
export interface PromotionRow {
  id: string;
  ownerId: string;
  /** Copied out of `details` to find an accommodation's promotions by index. */
  accommodationIds: string[];
  details: PromotionDetails;
  createdAt: Date;
  updatedAt: Date;
}

export const PromotionRowSchema = new EntitySchema<PromotionRow>({
  name: 'PromotionRow',
  tableName: 'promotions',
  properties: {
    id: { type: 'uuid', primary: true },
    ownerId: { type: 'uuid' },
    accommodationIds: { type: 'string[]' },
    details: { type: 'json' },
    createdAt: { type: 'datetime', columnType: 'timestamptz' },
    updatedAt: { type: 'datetime', columnType: 'timestamptz' },
  },
});
