import { signUpOwner, type SignedUpOwner } from '../support/owners';
import { startTestApp, type GraphqlAnswer, type TestApp } from '../support/test-app';

/**
 * How an owner's booking-file document and emails read, over GraphQL: French defaults until the
 * owner changes them, each save keeping what it was not sent, every refusal naming its field.
 */
const LOCALIZED = 'fr en';
const DOCUMENT = `header { name slogan logoImageId } showPriceDetail
  arrival { from to note { ${LOCALIZED} } } departure { before note { ${LOCALIZED} } }
  furtherInformation { ${LOCALIZED} } signatureRequest { option { ${LOCALIZED} } contract { ${LOCALIZED} } }
  politeness { ${LOCALIZED} } statusTexts { option { ${LOCALIZED} } confirmed { ${LOCALIZED} } paid { ${LOCALIZED} } }
  description { establishmentText establishmentImages accommodationImages }
  terms { ${LOCALIZED} } printTerms termsModel { ${LOCALIZED} }`;
const EMAIL = `footer { ${LOCALIZED} } copyToOwner onlineBooking subject { ${LOCALIZED} } introduction { ${LOCALIZED} } languages balanceReminderDays depositReminder`;

const READ = `{ documentSettings { ${DOCUMENT} } emailSettings { ${EMAIL} } }`;
const SET_DOCUMENT = `mutation($input: DocumentSettingsInput!) { setDocumentSettings(input: $input) { ${DOCUMENT} } }`;
const SET_EMAIL = `mutation($input: EmailSettingsInput!) { setEmailSettings(input: $input) { ${EMAIL} } }`;

const none = { fr: null, en: null };

describe('communication settings', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const read = async (owner: SignedUpOwner) => {
    const answer = await t.gql(READ, {}, owner.token);
    expect(answer.errors).toBeUndefined();
    return answer.data ?? {};
  };
  const saved = async (document: string, input: Record<string, unknown>, owner: SignedUpOwner) => {
    const answer = await t.gql(document, { input }, owner.token);
    expect(answer.errors).toBeUndefined();
    return answer.data ?? {};
  };

  it('gives a new owner the French defaults: terms to print, arrival 16:00–20:00, French and English, copies to the owner, the document to online guests', async () => {
    const { documentSettings, emailSettings } = await read(await signUpOwner(t));

    expect(documentSettings).toMatchObject({
      header: { name: null, slogan: null, logoImageId: null },
      showPriceDetail: true,
      arrival: { from: '16:00', to: '20:00', note: none },
      departure: { before: '10:00', note: none },
      furtherInformation: { fr: 'La taxe de séjour est à régler en plus, sur place.', en: 'The tourist tax is paid on top, on arrival.' },
      statusTexts: { option: none, confirmed: none, paid: none },
      description: { establishmentText: false, establishmentImages: false, accommodationImages: true },
      terms: none,
      printTerms: true,
    });
    expect(documentSettings.signatureRequest.contract.fr).toContain('« Lu et approuvé »');
    expect(documentSettings.politeness.fr).toMatch(/salutations distinguées/);
    expect(documentSettings.termsModel.fr).toMatch(/^1\. Objet\n/);
    expect(documentSettings.termsModel.fr).toContain('Arrhes ou acompte');
    expect(documentSettings.termsModel.en).toContain('Tourist tax');
    expect(emailSettings).toEqual({
      footer: none,
      copyToOwner: true,
      onlineBooking: 'WITH_DOCUMENT',
      subject: none,
      introduction: none,
      languages: ['FR', 'EN'],
      balanceReminderDays: 7,
      depositReminder: true,
    });
  });

  it('keeps the parts a save was not sent, and within a part the fields it was not sent', async () => {
    const owner = await signUpOwner(t);
    await saved(SET_DOCUMENT, { arrival: { from: '17:00' }, printTerms: false }, owner);
    await saved(SET_DOCUMENT, { politeness: { fr: 'À bientôt au gîte.', en: 'See you at the gîte.' } }, owner);
    await saved(SET_EMAIL, { copyToOwner: false }, owner);
    await saved(SET_EMAIL, { languages: ['FR'], balanceReminderDays: 14 }, owner);

    const { documentSettings, emailSettings } = await read(owner);
    expect(documentSettings).toMatchObject({
      arrival: { from: '17:00', to: '20:00' },
      departure: { before: '10:00' },
      printTerms: false,
      politeness: { fr: 'À bientôt au gîte.', en: 'See you at the gîte.' },
      showPriceDetail: true,
    });
    expect(emailSettings).toMatchObject({ copyToOwner: false, languages: ['FR'], balanceReminderDays: 14, depositReminder: true, onlineBooking: 'WITH_DOCUMENT' });
  });

  it('answers a save with the settings as they now stand', async () => {
    const owner = await signUpOwner(t);
    const { setDocumentSettings } = await saved(SET_DOCUMENT, { terms: { fr: 'Article 1 – Objet', en: 'Article 1 – Purpose' } }, owner);
    expect(setDocumentSettings).toEqual((await read(owner)).documentSettings);
    expect(setDocumentSettings.terms).toEqual({ fr: 'Article 1 – Objet', en: 'Article 1 – Purpose' });
  });

  it('clears a text sent empty, a header line sent empty, and the balance reminder sent 0', async () => {
    const owner = await signUpOwner(t);
    await saved(SET_DOCUMENT, { header: { name: 'Les Lavandes', slogan: 'Au calme' }, terms: { fr: 'CGV', en: 'Terms' } }, owner);
    await saved(SET_EMAIL, { subject: { fr: 'Votre séjour', en: 'Your stay' } }, owner);

    await saved(SET_DOCUMENT, { header: { name: '' }, furtherInformation: { fr: '', en: '' }, terms: { fr: '', en: '' }, arrival: { to: '' } }, owner);
    await saved(SET_EMAIL, { subject: { fr: '', en: '' }, balanceReminderDays: 0 }, owner);

    const { documentSettings, emailSettings } = await read(owner);
    expect(documentSettings.header).toEqual({ name: null, slogan: 'Au calme', logoImageId: null });
    expect(documentSettings.furtherInformation).toEqual(none);
    expect(documentSettings.terms).toEqual(none);
    expect(documentSettings.arrival).toMatchObject({ from: '16:00', to: null });
    expect(emailSettings.subject).toEqual(none);
    expect(emailSettings.balanceReminderDays).toBeNull();
  });

  describe('refuses a bad input with BAD_USER_INPUT naming the field, and saves nothing', () => {
    const hex64 = 'ab'.repeat(32);
    it.each<[string, string, Record<string, unknown>, string]>([
      ['an arrival hour written "9h"', SET_DOCUMENT, { arrival: { from: '9h' } }, 'input.arrival.from'],
      ['an hour off the quarter hour', SET_DOCUMENT, { departure: { before: '10:10' } }, 'input.departure.before'],
      ['an arrival window that ends before it starts', SET_DOCUMENT, { arrival: { from: '18:00', to: '17:00' } }, 'input.arrival.to'],
      ['a header name with a line break', SET_DOCUMENT, { header: { name: 'Les Lavandes\nBcc: everyone@example.org' } }, 'input.header.name'],
      ['a logo id that is not 64 hex characters', SET_DOCUMENT, { header: { logoImageId: 'logo.png' } }, 'input.header.logoImageId'],
      ['a logo id of 64 characters that are not all hex', SET_DOCUMENT, { header: { logoImageId: `${hex64.slice(1)}g` } }, 'input.header.logoImageId'],
      ['terms longer than 60,000 characters', SET_DOCUMENT, { terms: { fr: 'a'.repeat(60_001) } }, 'input.terms.fr'],
      ['no language at all', SET_EMAIL, { languages: [] }, 'input.languages'],
      ['a balance reminder 61 days ahead', SET_EMAIL, { balanceReminderDays: 61 }, 'input.balanceReminderDays'],
      ['a negative balance reminder', SET_EMAIL, { balanceReminderDays: -1 }, 'input.balanceReminderDays'],
      ['a subject of 201 characters', SET_EMAIL, { subject: { en: 's'.repeat(201) } }, 'input.subject.en'],
      ['a subject on two lines', SET_EMAIL, { subject: { fr: 'Votre séjour\r\nBcc: everyone@example.org' } }, 'input.subject.fr'],
    ])('%s', async (_, document, input, field) => {
      const owner = await signUpOwner(t);
      const before = await read(owner);

      const answer: GraphqlAnswer = await t.gql(document, { input }, owner.token);

      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(answer.data ?? null).toBeNull();
      expect(await read(owner)).toEqual(before);
    });
  });

  it('takes a subject of exactly 200 characters', async () => {
    const owner = await signUpOwner(t);
    const { setEmailSettings } = await saved(SET_EMAIL, { subject: { fr: 's'.repeat(200) } }, owner);
    expect(setEmailSettings.subject.fr).toHaveLength(200);
  });

  it('keeps each owner’s settings to that owner', async () => {
    const a = await signUpOwner(t);
    const b = await signUpOwner(t);
    await saved(SET_DOCUMENT, { terms: { fr: 'Les conditions de A' }, header: { name: 'Chez A' } }, a);
    await saved(SET_EMAIL, { languages: ['EN'], copyToOwner: false }, a);

    const ofB = await read(b);
    expect(ofB.documentSettings).toMatchObject({ terms: none, header: { name: null } });
    expect(ofB.emailSettings).toMatchObject({ languages: ['FR', 'EN'], copyToOwner: true });
    await saved(SET_DOCUMENT, { terms: { fr: 'Les conditions de B' } }, b);
    expect((await read(a)).documentSettings).toMatchObject({ terms: { fr: 'Les conditions de A', en: null }, header: { name: 'Chez A' } });
  });

  it('refuses a caller without a token', async () => {
    for (const answer of [await t.gql(READ), await t.gql(SET_DOCUMENT, { input: { printTerms: false } }), await t.gql(SET_EMAIL, { input: { copyToOwner: false } })]) {
      expect(answer.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });
});
