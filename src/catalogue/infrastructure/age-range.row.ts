import { EntitySchema } from '@mikro-orm/core';

/** Read model of one of an owner's age ranges. */
export interface AgeRangeRow {
  id: string;
  ownerId: string;
  label: string;
  minAge: number;
  maxAge: number;
  countsTowardsCapacity: boolean;
}

export const AgeRangeRowSchema = new EntitySchema<AgeRangeRow>({
  name: 'AgeRangeRow',
  tableName: 'age_ranges',
  properties: {
    id: { type: 'uuid', primary: true },
    ownerId: { type: 'uuid' },
    label: { type: 'text' },
    minAge: { type: 'integer' },
    maxAge: { type: 'integer' },
    countsTowardsCapacity: { type: 'boolean' },
  },
});
