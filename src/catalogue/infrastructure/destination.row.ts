import { EntitySchema } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { SessionVersions } from '../../shared/auth/session-versions';

/**
 * Read model of a destination's account: its public profile, what `myDestination` shows it of
 * itself, and the session version its tokens are checked against. The password hash never lands here.
 */
export interface DestinationRow {
  id: string;
  name: string;
  kind: string;
  area: string[];
  website: string;
  /** Null only for the moment between the registration and its credentials, written together. */
  email: string | null;
  registeredAt: Date;
  sessionVersion: number;
}

export const DestinationRowSchema = new EntitySchema<DestinationRow>({
  name: 'DestinationRow',
  tableName: 'destinations',
  properties: {
    id: { type: 'uuid', primary: true },
    name: { type: 'text' },
    kind: { type: 'text' },
    area: { type: 'string[]' },
    website: { type: 'text' },
    email: { type: 'text', nullable: true },
    registeredAt: { type: 'datetime', columnType: 'timestamptz' },
    sessionVersion: { type: 'integer' },
  },
});

/** The guard's one lookup per request a destination's token makes, by primary key, uncached as owners' is. */
export function destinationSessionVersions(em: EntityManager): SessionVersions {
  return {
    async current(destinationId) {
      const rows = await em.fork().execute<{ session_version: number }[]>('SELECT session_version FROM destinations WHERE id = ?', [destinationId]);
      return rows.length === 0 ? null : rows[0].session_version;
    },
  };
}
