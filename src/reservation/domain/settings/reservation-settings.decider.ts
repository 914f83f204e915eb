import { z } from 'zod';
import type { Decider } from '../../../shared/kernel/decider';
import { InvalidInput } from '../../../shared/kernel/errors';
import { eventCodec } from '../../../shared/kernel/event-codec';
import { event, type Command, type Event } from '../../../shared/kernel/message';
import { MAX_RELEASE_DAYS } from '../dossier/option-release';

/**
 * Stream `reservation-settings-<ownerId>`: how the owner's booking files are run. For now one
 * choice, off by default: release options whose deposit is still unpaid `afterDays` after it fell
 * due (the guest being told first).
 */
export const reservationSettingsStream = (ownerId: string) => `reservation-settings-${ownerId}`;

export interface UnpaidOptionReleaseSet {
  readonly ownerId: string;
  /** Null: unpaid options stay until the owner decides. */
  readonly afterDays: number | null;
}

export type ReservationSettingsEvent = Event<'UnpaidOptionReleaseSet', UnpaidOptionReleaseSet>;

/** `afterDays` as typed: null or 0 turns the release off. */
export type ReservationSettingsCommand = Command<'SetUnpaidOptionRelease', { ownerId: string; afterDays: number | null }>;

export interface ReservationSettings {
  readonly releaseUnpaidOptionsAfterDays: number | null;
}

export class ReleaseDaysOutOfRange extends InvalidInput {
  override readonly reason = 'RELEASE_DAYS_OUT_OF_RANGE';

  constructor(field: string) {
    super(field, `must be a whole number of days from 1 to ${MAX_RELEASE_DAYS}, or 0 (or null) to keep unpaid options until you decide`);
  }
}

export function releaseAfterDays(field: string, value: number | null): number | null {
  if (value === null || value === 0) return null;
  if (!Number.isInteger(value) || value < 1 || value > MAX_RELEASE_DAYS) throw new ReleaseDaysOutOfRange(field);
  return value;
}

export const reservationSettingsEvents = eventCodec<ReservationSettingsEvent>('reservation-settings', {
  UnpaidOptionReleaseSet: { version: 1, schema: z.object({ ownerId: z.string(), afterDays: z.number().int().nullable() }) },
});

export const reservationSettingsDecider: Decider<ReservationSettingsCommand, ReservationSettingsEvent, ReservationSettings> = {
  decide: ({ data }, state) => {
    const afterDays = releaseAfterDays('afterDays', data.afterDays);
    return afterDays === state.releaseUnpaidOptionsAfterDays ? [] : [event('UnpaidOptionReleaseSet', { ownerId: data.ownerId, afterDays })];
  },
  evolve: (state, e) => ({ ...state, releaseUnpaidOptionsAfterDays: e.data.afterDays }),
  initialState: () => ({ releaseUnpaidOptionsAfterDays: null }),
  events: reservationSettingsEvents,
};
