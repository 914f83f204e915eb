import { EntitySchema } from '@mikro-orm/core';
import type { Photo } from '../domain/photos';

/** Read model of an accommodation as its owner lists and edits it. */
export interface AccommodationRow {
  id: string;
  ownerId: string;
  reference: string;
  name: string;
  kind: string;
  starRating: number;
  address: string | null;
  postalCode: string | null;
  city: string;
  latitude: number | null;
  longitude: number | null;
  altitude: number | null;
  minCapacity: number;
  maxCapacity: number;
  surface: number | null;
  floor: number | null;
  orientation: string | null;
  securityDepositCents: number | null;
  descriptionFr: string | null;
  descriptionEn: string | null;
  characteristics: string[];
  photos: Photo[];
  visibility: string;
  archived: boolean;
  /** The 13 characters without spaces; null when none is given. */
  registrationNumber: string | null;
  communeRequiresRegistration: boolean;
  /** The day the classement was decided (`2026-03-15`); null when none is given. */
  classificationDecidedOn: string | null;
  createdAt: Date;
  updatedAt: Date;
}

const nullable = <T extends string>(type: T) => ({ type, nullable: true }) as const;

export const AccommodationRowSchema = new EntitySchema<AccommodationRow>({
  name: 'AccommodationRow',
  tableName: 'accommodations',
  properties: {
    id: { type: 'uuid', primary: true },
    ownerId: { type: 'uuid' },
    reference: { type: 'text' },
    name: { type: 'text' },
    kind: { type: 'text' },
    starRating: { type: 'integer' },
    address: nullable('text'),
    postalCode: nullable('text'),
    city: { type: 'text' },
    latitude: nullable('double'),
    longitude: nullable('double'),
    altitude: nullable('integer'),
    minCapacity: { type: 'integer' },
    maxCapacity: { type: 'integer' },
    surface: nullable('double'),
    floor: nullable('integer'),
    orientation: nullable('text'),
    securityDepositCents: nullable('integer'),
    descriptionFr: nullable('text'),
    descriptionEn: nullable('text'),
    characteristics: { type: 'string[]' },
    photos: { type: 'json' },
    visibility: { type: 'text' },
    archived: { type: 'boolean' },
    registrationNumber: nullable('text'),
    communeRequiresRegistration: { type: 'boolean' },
    classificationDecidedOn: { type: 'string', columnType: 'date', nullable: true },
    createdAt: { type: 'datetime', columnType: 'timestamptz' },
    updatedAt: { type: 'datetime', columnType: 'timestamptz' },
  },
});
