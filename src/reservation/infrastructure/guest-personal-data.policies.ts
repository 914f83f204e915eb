import { subjectNamedBy, type PersonalDataPolicy } from '../../event-store/personal-data/personal-data-policy';
import { ANONYMOUS_GUEST } from '../domain/dossier/guest-erasure';

/**
 * The guest's data in a booking file's events: who they are, what was written about them (the
 * notes, a cancellation's reason, a payment's note). Sealed with the file's key; once it is
 * erased the guest reads as ANONYMOUS_GUEST and the texts as null, as the file itself shows them.
 */
export const dossierPersonalData: PersonalDataPolicy = {
  types: ['DossierOpened', 'GuestChanged', 'DossierNotesSet', 'DossierCancelled', 'PaymentReceived'],
  subjectOf: subjectNamedBy('dossierId'),
  fields: ['guest', 'previous', 'note', 'internalNote', 'reason', 'payment.note'],
  erased: (field) => (field === 'guest' || field === 'previous' ? ANONYMOUS_GUEST : null),
};

/** The guest as they booked online: sealed with the key of the file the booking opens (an online booking's id is its file's). */
export const guestBookingPersonalData: PersonalDataPolicy = {
  types: ['GuestBookingRequested'],
  subjectOf: subjectNamedBy('guestBookingId'),
  fields: ['guest'],
  erased: () => ANONYMOUS_GUEST,
};
