import { EntitySchema } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { SessionVersions } from '../../shared/auth/session-versions';

/**
 * Read model of an owner's account: what `me` answers, and the session version every
 * authenticated request is checked against. The password hash never lands here.
 */
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
  /** The count of credential changes (the owner decider's `sessionVersion`); not shown to anyone. */
  sessionVersion: number;
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
    sessionVersion: { type: 'integer' },
  },
});

/**
 * The guard's one lookup per authenticated request, by primary key. Uncached on purpose: a cache
 * would let a token live on after a change on another instance.
 */
export function ownerSessionVersions(em: EntityManager): SessionVersions {
  return {
    async current(ownerId) {
      const rows = await em.fork().execute<{ session_version: number }[]>('SELECT session_version FROM owners WHERE id = ?', [ownerId]);
      return rows.length === 0 ? null : rows[0].session_version;
    },
  };
}
