import type { Lang } from '../../../shared/kernel/lang';
import type { EmailFacts, EmailKind } from '../../domain/email/email-facts';
import { formatAmount, longDate } from '../../../shared/kernel/formats';
import { WORDS, type Figures, type Words } from './email-wording';

/**
 * What an email says, in its language, before any markup: `emailContent` lays the same text out
 * as HTML and as plain text. Values are plain text; owner texts may hold line breaks.
 */
export interface EmailText {
  readonly lang: Lang;
  readonly subject: string;
  readonly sender: string;
  readonly greeting: string;
  readonly paragraphs: readonly string[];
  readonly details: readonly TextLine[];
  readonly staysHeading: string;
  /** `touristTax`: the stay's tax and how it was found, line by line; empty when it has none or the file is cancelled. */
  readonly stays: readonly { readonly accommodation: string; readonly dates: string; readonly occupants: string; readonly touristTax: readonly string[] }[];
  readonly amountsHeading: string;
  readonly amounts: readonly TextLine[];
  /** "Cordialement," and who signs; null where the owner writes to themselves. */
  readonly closing: { readonly formula: string; readonly signature: string } | null;
  readonly footer: readonly string[];
}

export interface TextLine {
  readonly label: string;
  readonly value: string;
}

/** Names and labels come from forms: a line break there would break a subject or a table cell. */
export const oneLine = (text: string): string =>
  text
    // eslint-disable-next-line no-control-regex -- control characters are what is being removed
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();

function figures(facts: EmailFacts): Figures {
  const { lang, dossier } = facts;
  const words = WORDS[lang];
  const amount = (cents: number) => formatAmount(cents, lang);
  const left = dossier.deposit.amount.cents - dossier.paid.cents;
  return {
    numbered: (noun) => (dossier.number === null ? noun : `${noun} ${words.number(dossier.number)}`.trim()),
    guest: oneLine(dossier.guestName),
    deposit: amount(dossier.deposit.amount.cents),
    depositName: words.depositName(dossier.deposit.kind),
    depositDue: longDate(dossier.deposit.dueDate, lang),
    // A partial payment lowers what is asked; nothing left (the caller sent a reminder anyway) asks the whole.
    depositLeft: amount(left > 0 ? left : dossier.deposit.amount.cents),
    balance: amount(dossier.balance.cents),
    balanceDue: longDate(dossier.balanceDueDate, lang),
    overpaid: amount(-dossier.balance.cents),
    payment: facts.payment ? { amount: amount(Math.abs(facts.payment.amount.cents)), date: longDate(facts.payment.date, lang) } : null,
    releaseOn: facts.optionRelease ? longDate(facts.optionRelease.releaseOn, lang) : null,
    settlement: facts.settlement ?? null,
  };
}

/** The lines of the amounts table each kind shows. */
const AMOUNTS: Record<EmailKind, readonly ('deposit' | 'paid' | 'balance')[]> = {
  BOOKING_REQUEST_RECEIVED: ['deposit'],
  DOSSIER_DOCUMENT: ['deposit', 'paid', 'balance'],
  PAYMENT_RECEIVED: ['paid', 'balance'],
  DEPOSIT_REMINDER: ['deposit', 'paid'],
  BALANCE_REMINDER: ['paid', 'balance'],
  CANCELLATION: ['paid'],
  OWNER_NEW_BOOKING: ['deposit', 'paid'],
};

function amounts(facts: EmailFacts, f: Figures, words: Words): TextLine[] {
  const { dossier, lang } = facts;
  const lines: TextLine[] = [{ label: words.labels.total, value: formatAmount(dossier.total.cents, lang) }];
  for (const line of AMOUNTS[facts.kind]) {
    // The deposit only matters while the file waits for it, which its status says.
    if (line === 'deposit' && dossier.status === 'OPTION') lines.push({ label: words.depositLabel(f.depositName, f.depositDue), value: f.deposit });
    if (line === 'paid' && dossier.paid.cents !== 0) lines.push({ label: words.labels.paid, value: formatAmount(dossier.paid.cents, lang) });
    if (line === 'balance' && dossier.balance.cents > 0 && dossier.status !== 'CANCELLED') lines.push({ label: words.balanceLabel(f.balanceDue), value: f.balance });
  }
  return lines;
}

/** Whether the email names the guest's details: where it announces a booking rather than answers the guest about it. */
/**
 * An alert to the owner about the platform itself (a calendar that went silent, a webhook
 * switched off): a greeting, the opening's paragraphs and the footer, no stays nor amounts.
 */
export function ownerAlertText(facts: { readonly lang: Lang; readonly sender: string; readonly footer: readonly string[] }, opening: { readonly subject: string; readonly paragraphs: readonly string[] }): EmailText {
  const common = WORDS[facts.lang];
  return {
    lang: facts.lang,
    subject: oneLine(opening.subject),
    sender: oneLine(facts.sender),
    greeting: common.helloWithoutName,
    paragraphs: opening.paragraphs,
    details: [],
    staysHeading: common.headings.staysToOwner,
    stays: [],
    amountsHeading: common.headings.amounts,
    amounts: [],
    closing: null,
    footer: facts.footer.filter((line) => line.trim() !== ''),
  };
}

const showsGuest = (facts: EmailFacts): boolean => facts.kind === 'OWNER_NEW_BOOKING' || (facts.kind === 'DOSSIER_DOCUMENT' && !facts.withDocument);

/** The words of one email, from its facts. */
export function emailText(facts: EmailFacts): EmailText {
  const words = WORDS[facts.lang];
  const f = figures(facts);
  const { dossier } = facts;
  const standard = words.openings[facts.kind](f, facts);
  // Owners word only the email that carries (or announces) their document; see EmailSettings.
  const ownWording = facts.kind === 'DOSSIER_DOCUMENT';
  const subject = (ownWording && facts.subject?.trim()) || standard.subject;
  const introduction = ownWording && facts.introduction?.trim() ? [facts.introduction.trim()] : standard.paragraphs;
  const details: TextLine[] = [];
  if (dossier.number !== null) details.push({ label: words.labels.booking, value: words.number(dossier.number) });
  if (showsGuest(facts)) {
    details.push({ label: words.labels.guest, value: f.guest });
    if (dossier.guestEmail) details.push({ label: words.labels.email, value: oneLine(dossier.guestEmail) });
    if (dossier.guestPhone) details.push({ label: words.labels.phone, value: oneLine(dossier.guestPhone) });
  }
  const toOwner = facts.kind === 'OWNER_NEW_BOOKING';
  return {
    lang: facts.lang,
    subject: oneLine(`${facts.copy ? words.copy : ''}${subject}`),
    sender: oneLine(facts.sender),
    greeting: toOwner || !f.guest ? words.helloWithoutName : words.hello(f.guest),
    paragraphs: introduction,
    details,
    staysHeading: toOwner ? words.headings.staysToOwner : words.headings.stays,
    stays: dossier.stays.map((stay) => ({
      accommodation: oneLine(stay.accommodationName),
      dates: words.stay(longDate(stay.arrival, facts.lang), longDate(stay.departure, facts.lang)),
      occupants: stay.occupants
        .filter((o) => o.count > 0)
        .map((o) => `${o.count} ${oneLine(o.label)}`)
        .join(', '),
      touristTax:
        stay.touristTax.cents > 0 && dossier.status !== 'CANCELLED' ? [words.touristTax(formatAmount(stay.touristTax.cents, facts.lang)), ...stay.touristTaxLines.map(oneLine)] : [],
    })),
    amountsHeading: words.headings.amounts,
    amounts: amounts(facts, f, words),
    closing: toOwner ? null : { formula: words.regards, signature: oneLine(facts.sender) },
    footer: facts.footer.filter((line) => line.trim() !== ''),
  };
}
