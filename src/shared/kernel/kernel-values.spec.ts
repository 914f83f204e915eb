import { isUuid } from './ids';
import { frenchFirstText, localizedText } from './localized-text';
import { euros, MAX_CENTS, money } from './money';
import { httpUrl } from './url';
import { refusal } from '../../../test/support/thrown';

describe('Money', () => {
  it('holds whole cents in euros', () => expect(money('input.price', 1_050)).toEqual({ cents: 1_050, currency: 'EUR' }));

  it('accepts nothing at all', () => expect(money('input.price', 0)).toEqual({ cents: 0, currency: 'EUR' }));

  it('accepts amounts up to 10,000,000.00 €', () => expect(money('input.price', MAX_CENTS).cents).toBe(1_000_000_000));

  it('refuses more than 10,000,000.00 € either way where negatives are allowed', () =>
    expect(refusal(() => money('input.cents', -MAX_CENTS - 1, { allowNegative: true }))).toMatchObject({ field: 'input.cents', message: expect.stringContaining('either way') }));

  it.each([
    ['fractions of a cent', 10.5, 'input.price: must be a whole number of cents'],
    ['not a number', Number.NaN, 'input.price: must be a whole number of cents'],
    ['infinity', Number.POSITIVE_INFINITY, 'input.price: must be a whole number of cents'],
    ['a negative amount', -1, 'input.price: must not be negative'],
    ['more than MAX_CENTS', MAX_CENTS + 1, `input.price: must be at most ${MAX_CENTS} cents (10000000.00 €)`],
    ['what a GraphQL Int carries but no stay costs', 2_147_483_647, `input.price: must be at most ${MAX_CENTS} cents (10000000.00 €)`],
  ])('refuses %s, naming the field', (_, cents, message) =>
    expect(refusal(() => money('input.price', cents))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.price', message }));

  it('accepts a negative amount where the caller allows it, as for a refund', () =>
    expect(money('input.adjustment', -2_500, { allowNegative: true })).toEqual({ cents: -2_500, currency: 'EUR' }));

  it('refuses a negative amount beyond MAX_CENTS even where negatives are allowed', () =>
    expect(refusal(() => money('input.adjustment', -MAX_CENTS - 1, { allowNegative: true })).field).toBe('input.adjustment'));

  it('wraps cents already known to be valid', () => expect(euros(300)).toEqual({ cents: 300, currency: 'EUR' }));
});

describe('Localized text', () => {
  it('trims both languages', () => expect(localizedText('input.caption', { fr: ' La cour ', en: ' The courtyard ' }, 200)).toEqual({ fr: 'La cour', en: 'The courtyard' }));

  it('holds no text in either language when none is given', () => expect(localizedText('input.caption', null, 200)).toEqual({ fr: null, en: null }));

  it('treats an empty or blank text as absent', () => expect(localizedText('input.caption', { fr: '', en: '   ' }, 200)).toEqual({ fr: null, en: null }));

  it('names the language at fault when a text is too long', () =>
    expect(refusal(() => localizedText('input.caption', { fr: 'ok', en: 'a'.repeat(11) }, 10))).toMatchObject({ field: 'input.caption.en' }));

  it('refuses line breaks unless the text is multi-line', () =>
    expect(refusal(() => localizedText('input.caption', { fr: 'La\ncour' }, 200))).toMatchObject({
      field: 'input.caption.fr',
      message: 'input.caption.fr: must fit on one line',
    }));

  it('keeps line breaks in a multi-line text', () => expect(localizedText('input.description', { fr: 'La\ncour' }, 200, { multiline: true }).fr).toBe('La\ncour'));

  it('refuses control characters even in a multi-line text', () =>
    expect(refusal(() => localizedText('input.description', { fr: 'La\u0000cour' }, 200, { multiline: true })).field).toBe('input.description.fr'));
});

describe('French-first text', () => {
  it('keeps the French, English being optional', () => expect(frenchFirstText('input.name', { fr: ' Ménage ' }, 100)).toEqual({ fr: 'Ménage', en: null }));

  it.each([
    ['no text at all', null],
    ['English only', { en: 'Cleaning' }],
    ['a blank French text', { fr: '  ', en: 'Cleaning' }],
  ])('refuses %s, pointing at the French', (_, input) =>
    expect(refusal(() => frenchFirstText('input.name', input, 100))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.name.fr',
      message: 'input.name.fr: is required and must not be empty',
    }));
});

describe('HTTP address', () => {
  it.each([
    ['https', 'https://www.gite-des-vignes.fr/'],
    ['http', 'http://gite-des-vignes.fr/photos/1.jpg?size=large'],
  ])('keeps an %s address as given', (_, url) => expect(httpUrl('input.website', url, 200)).toBe(url));

  it('trims the address', () => expect(httpUrl('input.website', '  https://gite-des-vignes.fr  ', 200)).toBe('https://gite-des-vignes.fr'));

  it.each([null, undefined, '', '   '])('treats %p as no address', (value) => expect(httpUrl('input.website', value, 200)).toBeNull());

  it.each([
    ['a javascript: address', 'javascript:alert(1)'],
    ['a data: address', 'data:text/html,<script>alert(1)</script>'],
    ['a mailto: address', 'mailto:marie@example.fr'],
    ['an ftp:// address', 'ftp://files.example.fr/a.jpg'],
    ['a file:// address', 'file:///etc/passwd'],
    ['a relative address', '/photos/1.jpg'],
    ['an address without a scheme', 'www.gite-des-vignes.fr'],
    ['an address without a host', 'https://'],
  ])('refuses %s, naming the field', (_, url) =>
    expect(refusal(() => httpUrl('input.website', url, 200))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.website',
      message: 'input.website: must be an http:// or https:// address',
    }));

  it('refuses an address longer than allowed', () =>
    expect(refusal(() => httpUrl('input.website', `https://example.fr/${'a'.repeat(200)}`, 200)).message).toMatch(/^input\.website: must be at most 200 characters/));
});

describe('Ids', () => {
  it.each(['0b6f6a8e-3c1f-4d2a-9e55-2f4f1f0c7a11', '0B6F6A8E-3C1F-4D2A-9E55-2F4F1F0C7A11'])('accepts the UUID %s', (id) => expect(isUuid(id)).toBe(true));

  it.each([
    ['no dashes', '0b6f6a8e3c1f4d2a9e552f4f1f0c7a11'],
    ['a letter outside hexadecimal', '0b6f6a8e-3c1f-4d2a-9e55-2f4f1f0c7a1g'],
    ['one digit short', '0b6f6a8e-3c1f-4d2a-9e55-2f4f1f0c7a1'],
    ['a digit too many', '0b6f6a8e-3c1f-4d2a-9e55-2f4f1f0c7a111'],
    ['surrounding spaces', ' 0b6f6a8e-3c1f-4d2a-9e55-2f4f1f0c7a11 '],
    ['a trailing line break', '0b6f6a8e-3c1f-4d2a-9e55-2f4f1f0c7a11\n'],
    ['a path around it', '../0b6f6a8e-3c1f-4d2a-9e55-2f4f1f0c7a11'],
    ['nothing', ''],
  ])('refuses an id with %s', (_, id) => expect(isUuid(id)).toBe(false));
});
