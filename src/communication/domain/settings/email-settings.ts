import { InvalidInput } from '../../../shared/kernel/errors';
import { LANGS, type Lang } from '../../../shared/kernel/lang';
import { localizedText, type LocalizedText, type LocalizedTextInput } from '../../../shared/kernel/localized-text';
import { TEXT_LIMITS } from '../../../shared/kernel/text';

export const ONLINE_BOOKING_EMAILS = ['WITH_DOCUMENT', 'NOTIFICATION'] as const;
/** What a guest who booked online receives: the document attached, or a notification of the booking. */
export type OnlineBookingEmail = (typeof ONLINE_BOOKING_EMAILS)[number];

/** How an owner's emails read and who gets them (the manual's "Personnalisation des mails"). */
export interface EmailSettings {
  /** Null in a language: a footer made from the owner's details. */
  readonly footer: LocalizedText;
  /** The owner gets a copy of each email a guest gets. */
  readonly copyToOwner: boolean;
  readonly onlineBooking: OnlineBookingEmail;
  /** Of the email that carries the document; null in a language: the standard subject. */
  readonly subject: LocalizedText;
  /** Opens the email that carries the document; null in a language: the standard introduction. */
  readonly introduction: LocalizedText;
  /** The languages the owner writes to guests in; the first when a guest's is unknown. */
  readonly languages: readonly Lang[];
  /** Days before the balance falls due when the guest is reminded; null: no balance reminder. */
  readonly balanceReminderDays: number | null;
  /** Whether the guest is reminded when the deposit's due date passes unpaid. */
  readonly depositReminder: boolean;
}

const none: LocalizedText = { fr: null, en: null };

export const DEFAULT_EMAIL_SETTINGS: EmailSettings = {
  footer: none,
  copyToOwner: true,
  onlineBooking: 'WITH_DOCUMENT',
  subject: none,
  introduction: none,
  languages: ['FR', 'EN'],
  balanceReminderDays: 7,
  depositReminder: true,
};

export interface EmailSettingsInput {
  readonly footer?: LocalizedTextInput | null;
  readonly copyToOwner?: boolean | null;
  readonly onlineBooking?: string | null;
  readonly subject?: LocalizedTextInput | null;
  readonly introduction?: LocalizedTextInput | null;
  readonly languages?: readonly string[] | null;
  /** Null or absent keeps the current choice; 0 turns the reminder off. */
  readonly balanceReminderDays?: number | null;
  readonly depositReminder?: boolean | null;
}

/** Two months: a reminder further ahead than that is not a reminder. */
export const MAX_REMINDER_DAYS = 60;

/** Fields left out keep what `current` has. Validates each, naming the first one at fault under `prefix`. */
export function parseEmailSettings(prefix: string, input: EmailSettingsInput, current: EmailSettings): EmailSettings {
  const at = (field: string) => `${prefix}.${field}`;
  const text = (field: string, value: LocalizedTextInput | null | undefined, was: LocalizedText, max: number, multiline: boolean) =>
    value === undefined || value === null ? was : localizedText(at(field), value, max, { multiline });
  const onlineBooking = input.onlineBooking ?? current.onlineBooking;
  if (!(ONLINE_BOOKING_EMAILS as readonly string[]).includes(onlineBooking)) throw new InvalidInput(at('onlineBooking'), `must be one of ${ONLINE_BOOKING_EMAILS.join(', ')}`);
  return {
    footer: text('footer', input.footer, current.footer, 1000, true),
    copyToOwner: input.copyToOwner ?? current.copyToOwner,
    onlineBooking: onlineBooking as OnlineBookingEmail,
    subject: text('subject', input.subject, current.subject, TEXT_LIMITS.line, false),
    introduction: text('introduction', input.introduction, current.introduction, TEXT_LIMITS.long, true),
    languages: input.languages == null ? current.languages : languages(at('languages'), input.languages),
    balanceReminderDays: input.balanceReminderDays == null ? current.balanceReminderDays : reminderDays(at('balanceReminderDays'), input.balanceReminderDays),
    depositReminder: input.depositReminder ?? current.depositReminder,
  };
}

function languages(field: string, values: readonly string[]): Lang[] {
  const unknown = values.find((v) => !(LANGS as readonly string[]).includes(v));
  if (unknown !== undefined) throw new InvalidInput(field, `${unknown} is not one of ${LANGS.join(', ')}`);
  const chosen = [...new Set(values as Lang[])];
  if (chosen.length === 0) throw new InvalidInput(field, 'must offer at least one language');
  return chosen;
}

function reminderDays(field: string, value: number): number | null {
  if (!Number.isInteger(value) || value < 0 || value > MAX_REMINDER_DAYS) throw new InvalidInput(field, `must be a whole number of days from 0 (no reminder) to ${MAX_REMINDER_DAYS}`);
  return value === 0 ? null : value;
}

/** The language a guest is written to: the one asked for when offered, else the owner's first. */
export function languageFor(settings: EmailSettings, wanted: Lang | null): Lang {
  return wanted !== null && settings.languages.includes(wanted) ? wanted : settings.languages[0];
}

/**
 * The language an owner asks a document or email in: refused on `lang` (BAD_USER_INPUT) when the
 * owner does not write in it, the owner's first when none is asked. `spelled` writes the offered
 * languages as the caller's parameter takes them.
 */
export function offeredLanguage(settings: EmailSettings, asked: Lang | null, spelled: (lang: Lang) => string = (lang) => lang): Lang {
  if (asked === null) return settings.languages[0];
  if (!settings.languages.includes(asked)) throw new InvalidInput('lang', `must be one of the languages you write in: ${settings.languages.map(spelled).join(', ')}`);
  return asked;
}
