import type { Lang } from '../../../shared/kernel/lang';
import type { DepositKind } from '../../../shared/kernel/payment-terms';
import type { DossierStatusFact } from '../../domain/document/document-facts';
import type { EmailFacts, EmailKind } from '../../domain/email/email-facts';

/*
 * Each email's words, French then English side by side, so that a change to one language shows
 * where the other needs the same. `email-text.ts` puts them together with the figures.
 */

/** The figures of one email, already written in its language. */
export interface Figures {
  /** "réservation n° 12", or "réservation" while the file has no number yet. */
  readonly numbered: (noun: string) => string;
  readonly guest: string;
  readonly deposit: string;
  /** The first payment by its name: arrhes or an acompte, in French with its article. */
  readonly depositName: DepositName;
  readonly depositDue: string;
  /** What is left of the deposit once partial payments are counted. */
  readonly depositLeft: string;
  readonly balance: string;
  readonly balanceDue: string;
  readonly overpaid: string;
  readonly payment: { readonly amount: string; readonly date: string } | null;
  /** The day an unpaid option goes, or went: set only where the email tells of it. */
  readonly releaseOn: string | null;
  /** In a cancellation, what becomes of the money, as the owner's word on who gave up the stay makes it. */
  readonly settlement: string | null;
}

export interface DepositName {
  /** "l'acompte", "les arrhes" */
  readonly the: string;
  /** "de l'acompte", "des arrhes" */
  readonly ofThe: string;
  /** "le", "les": what stands for it in the next sentence. */
  readonly it: string;
  /** "Acompte", "Arrhes" */
  readonly label: string;
}

/** The subject and opening paragraphs of each kind of email. */
type Opening = (f: Figures, facts: EmailFacts) => { readonly subject: string; readonly paragraphs: readonly string[] };

export interface Words {
  readonly copy: string;
  readonly number: (n: number) => string;
  readonly hello: (name: string) => string;
  /** To the owner, or to a guest whose name is not known. */
  readonly helloWithoutName: string;
  readonly regards: string;
  readonly stay: (arrival: string, departure: string) => string;
  readonly headings: { readonly stays: string; readonly staysToOwner: string; readonly amounts: string };
  readonly labels: { readonly booking: string; readonly guest: string; readonly email: string; readonly phone: string; readonly total: string; readonly paid: string };
  readonly depositName: (kind: DepositKind) => DepositName;
  readonly depositLabel: (name: DepositName, due: string) => string;
  readonly balanceLabel: (due: string) => string;
  /** The stay's taxe de séjour, paid apart from the total. */
  readonly touristTax: (amount: string) => string;
  /** The booking file's document as the guest knows it, by status: capitalised for the subject. */
  readonly document: (status: DossierStatusFact) => { readonly subject: string; readonly attached: string };
  /** What the guest still has to do, after a document, a notification or a payment. */
  readonly next: (status: DossierStatusFact, f: Figures, facts: EmailFacts, withDocument: boolean) => string | null;
  readonly openings: Record<EmailKind, Opening>;
}

/**
 * A file's first payment is arrhes or an acompte, which bind the guest differently (see
 * GLOSSARY.md): the French names which, with the article each takes (feminine plural arrhes).
 */
const FR: Words = {
  copy: 'Copie : ',
  number: (n) => `n° ${n}`,
  hello: (name) => `Bonjour ${name},`,
  helloWithoutName: 'Bonjour,',
  regards: 'Cordialement,',
  stay: (arrival, departure) => `du ${arrival} au ${departure}`,
  headings: { stays: 'Votre séjour', staysToOwner: 'Séjour', amounts: 'Montants' },
  labels: { booking: 'Réservation', guest: 'Client', email: 'E-mail', phone: 'Téléphone', total: 'Total du séjour', paid: 'Déjà réglé' },
  depositName: (kind) =>
    kind === 'ARRHES' ? { the: 'les arrhes', ofThe: 'des arrhes', it: 'les', label: 'Arrhes' } : { the: "l'acompte", ofThe: "de l'acompte", it: 'le', label: 'Acompte' },
  depositLabel: (name, due) => `${name.label}, avant le ${due}`,
  balanceLabel: (due) => `Reste à régler, avant le ${due}`,
  touristTax: (amount) => `Taxe de séjour, en sus du total : ${amount}`,
  document: (status) => {
    switch (status) {
      case 'OPTION':
        return { subject: 'Proposition de location', attached: 'notre proposition de location' };
      case 'CONFIRMED':
      case 'PAID':
        return { subject: 'Contrat de location', attached: 'le contrat de location' };
      case 'CANCELLED':
        return { subject: 'Réservation', attached: 'le dossier de la réservation' };
    }
  },
  next: (status, f, facts, withDocument) => {
    const signed = withDocument ? 'Merci de nous en retourner un exemplaire daté et signé. ' : '';
    switch (status) {
      case 'OPTION':
        return withDocument
          ? `Si elle vous convient, merci de nous la retourner datée et signée, accompagnée ${f.depositName.ofThe} de ${f.depositLeft}, avant le ${f.depositDue}.`
          : `Elle sera confirmée à réception ${f.depositName.ofThe} de ${f.depositLeft}, à nous faire parvenir avant le ${f.depositDue}.`;
      case 'CONFIRMED':
        return facts.dossier.balance.cents > 0 ? `${signed}Le solde de ${f.balance} sera à régler avant le ${f.balanceDue}.` : `${signed}Votre séjour est entièrement réglé.`;
      case 'PAID':
        return `${signed}Votre séjour est entièrement réglé.`;
      case 'CANCELLED':
        return null;
    }
  },
  openings: {
    BOOKING_REQUEST_RECEIVED: (f) => ({
      subject: `Votre demande de ${f.numbered('réservation')}`,
      paragraphs: [`Nous avons bien reçu votre demande de ${f.numbered('réservation')} et vous en remercions.`, 'Nous revenons vers vous très vite pour la confirmer. Vous en trouverez le récapitulatif ci-dessous.'],
    }),
    DOSSIER_DOCUMENT: (f, facts) => {
      const document = FR.document(facts.dossier.status);
      const next = FR.next(facts.dossier.status, f, facts, facts.withDocument);
      const first = facts.withDocument ? `Veuillez trouver ci-joint ${f.numbered(document.attached)}.` : `Votre ${f.numbered('réservation')} est bien enregistrée. Vous en trouverez le récapitulatif ci-dessous.`;
      return { subject: f.numbered(document.subject), paragraphs: next ? [first, next] : [first] };
    },
    PAYMENT_RECEIVED: (f, facts) => {
      const payment = paymentOf(facts, f);
      const remains = whatRemainsFR(f, facts);
      return payment.refund
        ? { subject: `Remboursement – ${f.numbered('réservation')}`, paragraphs: [`Nous vous avons remboursé ${payment.amount} le ${payment.date} au titre de la ${f.numbered('réservation')}.`, remains].filter(isText) }
        : { subject: `Règlement reçu – ${f.numbered('réservation')}`, paragraphs: [`Nous avons bien reçu votre règlement de ${payment.amount} du ${payment.date} pour la ${f.numbered('réservation')} et vous en remercions.`, remains].filter(isText) };
    },
    DEPOSIT_REMINDER: (f) => ({
      subject: `Rappel : ${f.depositName.label.toLowerCase()} de la ${f.numbered('réservation')}`,
      paragraphs: [
        `Sauf erreur de notre part, nous n'avons pas encore reçu ${f.depositName.the} de ${f.depositLeft} de votre ${f.numbered('réservation')}, attendu${f.depositName.it === 'les' ? 'es' : ''} pour le ${f.depositDue}.`,
        ...(f.releaseOn === null ? [] : [`Sans règlement de votre part, votre option sera considérée comme non acceptée et les dates seront libérées le ${f.releaseOn}.`]),
        `Merci de nous ${f.depositName.it} faire parvenir au plus vite afin de confirmer votre séjour. Si votre règlement est déjà en route, merci de ne pas tenir compte de ce message.`,
      ],
    }),
    BALANCE_REMINDER: (f) => ({
      subject: `Rappel : solde de la ${f.numbered('réservation')}`,
      paragraphs: [`Votre séjour approche : le solde de ${f.balance} de votre ${f.numbered('réservation')} est à régler avant le ${f.balanceDue}.`, "Si vous l'avez déjà réglé, merci de ne pas tenir compte de ce message."],
    }),
    CANCELLATION: (f) => ({
      subject: `Annulation de la ${f.numbered('réservation')}`,
      paragraphs: [
        f.releaseOn === null
          ? `Nous vous confirmons l'annulation de votre ${f.numbered('réservation')}.`
          : `Faute d'avoir reçu ${f.depositName.the} attendu${f.depositName.it === 'les' ? 'es' : ''} pour le ${f.depositDue}, votre option de ${f.numbered('réservation')} est considérée comme non acceptée : nous l'avons annulée et les dates sont de nouveau disponibles.`,
        ...(f.settlement === null ? [] : [f.settlement]),
        "Pour toute question, n'hésitez pas à nous répondre.",
      ],
    }),
    OWNER_NEW_BOOKING: (f) => ({
      subject: `${f.numbered('Nouvelle réservation en ligne')} – ${f.guest}`,
      paragraphs: [`${f.guest} vient de réserver en ligne : ${f.numbered('réservation')}.`, 'Vous la retrouverez avec vos autres réservations dans votre espace de gestion.'],
    }),
  },
};

const EN: Words = {
  copy: 'Copy: ',
  number: (n) => `no. ${n}`,
  hello: (name) => `Hello ${name},`,
  helloWithoutName: 'Hello,',
  regards: 'Kind regards,',
  stay: (arrival, departure) => `from ${arrival} to ${departure}`,
  headings: { stays: 'Your stay', staysToOwner: 'Stay', amounts: 'Amounts' },
  labels: { booking: 'Booking', guest: 'Guest', email: 'Email', phone: 'Phone', total: 'Total for the stay', paid: 'Paid so far' },
  depositName: () => ({ the: 'the deposit', ofThe: 'of the deposit', it: 'it', label: 'Deposit' }),
  depositLabel: (name, due) => `${name.label}, due by ${due}`,
  balanceLabel: (due) => `Balance, due by ${due}`,
  touristTax: (amount) => `Tourist tax, on top of the total: ${amount}`,
  document: (status) => {
    switch (status) {
      case 'OPTION':
        return { subject: 'Rental proposal', attached: 'our rental proposal' };
      case 'CONFIRMED':
      case 'PAID':
        return { subject: 'Rental contract', attached: 'the rental contract' };
      case 'CANCELLED':
        return { subject: 'Booking', attached: 'the booking file' };
    }
  },
  next: (status, f, facts, withDocument) => {
    const signed = withDocument ? 'Please return a dated and signed copy to us. ' : '';
    switch (status) {
      case 'OPTION':
        return withDocument
          ? `If it suits you, please return it to us dated and signed, together with the deposit of ${f.depositLeft}, by ${f.depositDue}.`
          : `It will be confirmed once we receive the deposit of ${f.depositLeft}, due by ${f.depositDue}.`;
      case 'CONFIRMED':
        return facts.dossier.balance.cents > 0 ? `${signed}The balance of ${f.balance} is due by ${f.balanceDue}.` : `${signed}Your stay is paid in full.`;
      case 'PAID':
        return `${signed}Your stay is paid in full.`;
      case 'CANCELLED':
        return null;
    }
  },
  openings: {
    BOOKING_REQUEST_RECEIVED: (f) => ({
      subject: `Your ${f.numbered('booking request')}`,
      paragraphs: [`Thank you: we have received your ${f.numbered('booking request')}.`, 'We will come back to you shortly to confirm it. You will find a summary below.'],
    }),
    DOSSIER_DOCUMENT: (f, facts) => {
      const document = EN.document(facts.dossier.status);
      const next = EN.next(facts.dossier.status, f, facts, facts.withDocument);
      const first = facts.withDocument ? `Please find attached ${f.numbered(document.attached)}.` : `Your ${f.numbered('booking')} is registered. You will find a summary below.`;
      return { subject: f.numbered(document.subject), paragraphs: next ? [first, next] : [first] };
    },
    PAYMENT_RECEIVED: (f, facts) => {
      const payment = paymentOf(facts, f);
      const remains = whatRemainsEN(f, facts);
      return payment.refund
        ? { subject: `Refund – ${f.numbered('booking')}`, paragraphs: [`We have refunded ${payment.amount} to you on ${payment.date} for ${f.numbered('booking')}.`, remains].filter(isText) }
        : { subject: `Payment received – ${f.numbered('booking')}`, paragraphs: [`We have received your payment of ${payment.amount} made on ${payment.date} for ${f.numbered('booking')}. Thank you.`, remains].filter(isText) };
    },
    DEPOSIT_REMINDER: (f) => ({
      subject: `Reminder: deposit for ${f.numbered('booking')}`,
      paragraphs: [
        `Unless we are mistaken, we have not yet received the deposit of ${f.depositLeft} for your ${f.numbered('booking')}, which was due on ${f.depositDue}.`,
        ...(f.releaseOn === null ? [] : [`Without your payment, your option will be considered as not accepted and the dates released on ${f.releaseOn}.`]),
        'Please send it as soon as possible to confirm your stay. If your payment is already on its way, please disregard this message.',
      ],
    }),
    BALANCE_REMINDER: (f) => ({
      subject: `Reminder: balance for ${f.numbered('booking')}`,
      paragraphs: [`Your stay is getting close: the balance of ${f.balance} for your ${f.numbered('booking')} is due by ${f.balanceDue}.`, 'If you have already paid it, please disregard this message.'],
    }),
    CANCELLATION: (f) => ({
      subject: `Cancellation of ${f.numbered('booking')}`,
      paragraphs: [
        f.releaseOn === null
          ? `We confirm that your ${f.numbered('booking')} has been cancelled.`
          : `As we have not received the deposit due on ${f.depositDue}, your option (${f.numbered('booking')}) is considered as not accepted: we have cancelled it and the dates are available again.`,
        ...(f.settlement === null ? [] : [f.settlement]),
        'If you have any question, simply reply to this message.',
      ],
    }),
    OWNER_NEW_BOOKING: (f) => ({
      subject: `${f.numbered('New online booking')} – ${f.guest}`,
      paragraphs: [`${f.guest} has just booked online: ${f.numbered('booking')}.`, 'You will find it with your other bookings in your dashboard.'],
    }),
  },
};

export const WORDS: Record<Lang, Words> = { FR, EN };

/** Nothing is due on a cancelled booking: whatever the owner keeps or repays, the payment email only records it. */
function whatRemainsFR(f: Figures, facts: EmailFacts): string | null {
  const { status, balance, paid, deposit } = facts.dossier;
  if (status === 'CANCELLED') return null;
  if (status === 'OPTION' && paid.cents < deposit.amount.cents) return `Pour confirmer votre réservation, il reste ${f.depositLeft} à verser avant le ${f.depositDue}.`;
  if (balance.cents > 0) return `Il reste ${f.balance} à régler, avant le ${f.balanceDue}.`;
  if (balance.cents < 0) return `Vous avez versé ${f.overpaid} de plus que le total de votre séjour : nous vous les rembourserons.`;
  return 'Votre séjour est désormais entièrement réglé.';
}

function whatRemainsEN(f: Figures, facts: EmailFacts): string | null {
  const { status, balance, paid, deposit } = facts.dossier;
  if (status === 'CANCELLED') return null;
  if (status === 'OPTION' && paid.cents < deposit.amount.cents) return `To confirm your booking, ${f.depositLeft} remains to be paid by ${f.depositDue}.`;
  if (balance.cents > 0) return `${f.balance} remains to be paid, by ${f.balanceDue}.`;
  if (balance.cents < 0) return `You have paid ${f.overpaid} more than the total of your stay: we will refund it.`;
  return 'Your stay is now paid in full.';
}

const isText = (p: string | null): p is string => p !== null;

function paymentOf(facts: EmailFacts, f: Figures): { amount: string; date: string; refund: boolean } {
  if (!facts.payment || !f.payment) throw new Error('A PAYMENT_RECEIVED email needs the payment it acknowledges');
  return { ...f.payment, refund: facts.payment.amount.cents < 0 };
}
