import { EntitySchema } from '@mikro-orm/core';

/** Read model of a feed an owner imports, as they set it; a removed feed has no row. */
export interface IcalFeedRow {
  id: string;
  ownerId: string;
  accommodationId: string;
  url: string;
  platform: string;
  label: string;
  intervalMinutes: number;
  addedAt: Date;
}

export const IcalFeedRowSchema = new EntitySchema<IcalFeedRow>({
  name: 'IcalFeedRow',
  tableName: 'ical_feeds',
  properties: {
    id: { type: 'uuid', primary: true },
    ownerId: { type: 'uuid' },
    accommodationId: { type: 'uuid' },
    url: { type: 'text' },
    platform: { type: 'text' },
    label: { type: 'text' },
    intervalMinutes: { type: 'integer' },
    addedAt: { type: 'datetime', columnType: 'timestamptz' },
  },
});
