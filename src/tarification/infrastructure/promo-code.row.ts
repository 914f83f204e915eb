import { EntitySchema } from '@mikro-orm/core';
import type { PromoCodeDetails } from '../domain/promo-codes/promo-code';

/** Read model of a promo code; a removed one has no row (its events stay). */
export interface PromoCodeRow {
  id: string;
  ownerId: string;
  /** Copied out of `details` to find a typed code by index. */
  code: string;
  details: PromoCodeDetails;
  /** The booking file that used a single-use code. */
  consumedBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const PromoCodeRowSchema = new EntitySchema<PromoCodeRow>({
  name: 'PromoCodeRow',
  tableName: 'promo_codes',
  properties: {
    id: { type: 'uuid', primary: true },
    ownerId: { type: 'uuid' },
    code: { type: 'text' },
    details: { type: 'json' },
    consumedBy: { type: 'text', nullable: true },
    createdAt: { type: 'datetime', columnType: 'timestamptz' },
    updatedAt: { type: 'datetime', columnType: 'timestamptz' },
  },
});
