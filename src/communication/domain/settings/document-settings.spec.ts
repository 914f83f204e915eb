import { InvalidInput } from '../../../shared/kernel/errors';
import { TEXT_LIMITS } from '../../../shared/kernel/text';
import { DEFAULT_DOCUMENT_SETTINGS, MAX_TERMS_LENGTH, parseDocumentSettings, type DocumentSettings, type DocumentSettingsInput } from './document-settings';

const LOGO = 'a3f1'.repeat(16);
const OTHER_LOGO = '0b9e'.repeat(16);

/** An owner who already wrote every part, so that a part kept and a part replaced tell apart. */
const CUSTOMISED: DocumentSettings = {
  header: { name: 'Domaine des Vignes', slogan: 'Le calme au cœur du Luberon', logoImageId: LOGO },
  showPriceDetail: false,
  arrival: { from: '15:00', to: '19:30', note: { fr: 'Clés dans la boîte aux lettres.', en: 'Keys in the letterbox.' } },
  departure: { before: '11:00', note: { fr: 'Laisser les clés sur la table.', en: null } },
  furtherInformation: { fr: 'Taxe de séjour : 0,80 € par nuit et par adulte.', en: null },
  signatureRequest: { option: { fr: 'Retournez la proposition signée.', en: 'Return the signed proposal.' }, contract: { fr: 'Retournez le contrat signé.', en: null } },
  politeness: { fr: 'Bien cordialement.', en: 'Best regards.' },
  statusTexts: { option: { fr: 'Option posée.', en: null }, confirmed: { fr: 'Réservation confirmée.', en: null }, paid: { fr: 'Séjour réglé.', en: 'Stay paid.' } },
  description: { establishmentText: true, establishmentImages: true, accommodationImages: false },
  terms: { fr: 'Conditions générales de vente.\nArticle 1.', en: 'General terms of sale.' },
  printTerms: false,
};

const parse = (input: DocumentSettingsInput, current: DocumentSettings = DEFAULT_DOCUMENT_SETTINGS) => parseDocumentSettings('input', input, current);

function refusal(input: DocumentSettingsInput, current: DocumentSettings = DEFAULT_DOCUMENT_SETTINGS): InvalidInput {
  try {
    parse(input, current);
  } catch (error) {
    if (error instanceof InvalidInput) return error;
    throw error;
  }
  throw new Error('expected the input to be refused, but it was accepted');
}

describe('Document settings', () => {
  describe('defaults', () => {
    it('gives an owner who sent nothing the manual’s wording and a gîte’s common hours', () => {
      const settings = parse({});
      expect(settings).toEqual(DEFAULT_DOCUMENT_SETTINGS);
      expect(settings.arrival).toMatchObject({ from: '16:00', to: '20:00' });
      expect(settings.departure.before).toBe('10:00');
      expect(settings.furtherInformation.fr).toMatch(/taxe de séjour/i);
    });

    it('prints the establishment’s own name and slogan until the owner writes a header', () =>
      expect(parse({}).header).toEqual({ name: null, slogan: null, logoImageId: null }));

    it('attaches the terms of sale by default, as the manual makes them mandatory, though none are written yet', () =>
      expect(parse({})).toMatchObject({ printTerms: true, terms: { fr: null, en: null } }));

    it('prints the price detail and the accommodation’s photos, not the establishment’s, by default', () =>
      expect(parse({})).toMatchObject({ showPriceDetail: true, description: { establishmentText: false, establishmentImages: false, accommodationImages: true } }));

    it('takes every part sent as null as left out', () =>
      expect(
        parse(
          {
            header: null,
            showPriceDetail: null,
            arrival: null,
            departure: null,
            furtherInformation: null,
            signatureRequest: null,
            politeness: null,
            statusTexts: null,
            description: null,
            terms: null,
            printTerms: null,
          },
          CUSTOMISED,
        ),
      ).toEqual(CUSTOMISED));
  });

  describe('a part left out keeps what the owner saved', () => {
    it('keeps every part not sent when one is', () => expect(parse({ showPriceDetail: true }, CUSTOMISED)).toEqual({ ...CUSTOMISED, showPriceDetail: true }));

    it('lets two tabs save different parts without one undoing the other', () => {
      const headerTab: DocumentSettingsInput = { header: { name: 'Mas des Oliviers', slogan: null, logoImageId: OTHER_LOGO } };
      const termsTab: DocumentSettingsInput = { terms: { fr: 'CGV du Mas.', en: null }, printTerms: true };
      const afterBoth = parse(termsTab, parse(headerTab, CUSTOMISED));
      expect(afterBoth).toEqual({ ...CUSTOMISED, header: { name: 'Mas des Oliviers', slogan: null, logoImageId: OTHER_LOGO }, terms: { fr: 'CGV du Mas.', en: null }, printTerms: true });
    });

    it('keeps a text of a part left out within the part sent', () =>
      expect(parse({ signatureRequest: { option: { fr: 'Signez la proposition.', en: 'Sign the proposal.' } } }, CUSTOMISED).signatureRequest).toEqual({
        option: { fr: 'Signez la proposition.', en: 'Sign the proposal.' },
        contract: CUSTOMISED.signatureRequest.contract,
      }));

    it('keeps the status texts left out when one is sent', () =>
      expect(parse({ statusTexts: { paid: { fr: 'Merci pour votre règlement.', en: 'Thank you for your payment.' } } }, CUSTOMISED).statusTexts).toEqual({
        ...CUSTOMISED.statusTexts,
        paid: { fr: 'Merci pour votre règlement.', en: 'Thank you for your payment.' },
      }));

    it('keeps the choices of photos left out when one is sent', () =>
      expect(parse({ description: { accommodationImages: true } }, CUSTOMISED).description).toEqual({ establishmentText: true, establishmentImages: true, accommodationImages: true }));

    it('keeps the arrival note when only the arrival hours are sent', () =>
      expect(parse({ arrival: { from: '17:00', to: '21:00' } }, CUSTOMISED).arrival).toEqual({ from: '17:00', to: '21:00', note: CUSTOMISED.arrival.note }));

    it('keeps the logo when the header is sent without it', () =>
      expect(parse({ header: { name: 'Mas des Oliviers', slogan: 'Au pied du Ventoux' } }, CUSTOMISED).header).toEqual({ name: 'Mas des Oliviers', slogan: 'Au pied du Ventoux', logoImageId: LOGO }));

    // The logo is kept when left out, so a client may well send it alone after an upload.
    it('keeps the header’s name and slogan when only the logo is sent', () =>
      expect(parse({ header: { logoImageId: OTHER_LOGO } }, CUSTOMISED).header).toEqual({ name: 'Domaine des Vignes', slogan: 'Le calme au cœur du Luberon', logoImageId: OTHER_LOGO }));

    // As the note is kept when left out, so should the hours beside it be.
    it('keeps the arrival hours when only the arrival note is sent', () =>
      expect(parse({ arrival: { note: { fr: 'Code du portail : 1234.', en: 'Gate code: 1234.' } } }, CUSTOMISED).arrival).toEqual({
        from: '15:00',
        to: '19:30',
        note: { fr: 'Code du portail : 1234.', en: 'Gate code: 1234.' },
      }));
  });

  describe('a text sent empty is cleared', () => {
    it('clears a text sent empty or blank, in each language', () =>
      expect(parse({ furtherInformation: { fr: '', en: '   ' } }, CUSTOMISED).furtherInformation).toEqual({ fr: null, en: null }));

    it('clears the header’s name and slogan sent empty, so the establishment’s are printed', () =>
      expect(parse({ header: { name: '', slogan: ' ' } }, CUSTOMISED).header).toEqual({ name: null, slogan: null, logoImageId: LOGO }));

    it.each<[string, string | null]>([
      ['empty', ''],
      ['null', null],
    ])('removes the logo sent %s', (_, logoImageId) => expect(parse({ header: { logoImageId } }, CUSTOMISED).header.logoImageId).toBeNull());

    it('prints no hour sent empty', () => expect(parse({ departure: { before: '' } }, CUSTOMISED).departure.before).toBeNull());

    it('trims the texts and hours it keeps', () =>
      expect(parse({ header: { name: '  Mas des Oliviers ' }, arrival: { from: ' 09:00 ', to: '12:00' }, politeness: { fr: ' Cordialement. ', en: ' Kind regards. ' } })).toMatchObject({
        header: { name: 'Mas des Oliviers' },
        arrival: { from: '09:00', to: '12:00' },
        politeness: { fr: 'Cordialement.', en: 'Kind regards.' },
      }));
  });

  describe('hours of the day', () => {
    it.each(['00:00', '09:15', '12:30', '23:45'])('accepts %s, on the quarter hour', (hour) => expect(parse({ departure: { before: hour } }).departure.before).toBe(hour));

    it.each<[string, DocumentSettingsInput, string]>([
      ['"9h"', { arrival: { from: '9h', to: '20:00' } }, 'input.arrival.from'],
      ['"9:00" without its leading zero', { arrival: { from: '9:00', to: '20:00' } }, 'input.arrival.from'],
      ['"25:00"', { arrival: { from: '16:00', to: '25:00' } }, 'input.arrival.to'],
      ['"24:00"', { departure: { before: '24:00' } }, 'input.departure.before'],
      ['"09:10", off the quarter hour', { departure: { before: '09:10' } }, 'input.departure.before'],
      ['"09:00:00", with seconds', { departure: { before: '09:00:00' } }, 'input.departure.before'],
    ])('refuses the hour %s, naming the field', (_, input, field) => expect(refusal(input)).toMatchObject({ code: 'BAD_USER_INPUT', field }));

    it('refuses an arrival window that ends before it starts, naming its end', () =>
      expect(refusal({ arrival: { from: '18:00', to: '16:00' } })).toMatchObject({ field: 'input.arrival.to', message: 'input.arrival.to: must not be before arrival.from (18:00)' }));

    it('accepts an arrival window of a single hour', () => expect(parse({ arrival: { from: '17:00', to: '17:00' } }).arrival).toMatchObject({ from: '17:00', to: '17:00' }));

    it('accepts an arrival with only a start, or only an end', () => {
      expect(parse({ arrival: { from: '17:00', to: '' } }).arrival).toMatchObject({ from: '17:00', to: null });
      expect(parse({ arrival: { from: '', to: '09:00' } }).arrival).toMatchObject({ from: null, to: '09:00' });
    });

    it('names the field under the prefix it is given', () => {
      const act = () => parseDocumentSettings('settings.document', { arrival: { from: '9h' } }, DEFAULT_DOCUMENT_SETTINGS);
      expect(act).toThrow(InvalidInput);
      expect(act).toThrow(expect.objectContaining({ field: 'settings.document.arrival.from' }));
    });
  });

  describe('texts', () => {
    it.each<[string, DocumentSettingsInput]>([
      [`a header name of ${TEXT_LIMITS.name} characters`, { header: { name: 'n'.repeat(TEXT_LIMITS.name) } }],
      [`a slogan of ${TEXT_LIMITS.line} characters`, { header: { slogan: 's'.repeat(TEXT_LIMITS.line) } }],
      [`an arrival note of ${TEXT_LIMITS.line} characters`, { arrival: { note: { fr: 'a'.repeat(TEXT_LIMITS.line) } } }],
      [`a departure note of ${TEXT_LIMITS.line} characters`, { departure: { note: { en: 'd'.repeat(TEXT_LIMITS.line) } } }],
      [`a politeness formula of ${TEXT_LIMITS.long} characters`, { politeness: { en: 'p'.repeat(TEXT_LIMITS.long) } }],
      [`terms of sale of ${MAX_TERMS_LENGTH} characters`, { terms: { fr: 't'.repeat(MAX_TERMS_LENGTH) } }],
      [`an arrival note of ${TEXT_LIMITS.line} emoji, counted as people see them`, { arrival: { note: { fr: '🏡'.repeat(TEXT_LIMITS.line) } } }],
    ])('accepts %s', (_, input) => expect(() => parse(input)).not.toThrow());

    it.each<[string, DocumentSettingsInput, string]>([
      [`a header name over ${TEXT_LIMITS.name} characters`, { header: { name: 'n'.repeat(TEXT_LIMITS.name + 1) } }, 'input.header.name'],
      [`a slogan over ${TEXT_LIMITS.line} characters`, { header: { slogan: 's'.repeat(TEXT_LIMITS.line + 1) } }, 'input.header.slogan'],
      [`an arrival note over ${TEXT_LIMITS.line} characters, a line’s limit`, { arrival: { note: { fr: 'a'.repeat(TEXT_LIMITS.line + 1) } } }, 'input.arrival.note.fr'],
      [`a departure note over ${TEXT_LIMITS.line} characters`, { departure: { note: { en: 'd'.repeat(TEXT_LIMITS.line + 1) } } }, 'input.departure.note.en'],
      [`further information over ${TEXT_LIMITS.long} characters`, { furtherInformation: { fr: 'i'.repeat(TEXT_LIMITS.long + 1) } }, 'input.furtherInformation.fr'],
      [`a signature request over ${TEXT_LIMITS.long} characters`, { signatureRequest: { contract: { en: 'c'.repeat(TEXT_LIMITS.long + 1) } } }, 'input.signatureRequest.contract.en'],
      [`a politeness formula over ${TEXT_LIMITS.long} characters`, { politeness: { en: 'p'.repeat(TEXT_LIMITS.long + 1) } }, 'input.politeness.en'],
      [`a status text over ${TEXT_LIMITS.long} characters`, { statusTexts: { confirmed: { fr: 's'.repeat(TEXT_LIMITS.long + 1) } } }, 'input.statusTexts.confirmed.fr'],
      [`terms of sale over ${MAX_TERMS_LENGTH} characters`, { terms: { fr: 't'.repeat(MAX_TERMS_LENGTH + 1) } }, 'input.terms.fr'],
    ])('refuses %s, naming the field', (_, input, field) => expect(refusal(input)).toMatchObject({ code: 'BAD_USER_INPUT', field }));

    it(`lets the terms of sale run past the ${TEXT_LIMITS.long} characters of other texts`, () =>
      expect(parse({ terms: { fr: 't'.repeat(TEXT_LIMITS.long + 1) } }).terms.fr).toHaveLength(TEXT_LIMITS.long + 1));

    it.each<[string, DocumentSettingsInput, string]>([
      ['a bell in the header name', { header: { name: 'Domaine\u0007' } }, 'input.header.name'],
      ['a terminal escape in a status text', { statusTexts: { paid: { fr: 'Payé\u001B[2J' } } }, 'input.statusTexts.paid.fr'],
      ['a right-to-left override in the terms', { terms: { en: 'Deposit \u202Eelbadnufer-non' } }, 'input.terms.en'],
      ['a DEL in the further information', { furtherInformation: { fr: 'Taxe\u007F' } }, 'input.furtherInformation.fr'],
    ])('refuses %s, a control character', (_, input, field) => expect(refusal(input)).toMatchObject({ code: 'BAD_USER_INPUT', field }));

    it('keeps line breaks in the texts written over several lines', () =>
      expect(
        parse({
          arrival: { note: { fr: 'Clés :\nboîte aux lettres.' } },
          furtherInformation: { fr: 'Taxe de séjour.\r\nDraps fournis.' },
          signatureRequest: { option: { fr: 'Signez.\n\nMerci.' } },
          terms: { fr: 'Article 1.\n\tArticle 2.' },
        }),
      ).toMatchObject({
        arrival: { note: { fr: 'Clés :\nboîte aux lettres.' } },
        furtherInformation: { fr: 'Taxe de séjour.\r\nDraps fournis.' },
        signatureRequest: { option: { fr: 'Signez.\n\nMerci.' } },
        terms: { fr: 'Article 1.\n\tArticle 2.' },
      }));

    it.each<[string, DocumentSettingsInput, string]>([
      ['a header name on two lines', { header: { name: 'Domaine\ndes Vignes' } }, 'input.header.name'],
      ['a slogan on two lines', { header: { slogan: 'Le calme\r\nau cœur du Luberon' } }, 'input.header.slogan'],
    ])('refuses %s, which is printed on one', (_, input, field) => expect(refusal(input)).toMatchObject({ code: 'BAD_USER_INPUT', field, message: `${field}: must fit on one line` }));
  });

  describe('logo', () => {
    it('accepts the id of an uploaded image: the 64 hex digits of its SHA-256', () => expect(parse({ header: { logoImageId: LOGO } }).header.logoImageId).toBe(LOGO));

    it.each<[string, string]>([
      ['63 hex digits', LOGO.slice(1)],
      ['65 hex digits', `${LOGO}0`],
      ['64 characters that are not all hex digits', `${LOGO.slice(1)}g`],
      ['hex digits in capitals', LOGO.toUpperCase()],
      ['a file name', 'logo.png'],
      ['an address', 'https://images.example.fr/logo.png'],
    ])('refuses %s, naming the field', (_, logoImageId) => expect(refusal({ header: { logoImageId } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.header.logoImageId' }));
  });
});
