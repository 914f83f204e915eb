import { defineMessages, type Lang } from '../../i18n';

/**
 * The API's enum values as an owner reads them, in French and English: statuses, origins, ways
 * to pay, deposit kinds, who cancels, emails and their states. One table, so the list, the file
 * page and the day's arrivals say the same words.
 */
export const labels = defineMessages({
  fr: {
    status_OPTION: 'Option',
    status_CONFIRMED: 'Confirmé',
    status_PAID: 'Soldé',
    status_CANCELLED: 'Annulé',
    origin_BACK_OFFICE: 'Saisi par vous',
    origin_ONLINE: 'Réservation en ligne',
    origin_MARKETPLACE: 'Place de marché',
    origin_CHANNEL: 'Canal de vente',
    origin_ICAL: 'Calendrier importé',
    method_CARD: 'Carte bancaire',
    method_CASH: 'Espèces',
    method_CHEQUE: 'Chèque',
    method_HOLIDAY_VOUCHERS: 'Chèques-vacances',
    method_ONLINE: 'Paiement en ligne',
    method_TRANSFER: 'Virement',
    deposit_ARRHES: 'Arrhes',
    deposit_ACOMPTE: 'Acompte',
    by_GUEST: 'Le client',
    by_OWNER: 'Le propriétaire',
    balance_PAID: 'Soldés',
    balance_UNPAID: 'Reste à payer',
    emailStatus_QUEUED: 'En attente d’envoi',
    emailStatus_SENT: 'Envoyé',
    emailStatus_FAILED: 'Échec',
    recipient_GUEST: 'Client',
    recipient_OWNER: 'Vous',
    email_BOOKING_REQUEST_RECEIVED: 'Demande de réservation reçue',
    email_DOSSIER_DOCUMENT: 'Contrat ou proposition de location',
    email_PAYMENT_RECEIVED: 'Paiement reçu',
    email_DEPOSIT_REMINDER: 'Relance pour l’acompte ou les arrhes',
    email_BALANCE_REMINDER: 'Rappel du solde',
    email_CANCELLATION: 'Annulation',
    email_OWNER_NEW_BOOKING: 'Nouvelle réservation (pour vous)',
    email_BOOKING_EXPIRED: 'Réservation expirée',
    email_LATE_PAYMENT_REFUNDED: 'Paiement tardif remboursé',
    email_OWNER_LATE_PAYMENT_REFUNDED: 'Paiement tardif remboursé (pour vous)',
    email_DUPLICATE_PAYMENT_REFUNDED: 'Paiement en double remboursé',
    email_WRONG_AMOUNT_REFUNDED: 'Montant erroné remboursé',
  },
  en: {
    status_OPTION: 'Option',
    status_CONFIRMED: 'Confirmed',
    status_PAID: 'Paid in full',
    status_CANCELLED: 'Cancelled',
    origin_BACK_OFFICE: 'Entered by you',
    origin_ONLINE: 'Online booking',
    origin_MARKETPLACE: 'Marketplace',
    origin_CHANNEL: 'Sales channel',
    origin_ICAL: 'Imported calendar',
    method_CARD: 'Bank card',
    method_CASH: 'Cash',
    method_CHEQUE: 'Cheque',
    method_HOLIDAY_VOUCHERS: 'Holiday vouchers',
    method_ONLINE: 'Online payment',
    method_TRANSFER: 'Bank transfer',
    deposit_ARRHES: 'Arrhes (deposit)',
    deposit_ACOMPTE: 'Acompte (down payment)',
    by_GUEST: 'The guest',
    by_OWNER: 'The owner',
    balance_PAID: 'Paid in full',
    balance_UNPAID: 'Still to pay',
    emailStatus_QUEUED: 'Waiting to be sent',
    emailStatus_SENT: 'Sent',
    emailStatus_FAILED: 'Failed',
    recipient_GUEST: 'Guest',
    recipient_OWNER: 'You',
    email_BOOKING_REQUEST_RECEIVED: 'Booking request received',
    email_DOSSIER_DOCUMENT: 'Rental contract or proposal',
    email_PAYMENT_RECEIVED: 'Payment received',
    email_DEPOSIT_REMINDER: 'Deposit reminder',
    email_BALANCE_REMINDER: 'Balance reminder',
    email_CANCELLATION: 'Cancellation',
    email_OWNER_NEW_BOOKING: 'New booking (for you)',
    email_BOOKING_EXPIRED: 'Booking expired',
    email_LATE_PAYMENT_REFUNDED: 'Late payment refunded',
    email_OWNER_LATE_PAYMENT_REFUNDED: 'Late payment refunded (for you)',
    email_DUPLICATE_PAYMENT_REFUNDED: 'Duplicate payment refunded',
    email_WRONG_AMOUNT_REFUNDED: 'Wrong amount refunded',
  },
});

export type LabelKey = keyof typeof labels.fr;

/** A value the API may extend (an email's kind): its label when known, else the value itself. */
export function labelOr(lang: Lang, key: string): string | null {
  const table: Record<string, string> = labels[lang];
  return key in table ? table[key] : null;
}

export const STATUSES = ['OPTION', 'CONFIRMED', 'PAID', 'CANCELLED'] as const;
export const ORIGINS = ['BACK_OFFICE', 'ONLINE', 'MARKETPLACE', 'CHANNEL', 'ICAL'] as const;
export const METHODS = ['TRANSFER', 'CHEQUE', 'HOLIDAY_VOUCHERS', 'CASH', 'CARD', 'ONLINE'] as const;

/** "DUPONT Marie", or the company when the file names one. */
export function guestName(guest: { lastName: string; firstName?: string | null; company?: string | null }): string {
  const person = [guest.lastName.toUpperCase(), guest.firstName ?? ''].join(' ').trim();
  return guest.company ? `${person} (${guest.company})` : person;
}
