import { DomainError, type ErrorCode } from '../../../shared/kernel/errors';
import type { Lang } from '../../../shared/kernel/lang';

/** Why the booking engine turns a guest away: each a sentence the guest reads, in French and in English. */
export const GUEST_REFUSALS = {
  TERMS_NOT_ACCEPTED: {
    code: 'BAD_USER_INPUT',
    field: 'input.acceptTerms',
    FR: 'Veuillez accepter les conditions générales de vente pour réserver.',
    EN: 'Please accept the general terms of sale to book.',
  },
  NO_TERMS_OF_SALE: {
    code: 'UNAVAILABLE',
    field: 'input.accommodationId',
    FR: 'Ce logement ne se réserve pas encore en ligne : le propriétaire n’a pas écrit ses conditions générales de vente. Contactez-le directement.',
    EN: 'This accommodation cannot be booked online yet: the owner has not written their general terms of sale. Please contact them directly.',
  },
  ONLINE_PAYMENT_NOT_OFFERED: {
    code: 'BAD_USER_INPUT',
    field: 'input.payOnline',
    FR: 'Le paiement en ligne n’est pas proposé pour ce logement : choisissez la pré-réservation.',
    EN: 'Online payment is not offered for this accommodation: choose a pre-booking.',
  },
  PRE_BOOKING_NOT_OFFERED: {
    code: 'BAD_USER_INPUT',
    field: 'input.payOnline',
    FR: 'La pré-réservation n’est pas proposée pour ce logement : l’acompte se paie en ligne.',
    EN: 'Pre-booking is not offered for this accommodation: the deposit is paid online.',
  },
  EMAIL_REQUIRED: {
    code: 'BAD_USER_INPUT',
    field: 'input.guest.email',
    FR: 'Indiquez votre adresse e-mail : la confirmation de votre réservation vous y sera envoyée.',
    EN: 'Please give your email address: your booking’s confirmation is sent there.',
  },
  HONEYPOT: {
    code: 'BAD_USER_INPUT',
    field: 'input.website',
    FR: 'Ce champ doit rester vide.',
    EN: 'This field must be left empty.',
  },
  TOO_MANY_BOOKINGS: {
    code: 'TOO_MANY_REQUESTS',
    field: 'input',
    FR: 'Trop de réservations depuis cette connexion : réessayez dans une heure, ou contactez le propriétaire.',
    EN: 'Too many bookings from this connection: please try again in an hour, or contact the owner.',
  },
  NOT_LISTED: {
    code: 'UNAVAILABLE',
    field: 'input.destinationId',
    FR: 'Ce logement n’est plus proposé par ce site : réservez-le sur le site du propriétaire, ou choisissez-en un autre.',
    EN: 'This accommodation is no longer offered by this site: book it on the owner’s own site, or choose another one.',
  },
  NIGHTS_TAKEN: {
    code: 'UNAVAILABLE',
    field: 'input',
    FR: 'Ces nuits viennent d’être réservées par quelqu’un d’autre : choisissez d’autres dates.',
    EN: 'These nights have just been booked by someone else: please choose other dates.',
  },
} as const satisfies Record<string, GuestSentence>;

export type GuestRefusalReason = keyof typeof GUEST_REFUSALS;

/** A refusal's code, the field at fault, and the sentence in each language. */
export interface GuestSentence {
  readonly code: ErrorCode;
  readonly field: string;
  readonly FR: string;
  readonly EN: string;
}

/** A refusal of the booking engine, told in the guest's language; `reason` names it for programs. */
export class GuestBookingRefused extends DomainError {
  readonly code: ErrorCode;
  override readonly reason: string;

  constructor(reason: string, lang: Lang, sentence?: GuestSentence) {
    const refusal = sentence ?? GUEST_REFUSALS[reason as GuestRefusalReason];
    super(refusal[lang], refusal.field);
    this.code = refusal.code;
    this.reason = reason;
  }
}

/** What each guest field is called on the form, for a sentence that points at it. */
const GUEST_FIELDS: Record<string, { FR: string; EN: string }> = {
  lastName: { FR: 'Le nom', EN: 'The last name' },
  firstName: { FR: 'Le prénom', EN: 'The first name' },
  email: { FR: 'L’adresse e-mail', EN: 'The email address' },
  phone1: { FR: 'Le téléphone', EN: 'The phone number' },
  phone2: { FR: 'Le second téléphone', EN: 'The second phone number' },
  phone3: { FR: 'Le troisième téléphone', EN: 'The third phone number' },
  address: { FR: 'L’adresse', EN: 'The address' },
  postalCode: { FR: 'Le code postal', EN: 'The postal code' },
  city: { FR: 'La ville', EN: 'The city' },
  country: { FR: 'Le pays', EN: 'The country' },
};

/** A guest detail the checks refused, said to the guest: which field, and to correct it. */
export function badGuestDetail(field: string, lang: Lang): GuestBookingRefused {
  const name = field.split('.').pop() ?? '';
  const label = GUEST_FIELDS[name] ?? { FR: 'Ce champ', EN: 'This field' };
  return new GuestBookingRefused('BAD_GUEST_DETAIL', lang, {
    code: 'BAD_USER_INPUT',
    field,
    FR: `${label.FR} n’est pas valide (trop long, vide ou mal écrit) : corrigez-le pour réserver.`,
    EN: `${label.EN} is not valid (too long, empty or misspelt): please correct it to book.`,
  });
}
