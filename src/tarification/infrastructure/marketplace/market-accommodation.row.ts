import { EntitySchema } from '@mikro-orm/core';

/**
 * What a destination's search reads of an accommodation, kept by Tarification from Catalogue's
 * events: the facts guests filter on, and whether it may be booked online at all.
 */
export interface MarketAccommodationRow {
  id: string;
  ownerId: string;
  name: string;
  kind: string;
  stars: number;
  postalCode: string | null;
  /** From the postal code: "24", "2A", "971"; null without a French one. */
  department: string | null;
  city: string;
  /** The city as searches compare it (`searchKey`). */
  cityKey: string;
  latitude: number | null;
  longitude: number | null;
  minCapacity: number;
  maxCapacity: number;
  characteristics: string[];
  photoUrl: string | null;
  visibility: string;
  archived: boolean;
  /** BOOKABLE and not archived: only these are ever offered. */
  bookable: boolean;
}

export const MarketAccommodationRowSchema = new EntitySchema<MarketAccommodationRow>({
  name: 'MarketAccommodationRow',
  tableName: 'market_accommodations',
  properties: {
    id: { type: 'uuid', primary: true },
    ownerId: { type: 'uuid' },
    name: { type: 'text' },
    kind: { type: 'text' },
    stars: { type: 'integer' },
    postalCode: { type: 'text', nullable: true },
    department: { type: 'text', nullable: true },
    city: { type: 'text' },
    cityKey: { type: 'text' },
    latitude: { type: 'double', nullable: true },
    longitude: { type: 'double', nullable: true },
    minCapacity: { type: 'integer' },
    maxCapacity: { type: 'integer' },
    characteristics: { type: 'string[]' },
    photoUrl: { type: 'text', nullable: true },
    visibility: { type: 'text' },
    archived: { type: 'boolean' },
    bookable: { type: 'boolean' },
  },
});
