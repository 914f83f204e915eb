import { z } from 'zod';
import { assertNever } from '../../../shared/kernel/assert-never';
import type { Decider } from '../../../shared/kernel/decider';
import { InvalidInput } from '../../../shared/kernel/errors';
import { eventCodec } from '../../../shared/kernel/event-codec';
import { event, type Command, type Event } from '../../../shared/kernel/message';
import { MAX_RELEASE_DAYS } from '../dossier/option-release';

/**
 * Stream `reservation-settings-<ownerId>`: how the owner's booking files are run. Release options
 * whose deposit is still unpaid `afterDays` after it fell due (the guest being told first), off by
 * default; and how many years after their last stay guests are anonymised.
 */
export const reservationSettingsStream = (ownerId: string) => `reservation-settings-${ownerId}`;

export interface UnpaidOptionReleaseSet {
  readonly ownerId: string;
  /** Null: unpaid options stay until the owner decides. */
  readonly afterDays: number | null;
}

export interface GuestRetentionSet {
  readonly ownerId: string;
  readonly years: number;
}

export type ReservationSettingsEvent = Event<'UnpaidOptionReleaseSet', UnpaidOptionReleaseSet> | Event<'GuestRetentionSet', GuestRetentionSet>;

export type ReservationSettingsCommand =
  /** `afterDays` as typed: null or 0 turns the release off. */
  | Command<'SetUnpaidOptionRelease', { ownerId: string; afterDays: number | null }>
  | Command<'SetGuestRetention', { ownerId: string; years: number }>;

export interface ReservationSettings {
  readonly releaseUnpaidOptionsAfterDays: number | null;
  /** Guests are anonymised this many years after their last stay ends. */
  readonly guestRetentionYears: number;
}

/**
 * Three years after the last stay: the CNIL's reference for customer data kept for commercial
 * follow-up ("référentiel gestion commerciale", 2020); the files' figures stay beyond it for the
 * accounts (ten years, Code de commerce L123-22), without the person.
 */
export const DEFAULT_GUEST_RETENTION_YEARS = 3;
/** Ten years at most: what the accounts keep; one at least, so a guest may still come back to their booking. */
export const MAX_GUEST_RETENTION_YEARS = 10;

export class RetentionYearsOutOfRange extends InvalidInput {
  override readonly reason = 'RETENTION_YEARS_OUT_OF_RANGE';

  constructor(field: string) {
    super(field, `must be a whole number of years from 1 to ${MAX_GUEST_RETENTION_YEARS}`);
  }
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
  GuestRetentionSet: { version: 1, schema: z.object({ ownerId: z.string(), years: z.number().int() }) },
});

function decide(command: ReservationSettingsCommand, state: ReservationSettings): ReservationSettingsEvent[] {
  switch (command.type) {
    case 'SetUnpaidOptionRelease': {
      const afterDays = releaseAfterDays('afterDays', command.data.afterDays);
      return afterDays === state.releaseUnpaidOptionsAfterDays ? [] : [event('UnpaidOptionReleaseSet', { ownerId: command.data.ownerId, afterDays })];
    }
    case 'SetGuestRetention': {
      const { ownerId, years } = command.data;
      if (!Number.isInteger(years) || years < 1 || years > MAX_GUEST_RETENTION_YEARS) throw new RetentionYearsOutOfRange('years');
      return years === state.guestRetentionYears ? [] : [event('GuestRetentionSet', { ownerId, years })];
    }
    default:
      return assertNever(command);
  }
}

function evolve(state: ReservationSettings, e: ReservationSettingsEvent): ReservationSettings {
  switch (e.type) {
    case 'UnpaidOptionReleaseSet':
      return { ...state, releaseUnpaidOptionsAfterDays: e.data.afterDays };
    case 'GuestRetentionSet':
      return { ...state, guestRetentionYears: e.data.years };
    default:
      return assertNever(e);
  }
}

export const reservationSettingsDecider: Decider<ReservationSettingsCommand, ReservationSettingsEvent, ReservationSettings> = {
  decide,
  evolve,
  initialState: () => ({ releaseUnpaidOptionsAfterDays: null, guestRetentionYears: DEFAULT_GUEST_RETENTION_YEARS }),
  events: reservationSettingsEvents,
};
