import { EntitySchema } from '@mikro-orm/core';
import type { DecodedEvent } from '../../event-store/event-store.port';
import type { Projection } from '../../event-store/projection/projection';
import { assertNever } from '../../shared/kernel/assert-never';
import { guestBookingEvents, type GuestBookingEvent } from '../domain/guest-booking/guest-booking.events';

/**
 * Online bookings that never became a file (not paid in time, or paid too late for nights taken
 * meanwhile), with when they ended: the retention sweep erases their guest a while after. A row
 * goes once the booking opens a file after all, or once its guest is erased.
 */
export interface AbandonedGuestBookingRow {
  /** The guest booking's id. */
  id: string;
  ownerId: string;
  endedAt: Date;
}

export const AbandonedGuestBookingRowSchema = new EntitySchema<AbandonedGuestBookingRow>({
  name: 'AbandonedGuestBookingRow',
  tableName: 'abandoned_guest_bookings',
  properties: {
    id: { type: 'uuid', primary: true },
    ownerId: { type: 'uuid' },
    endedAt: { type: 'datetime', columnType: 'timestamptz' },
  },
});

const HANDLED = ['GuestBookingExpired', 'GuestBookingLost', 'GuestBookingOpened', 'GuestBookingErased'] as const;
type Handled = Extract<GuestBookingEvent, { type: (typeof HANDLED)[number] }>;

export const abandonedGuestBookingsProjection: Projection<AbandonedGuestBookingRow, Handled> = {
  name: 'abandoned-guest-bookings',
  entity: AbandonedGuestBookingRowSchema,
  tables: ['abandoned_guest_bookings'],
  handles: HANDLED,
  decode: (stored) => guestBookingEvents.decode(stored) as Handled,
  rowIds: (e) => [e.data.guestBookingId],
  evolve: (row, e: DecodedEvent<Handled>, id) => {
    switch (e.type) {
      case 'GuestBookingExpired':
      case 'GuestBookingLost':
        return { id, ownerId: e.data.ownerId, endedAt: row?.endedAt ?? new Date(e.metadata.occurredAt) };
      // A file after all (paid late, nights still free), or its guest erased: nothing left to erase.
      case 'GuestBookingOpened':
      case 'GuestBookingErased':
        return null;
      default:
        return assertNever(e);
    }
  },
};
