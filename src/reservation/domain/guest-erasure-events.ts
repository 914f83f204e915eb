import { decoderOf, type StoredEvent } from '../../shared/kernel/event-codec';
import { dossierEvents, type DossierEvent } from './dossier/dossier.events';
import { guestBookingEvents, type GuestBookingEvent } from './guest-booking/guest-booking.events';

/** A guest erased: a file's, or an abandoned online booking's. */
export type GuestErasedEvent = Extract<DossierEvent, { type: 'GuestErased' }> | Extract<GuestBookingEvent, { type: 'GuestBookingErased' }>;

export const GUEST_ERASED_TYPES: readonly GuestErasedEvent['type'][] = ['GuestErased', 'GuestBookingErased'];

const decode = decoderOf<DossierEvent | GuestBookingEvent>(dossierEvents, guestBookingEvents);

export const decodeGuestErased = (stored: StoredEvent): GuestErasedEvent => decode(stored) as GuestErasedEvent;

/** The file whose guest went: an online booking's id is its file's, and what names the guest (keys, emails) names that id. */
export const erasedFileOf = (e: GuestErasedEvent): string => (e.type === 'GuestErased' ? e.data.dossierId : e.data.guestBookingId);
