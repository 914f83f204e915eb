import { EntitySchema } from '@mikro-orm/core';
import type { DecodedEvent } from '../../event-store/event-store.port';
import type { Projection } from '../../event-store/projection/projection';
import { assertNever } from '../../shared/kernel/assert-never';
import { dossierEvents, type DossierEvent } from '../domain/dossier/dossier.events';

/**
 * Every booking file whose guest is not erased yet, deleted ones included (their events still
 * hold the guest), with its last departure: what the retention sweep goes through. A file leaves
 * it once its guest is erased.
 */
export interface RetentionFileRow {
  /** The file's id. */
  id: string;
  ownerId: string;
  /** Each stay's departure, by stay id. */
  departures: Record<string, string>;
  /** The last of them. */
  departure: string;
}

export const RetentionFileRowSchema = new EntitySchema<RetentionFileRow>({
  name: 'RetentionFileRow',
  tableName: 'retention_files',
  properties: {
    id: { type: 'uuid', primary: true },
    ownerId: { type: 'uuid' },
    departures: { type: 'json' },
    departure: { type: 'string', columnType: 'date' },
  },
});

const HANDLED = ['DossierOpened', 'StayAdded', 'StayChanged', 'GuestErased'] as const;
type Handled = Extract<DossierEvent, { type: (typeof HANDLED)[number] }>;

function withDepartures(row: Pick<RetentionFileRow, 'id' | 'ownerId'>, departures: Record<string, string>): RetentionFileRow {
  return { ...row, departures, departure: Object.values(departures).sort().at(-1) ?? '1970-01-01' };
}

export const retentionFilesProjection: Projection<RetentionFileRow, Handled> = {
  name: 'retention-files',
  entity: RetentionFileRowSchema,
  tables: ['retention_files'],
  handles: HANDLED,
  decode: (stored) => dossierEvents.decode(stored) as Handled,
  rowIds: (e) => [e.data.dossierId],
  evolve: (row, e: DecodedEvent<Handled>, id) => {
    switch (e.type) {
      case 'DossierOpened':
        return withDepartures({ id, ownerId: e.data.ownerId }, Object.fromEntries(e.data.stays.map((s) => [s.stayId, s.departure])));
      case 'StayAdded':
      case 'StayChanged':
        return row && withDepartures(row, { ...row.departures, [e.data.stay.stayId]: e.data.stay.departure });
      case 'GuestErased':
        return null;
      default:
        return assertNever(e);
    }
  },
};
