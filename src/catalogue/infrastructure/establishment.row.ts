import { EntitySchema } from '@mikro-orm/core';
import type { Photo } from '../domain/photos';

/** Read model of an owner's establishment; `id` is the owner's id, as there is one per owner. */
export interface EstablishmentRow {
  id: string;
  name: string;
  slogan: string | null;
  descriptionFr: string | null;
  descriptionEn: string | null;
  photos: Photo[];
  updatedAt: Date;
}

export const EstablishmentRowSchema = new EntitySchema<EstablishmentRow>({
  name: 'EstablishmentRow',
  tableName: 'establishments',
  properties: {
    id: { type: 'uuid', primary: true },
    name: { type: 'text' },
    slogan: { type: 'text', nullable: true },
    descriptionFr: { type: 'text', nullable: true },
    descriptionEn: { type: 'text', nullable: true },
    photos: { type: 'json' },
    updatedAt: { type: 'datetime', columnType: 'timestamptz' },
  },
});
