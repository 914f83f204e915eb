import { EntitySchema } from '@mikro-orm/core';
import type { Projection } from '../../event-store/projection/projection';
import { DEFAULT_GUEST_RETENTION_YEARS, reservationSettingsEvents, type ReservationSettingsEvent } from '../domain/settings/reservation-settings.decider';

/**
 * The owners who keep their guests' data for another period than the default, and how many
 * years: the retention sweep joins these few rows, every other owner having the default.
 */
export interface GuestRetentionSettingRow {
  /** The owner's id. */
  id: string;
  years: number;
}

export const GuestRetentionSettingRowSchema = new EntitySchema<GuestRetentionSettingRow>({
  name: 'GuestRetentionSettingRow',
  tableName: 'guest_retention_settings',
  properties: {
    id: { type: 'uuid', primary: true },
    years: { type: 'integer' },
  },
});

type GuestRetentionSet = Extract<ReservationSettingsEvent, { type: 'GuestRetentionSet' }>;

export const guestRetentionSettingsProjection: Projection<GuestRetentionSettingRow, GuestRetentionSet> = {
  name: 'guest-retention-settings',
  entity: GuestRetentionSettingRowSchema,
  tables: ['guest_retention_settings'],
  handles: ['GuestRetentionSet'],
  decode: (stored) => reservationSettingsEvents.decode(stored) as GuestRetentionSet,
  rowIds: (e) => [e.data.ownerId],
  evolve: (_, e, id) => (e.data.years === DEFAULT_GUEST_RETENTION_YEARS ? null : { id, years: e.data.years }),
};
