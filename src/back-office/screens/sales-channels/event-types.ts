import type { Lang } from '../../i18n';

/**
 * The public event types an endpoint may receive: the README's catalogue (Integration events),
 * which the API has no query for; a type it does not know is refused on creation.
 */
export const EVENT_TYPES = [
  'booking.created',
  'booking.numbered',
  'booking.confirmed',
  'booking.paid',
  'booking.cancelled',
  'booking.deleted',
  'booking.stay_changed',
  'booking.guest_changed',
  'payment.recorded',
  'payment.refunded',
  'availability.changed',
  'rates.changed',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

const TEXTS: Record<Lang, Record<EventType, string>> = {
  fr: {
    'booking.created': 'Un dossier est ouvert',
    'booking.numbered': 'Un dossier reçoit son numéro',
    'booking.confirmed': 'Un dossier est confirmé',
    'booking.paid': 'Un dossier est soldé',
    'booking.cancelled': 'Un dossier est annulé',
    'booking.deleted': 'Un dossier est supprimé',
    'booking.stay_changed': 'Un séjour d’un dossier change',
    'booking.guest_changed': 'Les coordonnées d’un client changent',
    'payment.recorded': 'Un paiement est reçu',
    'payment.refunded': 'Un remboursement est fait',
    'availability.changed': 'Des nuits sont prises ou libérées',
    'rates.changed': 'Des tarifs changent',
  },
  en: {
    'booking.created': 'A booking file is opened',
    'booking.numbered': 'A booking file gets its number',
    'booking.confirmed': 'A booking file is confirmed',
    'booking.paid': 'A booking file is paid in full',
    'booking.cancelled': 'A booking file is cancelled',
    'booking.deleted': 'A booking file is deleted',
    'booking.stay_changed': 'A stay of a file changes',
    'booking.guest_changed': 'A guest’s details change',
    'payment.recorded': 'A payment is received',
    'payment.refunded': 'A refund is made',
    'availability.changed': 'Nights are taken or freed',
    'rates.changed': 'Rates change',
  },
};

/** "Un dossier est ouvert (booking.created)": what the owner reads, and the name the integrator asks for. */
export function eventTypeText(type: string, lang: Lang): string {
  const known = (EVENT_TYPES as readonly string[]).includes(type) ? TEXTS[lang][type as EventType] : null;
  return known ? `${known} (${type})` : type;
}
