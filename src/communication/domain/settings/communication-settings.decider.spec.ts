import { givenDecider } from '../../../../test/support/decider-spec';
import { expectUnreadable, itKeepsTheEventContract, oneOfEachType, storedAs } from '../../../../test/support/event-contract-spec';
import { fold } from '../../../shared/kernel/decider';
import { InvalidInput } from '../../../shared/kernel/errors';
import { command, event } from '../../../shared/kernel/message';
import { communicationSettingsEvents } from './communication-settings.events';
import {
  communicationSettingsDecider,
  communicationSettingsStream,
  type CommunicationSettingsCommand,
  type CommunicationSettingsEvent,
} from './communication-settings.decider';
import { DEFAULT_DOCUMENT_SETTINGS, type DocumentSettings, type DocumentSettingsInput } from './document-settings';
import { DEFAULT_EMAIL_SETTINGS, type EmailSettings, type EmailSettingsInput } from './email-settings';

const OWNER = 'owner-1';
const LOGO = 'a3f1'.repeat(16);

const given = givenDecider(communicationSettingsDecider);

const setDocument = (input: DocumentSettingsInput): CommunicationSettingsCommand => command('SetDocumentSettings', { ownerId: OWNER, input });
const setEmail = (input: EmailSettingsInput): CommunicationSettingsCommand => command('SetEmailSettings', { ownerId: OWNER, input });
const documentSet = (settings: DocumentSettings): CommunicationSettingsEvent => event('DocumentSettingsSet', { ownerId: OWNER, settings });
const emailSet = (settings: EmailSettings): CommunicationSettingsEvent => event('EmailSettingsSet', { ownerId: OWNER, settings });

const WITH_HEADER: DocumentSettings = { ...DEFAULT_DOCUMENT_SETTINGS, header: { name: 'Domaine des Vignes', slogan: null, logoImageId: LOGO } };
const HEADER_INPUT: DocumentSettingsInput = { header: { name: 'Domaine des Vignes', slogan: '', logoImageId: LOGO } };
const TERMS = { fr: 'Conditions générales de vente.\nArticle 1.', en: null };
const NOTIFYING: EmailSettings = { ...DEFAULT_EMAIL_SETTINGS, onlineBooking: 'NOTIFICATION', languages: ['EN'], balanceReminderDays: null };

describe('Communication settings', () => {
  describe('the document', () => {
    it('records the whole settings, the defaults filled in, when the owner first sets a part', () =>
      given([]).when(setDocument(HEADER_INPUT)).then([documentSet(WITH_HEADER)]));

    it('records nothing when the same settings are set twice, as a retried request does', () => given([documentSet(WITH_HEADER)]).when(setDocument(HEADER_INPUT)).thenNothing());

    it('records nothing when an owner who set nothing sends the defaults, or nothing at all', () => {
      given([]).when(setDocument({})).thenNothing();
      given([]).when(setDocument({ arrival: { from: '16:00', to: '20:00' }, printTerms: true })).thenNothing();
    });

    it('lets two tabs save different parts without one undoing the other', () =>
      given([documentSet(WITH_HEADER)])
        .when(setDocument({ terms: TERMS }))
        .then([documentSet({ ...WITH_HEADER, terms: TERMS })]));

    it('compares with the latest settings, not the first', () =>
      given([documentSet(WITH_HEADER), documentSet({ ...WITH_HEADER, printTerms: false })])
        .when(setDocument({ printTerms: true }))
        .then([documentSet(WITH_HEADER)]));

    it('records nothing when the held settings came back from the store with their keys in another order', () => {
      const readBack = JSON.parse(JSON.stringify(WITH_HEADER, Object.keys(flatten(WITH_HEADER)).sort())) as DocumentSettings;
      expect(Object.keys(readBack)).not.toEqual(Object.keys(WITH_HEADER));
      given([documentSet(readBack)]).when(setDocument(HEADER_INPUT)).thenNothing();
    });

    it('refuses settings with a wrong hour, naming the field', () =>
      given([]).when(setDocument({ arrival: { from: '9h' } })).thenThrows(InvalidInput, { code: 'BAD_USER_INPUT', field: 'input.arrival.from' }));

    it('refuses an arrival that ends before it starts, naming its end', () =>
      given([]).when(setDocument({ arrival: { from: '18:00', to: '16:00' } })).thenThrows(InvalidInput, { field: 'input.arrival.to' }));
  });

  describe('the emails', () => {
    it('records the whole settings when the owner first sets some', () =>
      given([]).when(setEmail({ onlineBooking: 'NOTIFICATION', languages: ['EN'], balanceReminderDays: 0 })).then([emailSet(NOTIFYING)]));

    it('records nothing when the same settings are set twice', () =>
      given([emailSet(NOTIFYING)]).when(setEmail({ onlineBooking: 'NOTIFICATION', languages: ['EN'], balanceReminderDays: 0 })).thenNothing());

    it('records the languages sent in another order: the first is the one guests get by default', () =>
      given([emailSet(DEFAULT_EMAIL_SETTINGS)])
        .when(setEmail({ languages: ['EN', 'FR'] }))
        .then([emailSet({ ...DEFAULT_EMAIL_SETTINGS, languages: ['EN', 'FR'] })]));

    it('records nothing for the languages sent in the order held', () =>
      given([emailSet(DEFAULT_EMAIL_SETTINGS)]).when(setEmail({ languages: ['FR', 'EN', 'FR'] })).thenNothing());

    it('lets two tabs save different fields without one undoing the other', () =>
      given([emailSet(NOTIFYING)])
        .when(setEmail({ depositReminder: false }))
        .then([emailSet({ ...NOTIFYING, depositReminder: false })]));

    it('refuses a language it does not know, naming the field', () =>
      given([]).when(setEmail({ languages: ['DE'] })).thenThrows(InvalidInput, { field: 'input.languages' }));

    it('refuses a balance reminder further than two months ahead, naming the field', () =>
      given([]).when(setEmail({ balanceReminderDays: 61 })).thenThrows(InvalidInput, { field: 'input.balanceReminderDays' }));
  });

  it('keeps the document and the emails apart: setting one leaves the other as it was', () => {
    given([emailSet(NOTIFYING)]).when(setDocument(HEADER_INPUT)).then([documentSet(WITH_HEADER)]);
    given([documentSet(WITH_HEADER)]).when(setEmail({ languages: ['EN'], onlineBooking: 'NOTIFICATION', balanceReminderDays: 0 })).then([emailSet(NOTIFYING)]);
    expect(fold(communicationSettingsDecider, [emailSet(NOTIFYING), documentSet(WITH_HEADER)])).toEqual({ document: WITH_HEADER, email: NOTIFYING });
  });

  it('gives an owner who set nothing the default document and emails', () =>
    expect(communicationSettingsDecider.initialState()).toEqual({ document: DEFAULT_DOCUMENT_SETTINGS, email: DEFAULT_EMAIL_SETTINGS }));

  it('keeps one stream per owner', () => expect(communicationSettingsStream(OWNER)).toBe('communication-settings-owner-1'));
});

/** Every key at every depth, so that JSON.stringify's key list keeps the nested objects too. */
function flatten(value: unknown, keys: Record<string, true> = {}): Record<string, true> {
  if (value !== null && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) {
      keys[key] = true;
      flatten(inner, keys);
    }
  return keys;
}

describe('The communication settings event contract', () => {
  const codec = communicationSettingsEvents;

  /** Events as the decider writes them, with every nullable value both set and empty. */
  const samples: CommunicationSettingsEvent[] = [
    documentSet(DEFAULT_DOCUMENT_SETTINGS),
    documentSet({
      ...WITH_HEADER,
      header: { name: 'Domaine des Vignes', slogan: 'Le calme au cœur du Luberon', logoImageId: LOGO },
      arrival: { from: null, to: null, note: { fr: 'Clés dans la boîte.', en: 'Keys in the box.' } },
      departure: { before: null, note: { fr: null, en: 'Leave the keys on the table.' } },
      terms: TERMS,
      printTerms: false,
    }),
    emailSet(DEFAULT_EMAIL_SETTINGS),
    emailSet({ ...NOTIFYING, footer: { fr: 'Domaine des Vignes\n84000 Avignon', en: null }, subject: { fr: 'Votre contrat', en: 'Your contract' } }),
  ];

  itKeepsTheEventContract(codec, samples);

  it.each(oneOfEachType(samples).flatMap((e) => Object.keys(e.data.settings).map((key) => [e.type, key, e] as const)))('refuses %s whose settings lack %s', (type, key, e) => {
    const { settings, ...rest } = e.data;
    const data = { ...rest, settings: Object.fromEntries(Object.entries(settings).filter(([field]) => field !== key)) };
    expectUnreadable(() => codec.decode({ type, schemaVersion: 1, data }), type);
  });

  it('refuses a header without its logo, rather than guess there is none', () => {
    const header = { name: null, slogan: null };
    expectUnreadable(() => codec.decode({ type: 'DocumentSettingsSet', schemaVersion: 1, data: { ownerId: OWNER, settings: { ...DEFAULT_DOCUMENT_SETTINGS, header } } }), 'DocumentSettingsSet');
  });

  it('refuses an online booking email it does not know', () =>
    expectUnreadable(
      () => codec.decode({ type: 'EmailSettingsSet', schemaVersion: 1, data: { ownerId: OWNER, settings: { ...DEFAULT_EMAIL_SETTINGS, onlineBooking: 'SMS' } } }),
      'EmailSettingsSet',
    ));

  it('refuses a version newer than the code, rather than guess at its shape', () =>
    expectUnreadable(() => codec.decode({ ...storedAs(samples[0]), schemaVersion: 2 }), 'DocumentSettingsSet'));

  it('refuses a type its stream never holds, such as another stream’s', () => expectUnreadable(() => codec.decode({ type: 'EmailQueued', schemaVersion: 1, data: {} }), 'EmailQueued'));
});
