import { EntitySchema } from '@mikro-orm/core';
import type { Projection } from '../../event-store/projection/projection';
import { reservationSettingsEvents, type ReservationSettingsEvent } from '../domain/settings/reservation-settings.decider';

/**
 * The owners who have unpaid options released, and after how many days: a row only while the
 * setting is on, so the release sweep and the reminders join a handful of owners, never every
 * owner's late options.
 */
export interface OptionReleaseSettingRow {
  /** The owner's id. */
  id: string;
  afterDays: number;
}

export const OptionReleaseSettingRowSchema = new EntitySchema<OptionReleaseSettingRow>({
  name: 'OptionReleaseSettingRow',
  tableName: 'option_release_settings',
  properties: {
    id: { type: 'uuid', primary: true },
    afterDays: { type: 'integer' },
  },
});

type UnpaidOptionReleaseSet = Extract<ReservationSettingsEvent, { type: 'UnpaidOptionReleaseSet' }>;

export const optionReleaseSettingsProjection: Projection<OptionReleaseSettingRow, UnpaidOptionReleaseSet> = {
  name: 'option-release-settings',
  entity: OptionReleaseSettingRowSchema,
  tables: ['option_release_settings'],
  handles: ['UnpaidOptionReleaseSet'],
  decode: (stored) => reservationSettingsEvents.decode(stored) as UnpaidOptionReleaseSet,
  rowIds: (e) => [e.data.ownerId],
  evolve: (_, e, id) => (e.data.afterDays === null ? null : { id, afterDays: e.data.afterDays }),
};
