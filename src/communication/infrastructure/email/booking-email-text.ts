import { formatAmount, longDate } from '../../../shared/kernel/formats';
import type { Lang } from '../../../shared/kernel/lang';
import type { BookingEmailFacts, BookingEmailKind } from '../../domain/email/email-facts';
import { oneLine, type EmailText, type TextLine } from './email-text';
import { WORDS } from './email-wording';

/** The figures of a booking email, already written in its language. */
interface BookingFigures {
  readonly guest: string;
  readonly accommodation: string;
  readonly arrival: string;
  readonly departure: string;
  /** What is given back, when known. */
  readonly refund: string | null;
}

type Opening = (f: BookingFigures) => { readonly subject: string; readonly paragraphs: readonly string[] };

interface BookingWords {
  readonly refunded: string;
  readonly openings: Record<BookingEmailKind, Opening>;
}

/** A name in French quotes, held to them by no-break spaces. */
export const quoted = (name: string): string => `«\u00a0${name}\u00a0»`;

/*
 * French then English side by side, as in `email-wording.ts`. The online payment may be arrhes or
 * an acompte, which the booking does not say: the French names neither, the English says deposit
 * as it does for both.
 */
const FR: BookingWords = {
  refunded: 'Remboursé',
  openings: {
    BOOKING_EXPIRED: (f) => ({
      subject: `Réservation non confirmée – ${f.accommodation}`,
      paragraphs: [
        "Votre réservation n'a pas été confirmée : le paiement demandé pour la confirmer ne nous est pas parvenu dans le délai prévu.",
        `Les nuits que nous vous avions réservées à ${quoted(f.accommodation)}, du ${f.arrival} au ${f.departure}, ont donc été libérées.`,
        "Vous pouvez réserver de nouveau, selon les disponibilités. Si votre paiement était déjà en cours, vous n'avez rien à faire : nous vous écrirons dès qu'il nous parviendra.",
      ],
    }),
    LATE_PAYMENT_REFUNDED: (f) => ({
      subject: `Remboursement de votre paiement – ${f.accommodation}`,
      paragraphs: [
        `Votre paiement${f.refund ? ` de ${f.refund}` : ''} nous est parvenu après le délai prévu, alors que les nuits du ${f.arrival} au ${f.departure} à ${quoted(f.accommodation)} avaient entre-temps été réservées par quelqu'un d'autre.`,
        "Nous ne pouvons donc pas confirmer votre réservation : votre paiement vous est intégralement remboursé. Selon votre banque, il apparaîtra sur votre compte d'ici quelques jours.",
        "Nous sommes désolés de ce contretemps. Pour trouver d'autres dates, il vous suffit de répondre à ce message.",
      ],
    }),
    OWNER_LATE_PAYMENT_REFUNDED: (f) => ({
      subject: `Paiement tardif remboursé – ${f.guest}`,
      paragraphs: [
        `${f.guest} a payé en ligne${f.refund ? ` ${f.refund}` : ''} après le délai prévu, alors que les nuits du ${f.arrival} au ${f.departure} à ${quoted(f.accommodation)} avaient entre-temps été réservées.`,
        "Aucune réservation n'a été créée et le paiement est intégralement remboursé. Vous n'avez rien à faire : votre client en a été informé par e-mail.",
      ],
    }),
    DUPLICATE_PAYMENT_REFUNDED: (f) => ({
      subject: `Paiement en double remboursé – ${f.accommodation}`,
      paragraphs: [
        `Nous avons reçu un paiement${f.refund ? ` de ${f.refund}` : ''} pour votre réservation à ${quoted(f.accommodation)}, du ${f.arrival} au ${f.departure}, alors qu'un paiement avait déjà été reçu pour elle.`,
        "Ce paiement en double vous est intégralement remboursé. Selon votre banque, il apparaîtra sur votre compte d'ici quelques jours. Votre réservation n'en est pas modifiée.",
      ],
    }),
    WRONG_AMOUNT_REFUNDED: (f) => ({
      subject: `Paiement remboursé – ${f.accommodation}`,
      paragraphs: [
        `Le paiement${f.refund ? ` de ${f.refund}` : ''} reçu pour votre réservation à ${quoted(f.accommodation)}, du ${f.arrival} au ${f.departure}, ne correspond pas au montant demandé.`,
        "Il vous est intégralement remboursé et ne confirme donc pas votre réservation. Selon votre banque, il apparaîtra sur votre compte d'ici quelques jours. Pour toute question, il vous suffit de répondre à ce message.",
      ],
    }),
  },
};

const EN: BookingWords = {
  refunded: 'Refunded',
  openings: {
    BOOKING_EXPIRED: (f) => ({
      subject: `Booking not confirmed – ${f.accommodation}`,
      paragraphs: [
        'Your booking was not confirmed: the deposit was not received in time.',
        `The nights held for you at ${f.accommodation}, from ${f.arrival} to ${f.departure}, have therefore been released.`,
        'You may book again, subject to availability. If your payment was already under way, there is nothing for you to do: we will write to you as soon as it reaches us.',
      ],
    }),
    LATE_PAYMENT_REFUNDED: (f) => ({
      subject: `Your payment is refunded – ${f.accommodation}`,
      paragraphs: [
        `Your payment${f.refund ? ` of ${f.refund}` : ''} reached us after the time to pay had run out, when the nights from ${f.arrival} to ${f.departure} at ${f.accommodation} had been booked by someone else.`,
        'We therefore cannot confirm your booking: your payment is refunded in full. Depending on your bank, it will show on your account within a few days.',
        'We are sorry for the inconvenience. To find other dates, simply reply to this message.',
      ],
    }),
    OWNER_LATE_PAYMENT_REFUNDED: (f) => ({
      subject: `Late payment refunded – ${f.guest}`,
      paragraphs: [
        `${f.guest} paid${f.refund ? ` ${f.refund}` : ''} online after the time to pay had run out, when the nights from ${f.arrival} to ${f.departure} at ${f.accommodation} had been booked meanwhile.`,
        'No booking was made and the payment is refunded in full. There is nothing for you to do: your guest has been told by email.',
      ],
    }),
    DUPLICATE_PAYMENT_REFUNDED: (f) => ({
      subject: `Duplicate payment refunded – ${f.accommodation}`,
      paragraphs: [
        `We received a payment${f.refund ? ` of ${f.refund}` : ''} for your booking at ${f.accommodation}, from ${f.arrival} to ${f.departure}, which had already been paid for.`,
        'This duplicate payment is refunded in full. Depending on your bank, it will show on your account within a few days. Your booking is unchanged.',
      ],
    }),
    WRONG_AMOUNT_REFUNDED: (f) => ({
      subject: `Payment refunded – ${f.accommodation}`,
      paragraphs: [
        `The payment${f.refund ? ` of ${f.refund}` : ''} received for your booking at ${f.accommodation}, from ${f.arrival} to ${f.departure}, is not the amount asked for.`,
        'It is refunded in full, so it does not confirm your booking. Depending on your bank, it will show on your account within a few days. If you have any question, simply reply to this message.',
      ],
    }),
  },
};

const BOOKING_WORDS: Record<Lang, BookingWords> = { FR, EN };

/** The words of an email about an online booking that has no file, from its facts. */
export function bookingEmailText(facts: BookingEmailFacts): EmailText {
  const { lang, booking } = facts;
  const words = WORDS[lang];
  const own = BOOKING_WORDS[lang];
  const refund = facts.refund && formatAmount(facts.refund.cents, lang);
  const f: BookingFigures = {
    guest: oneLine(booking.guestName),
    accommodation: oneLine(booking.accommodationName),
    arrival: longDate(booking.arrival, lang),
    departure: longDate(booking.departure, lang),
    refund,
  };
  const opening = own.openings[facts.kind](f);
  const toOwner = facts.kind === 'OWNER_LATE_PAYMENT_REFUNDED';
  const details: TextLine[] = [];
  if (toOwner) {
    details.push({ label: words.labels.guest, value: f.guest });
    if (booking.guestEmail) details.push({ label: words.labels.email, value: oneLine(booking.guestEmail) });
    if (booking.guestPhone) details.push({ label: words.labels.phone, value: oneLine(booking.guestPhone) });
  }
  return {
    lang,
    subject: oneLine(opening.subject),
    sender: oneLine(facts.sender),
    greeting: toOwner || !f.guest ? words.helloWithoutName : words.hello(f.guest),
    paragraphs: opening.paragraphs,
    details,
    staysHeading: toOwner ? words.headings.staysToOwner : words.headings.stays,
    stays: [{ accommodation: f.accommodation, dates: words.stay(f.arrival, f.departure), occupants: '', touristTax: [] }],
    amountsHeading: words.headings.amounts,
    amounts: refund && facts.kind !== 'BOOKING_EXPIRED' ? [{ label: own.refunded, value: refund }] : [],
    closing: toOwner ? null : { formula: words.regards, signature: oneLine(facts.sender) },
    footer: facts.footer.filter((line) => line.trim() !== ''),
  };
}
