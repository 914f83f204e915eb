import { EntitySchema } from '@mikro-orm/core';

/** Read model of a supplement; a removed supplement has no row (its events stay). */
export interface SupplementRow {
  id: string;
  ownerId: string;
  nameFr: string;
  nameEn: string | null;
  mandatory: boolean;
  priceCents: number;
  unit: string;
  accommodationIds: string[];
  createdAt: Date;
  updatedAt: Date;
}

export const SupplementRowSchema = new EntitySchema<SupplementRow>({
  name: 'SupplementRow',
  tableName: 'supplements',
  properties: {
    id: { type: 'uuid', primary: true },
    ownerId: { type: 'uuid' },
    nameFr: { type: 'text' },
    nameEn: { type: 'text', nullable: true },
    mandatory: { type: 'boolean' },
    priceCents: { type: 'integer' },
    unit: { type: 'text' },
    accommodationIds: { type: 'string[]' },
    createdAt: { type: 'datetime', columnType: 'timestamptz' },
    updatedAt: { type: 'datetime', columnType: 'timestamptz' },
  },
});
