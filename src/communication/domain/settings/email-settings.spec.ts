import { InvalidInput } from '../../../shared/kernel/errors';
import { TEXT_LIMITS } from '../../../shared/kernel/text';
import { DEFAULT_EMAIL_SETTINGS, languageFor, MAX_REMINDER_DAYS, parseEmailSettings, type EmailSettings, type EmailSettingsInput } from './email-settings';

/** An owner who already chose everything, away from every default. */
const CUSTOMISED: EmailSettings = {
  footer: { fr: 'Domaine des Vignes\n84000 Avignon', en: null },
  copyToOwner: false,
  onlineBooking: 'NOTIFICATION',
  subject: { fr: 'Votre séjour au Domaine', en: 'Your stay at the Domaine' },
  introduction: { fr: 'Bonjour,\nvoici votre contrat.', en: 'Hello,\nhere is your contract.' },
  languages: ['EN'],
  balanceReminderDays: 14,
  depositReminder: false,
};

const parse = (input: EmailSettingsInput, current: EmailSettings = DEFAULT_EMAIL_SETTINGS) => parseEmailSettings('input', input, current);

function refusal(input: EmailSettingsInput, current: EmailSettings = DEFAULT_EMAIL_SETTINGS): InvalidInput {
  try {
    parse(input, current);
  } catch (error) {
    if (error instanceof InvalidInput) return error;
    throw error;
  }
  throw new Error('expected the input to be refused, but it was accepted');
}

describe('Email settings', () => {
  describe('defaults', () => {
    it('sends the document with a copy to the owner, in French and English, and reminds of the deposit and of the balance a week ahead, when nothing is sent', () =>
      expect(parse({})).toEqual({
        footer: { fr: null, en: null },
        copyToOwner: true,
        onlineBooking: 'WITH_DOCUMENT',
        subject: { fr: null, en: null },
        introduction: { fr: null, en: null },
        languages: ['FR', 'EN'],
        balanceReminderDays: 7,
        depositReminder: true,
      }));

    it('takes every field sent as null as left out', () =>
      expect(
        parse({ footer: null, copyToOwner: null, onlineBooking: null, subject: null, introduction: null, languages: null, balanceReminderDays: null, depositReminder: null }, CUSTOMISED),
      ).toEqual(CUSTOMISED));
  });

  describe('a field left out keeps what the owner saved', () => {
    it('keeps every field not sent when one is', () => expect(parse({ copyToOwner: true }, CUSTOMISED)).toEqual({ ...CUSTOMISED, copyToOwner: true }));

    it('lets two tabs save different fields without one undoing the other', () => {
      const remindersTab: EmailSettingsInput = { balanceReminderDays: 3, depositReminder: true };
      const wordingTab: EmailSettingsInput = { subject: { fr: 'Votre contrat', en: 'Your contract' } };
      expect(parse(wordingTab, parse(remindersTab, CUSTOMISED))).toEqual({
        ...CUSTOMISED,
        balanceReminderDays: 3,
        depositReminder: true,
        subject: { fr: 'Votre contrat', en: 'Your contract' },
      });
    });

    it('keeps the balance reminder off when the days are left out', () => expect(parse({ depositReminder: true }, { ...CUSTOMISED, balanceReminderDays: null }).balanceReminderDays).toBeNull());
  });

  describe('texts', () => {
    it('clears a text sent empty or blank, so the standard one is used', () =>
      expect(parse({ subject: { fr: '', en: '  ' }, footer: { fr: '' } }, CUSTOMISED)).toMatchObject({ subject: { fr: null, en: null }, footer: { fr: null, en: null } }));

    it('trims the texts it keeps', () => expect(parse({ subject: { fr: '  Votre contrat ' } }).subject).toEqual({ fr: 'Votre contrat', en: null }));

    it('keeps line breaks in the footer and the introduction', () =>
      expect(parse({ footer: { fr: 'Domaine des Vignes\r\n84000 Avignon' }, introduction: { en: 'Hello,\n\nhere is your contract.' } })).toMatchObject({
        footer: { fr: 'Domaine des Vignes\r\n84000 Avignon' },
        introduction: { en: 'Hello,\n\nhere is your contract.' },
      }));

    // A line break in a subject would let an owner forge a header line of the email.
    it.each(['Votre contrat\nBcc: tous@example.fr', 'Votre contrat\r\nX-Priority: 1'])('refuses a subject on two lines, naming it', (fr) =>
      expect(refusal({ subject: { fr } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.subject.fr', message: 'input.subject.fr: must fit on one line' }));

    it.each<[string, EmailSettingsInput]>([
      [`a subject of ${TEXT_LIMITS.line} characters`, { subject: { fr: 's'.repeat(TEXT_LIMITS.line) } }],
      ['a footer of 1000 characters', { footer: { en: 'f'.repeat(1000) } }],
      [`an introduction of ${TEXT_LIMITS.long} characters`, { introduction: { fr: 'i'.repeat(TEXT_LIMITS.long) } }],
    ])('accepts %s', (_, input) => expect(() => parse(input)).not.toThrow());

    it.each<[string, EmailSettingsInput, string]>([
      [`a subject over ${TEXT_LIMITS.line} characters, a line’s limit`, { subject: { en: 's'.repeat(TEXT_LIMITS.line + 1) } }, 'input.subject.en'],
      ['a footer over 1000 characters', { footer: { fr: 'f'.repeat(1001) } }, 'input.footer.fr'],
      [`an introduction over ${TEXT_LIMITS.long} characters`, { introduction: { en: 'i'.repeat(TEXT_LIMITS.long + 1) } }, 'input.introduction.en'],
    ])('refuses %s, naming the field', (_, input, field) => expect(refusal(input)).toMatchObject({ code: 'BAD_USER_INPUT', field }));

    it.each<[string, EmailSettingsInput, string]>([
      ['a NUL in the subject', { subject: { fr: 'Contrat\u0000' } }, 'input.subject.fr'],
      ['a terminal escape in the footer', { footer: { en: 'Vignes\u001B[2J' } }, 'input.footer.en'],
      ['a right-to-left override in the introduction', { introduction: { fr: 'Bonjour \u202Eelbadnuobmer non' } }, 'input.introduction.fr'],
    ])('refuses %s, a control character', (_, input, field) => expect(refusal(input)).toMatchObject({ code: 'BAD_USER_INPUT', field }));
  });

  describe('online booking', () => {
    it('sends a notification instead of the document when the owner chooses it', () => expect(parse({ onlineBooking: 'NOTIFICATION' }).onlineBooking).toBe('NOTIFICATION'));

    it.each(['SMS', 'notification', ''])('refuses the unknown choice "%s", naming the field', (onlineBooking) =>
      expect(refusal({ onlineBooking })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.onlineBooking', message: 'input.onlineBooking: must be one of WITH_DOCUMENT, NOTIFICATION' }));
  });

  describe('languages', () => {
    it.each<[readonly string[], readonly string[]]>([
      [['EN', 'FR'], ['EN', 'FR']],
      [['FR', 'EN'], ['FR', 'EN']],
      [['EN'], ['EN']],
      [['FR'], ['FR']],
      [['EN', 'EN', 'FR'], ['EN', 'FR']],
    ])('keeps %j as %j, in the owner’s order (the first is written in when a guest’s language is unknown), each once', (languages, expected) => expect(parse({ languages }).languages).toEqual(expected));

    it.each<[string, readonly string[], string]>([
      ['no language at all', [], 'input.languages: must offer at least one language'],
      ['a language the platform does not speak', ['FR', 'DE'], 'input.languages: DE is not one of FR, EN'],
      ['a language in lower case', ['fr'], 'input.languages: fr is not one of FR, EN'],
    ])('refuses %s, naming the field', (_, languages, message) => expect(refusal({ languages })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.languages', message }));
  });

  describe('reminders', () => {
    it('turns the balance reminder off for 0 days', () => expect(parse({ balanceReminderDays: 0 }).balanceReminderDays).toBeNull());

    it.each([1, 30, MAX_REMINDER_DAYS])('reminds of the balance %i days ahead', (days) => expect(parse({ balanceReminderDays: days }).balanceReminderDays).toBe(days));

    it.each([MAX_REMINDER_DAYS + 1, -1, 2.5, Number.NaN])('refuses a balance reminder %p days ahead, naming the field', (balanceReminderDays) =>
      expect(refusal({ balanceReminderDays })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.balanceReminderDays' }));

    it('stops reminding of the deposit when the owner says so', () => expect(parse({ depositReminder: false }).depositReminder).toBe(false));
  });

  it('names the field at fault under the prefix it is given', () => {
    const act = () => parseEmailSettings('settings.email', { languages: [] }, DEFAULT_EMAIL_SETTINGS);
    expect(act).toThrow(InvalidInput);
    expect(act).toThrow(expect.objectContaining({ field: 'settings.email.languages' }));
  });
});

describe('The language a guest is written to', () => {
  const both = DEFAULT_EMAIL_SETTINGS;
  const englishOnly: EmailSettings = { ...DEFAULT_EMAIL_SETTINGS, languages: ['EN'] };

  it('is the one the guest asked for when the owner offers it', () => expect(languageFor(both, 'EN')).toBe('EN'));

  it('is the owner’s first when the guest asked for none', () => expect(languageFor(both, null)).toBe('FR'));

  it('is the owner’s first when the one asked for is not offered', () => expect(languageFor(englishOnly, 'FR')).toBe('EN'));
});
