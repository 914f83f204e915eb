import { EntitySchema } from '@mikro-orm/core';

/** Read model of an owner's account: what `me` answers. The password hash never lands here. */
export interface OwnerRow {
  id: string;
  email: string;
  number: number | null;
  company: string | null;
  civility: string | null;
  lastName: string;
  firstName: string | null;
  address: string | null;
  postalCode: string | null;
  city: string | null;
  country: string | null;
  phone1: string | null;
  phone2: string | null;
  fax: string | null;
  website: string | null;
  signedUpAt: Date;
  updatedAt: Date;
}

const text = { type: 'text', nullable: true } as const;

export const OwnerRowSchema = new EntitySchema<OwnerRow>({
  name: 'OwnerRow',
  tableName: 'owners',
  properties: {
    id: { type: 'uuid', primary: true },
    email: { type: 'text' },
    number: { type: 'integer', nullable: true },
    company: text,
    civility: text,
    lastName: { type: 'text' },
    firstName: text,
    address: text,
    postalCode: text,
    city: text,
    country: text,
    phone1: text,
    phone2: text,
    fax: text,
    website: text,
    signedUpAt: { type: 'datetime', columnType: 'timestamptz' },
    updatedAt: { type: 'datetime', columnType: 'timestamptz' },
  },
});
