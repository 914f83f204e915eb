import { parseEmail } from '../../../shared/kernel/email';
import { parseOwnerDetails, sameDetails, type OwnerDetails, type OwnerDetailsInput } from './owner-details';
import { assertAcceptablePassword } from './password-policy';
import { refusal } from '../../../../test/support/thrown';

describe('Email address', () => {
  it('keeps the address as typed, without surrounding spaces', () =>
    expect(parseEmail('input.email', '  Marie.Martin@Example.fr ').address).toBe('Marie.Martin@Example.fr'));

  it('is unique in its lower-cased form', () => expect(parseEmail('input.email', 'Marie.Martin@Example.fr').normalized).toBe('marie.martin@example.fr'));

  it.each([
    ['no @', 'marie'],
    ['no dotted domain', 'a@b'],
    ['a space', 'a b@c.fr'],
    ['two @', 'marie@martin@example.fr'],
    ['an empty domain label', 'marie@example..fr'],
    ['nothing', ''],
    ['only spaces', '   '],
  ])('refuses an address with %s, naming the field', (_, raw) => expect(refusal(() => parseEmail('input.email', raw)).field).toBe('input.email'));

  it('accepts an address of 254 characters, the most a mail server must carry', () =>
    expect(parseEmail('input.email', addressOfLength(254)).address).toHaveLength(254));

  it('refuses an address longer than 254 characters, naming the field', () =>
    expect(refusal(() => parseEmail('input.email', addressOfLength(255))).field).toBe('input.email'));
});

function addressOfLength(length: number): string {
  const domain = '@example.fr';
  return 'a'.repeat(length - domain.length) + domain;
}

describe('Password policy', () => {
  it('refuses a password shorter than 12 characters, naming the field', () =>
    expect(refusal(() => assertAcceptablePassword('input.password', 'a'.repeat(11))).field).toBe('input.password'));

  it('accepts a password of 12 characters', () => expect(() => assertAcceptablePassword('input.password', 'a'.repeat(12))).not.toThrow());

  it('counts characters, not UTF-16 units: 11 emoji are too short', () =>
    expect(refusal(() => assertAcceptablePassword('input.password', '🔑'.repeat(11))).field).toBe('input.password'));

  it('counts characters, not UTF-16 units: 12 emoji are enough', () =>
    expect(() => assertAcceptablePassword('input.password', '🔑'.repeat(12))).not.toThrow());

  it('accepts 256 characters, even as emoji', () => expect(() => assertAcceptablePassword('input.password', '🔑'.repeat(256))).not.toThrow());

  it('refuses more than 256 characters, so hashing cost stays bounded', () =>
    expect(refusal(() => assertAcceptablePassword('input.password', 'a'.repeat(257))).field).toBe('input.password'));
});

describe('Owner details', () => {
  const parse = (input: OwnerDetailsInput) => parseOwnerDetails('input', input);
  const refusedField = (input: OwnerDetailsInput) => refusal(() => parse(input)).field;

  it('requires a last name', () => expect(refusedField({ firstName: 'Marie' })).toBe('input.lastName'));

  it.each([[''], ['   ']])('refuses a blank last name %j', (lastName) => expect(refusedField({ lastName })).toBe('input.lastName'));

  it('trims every text', () =>
    expect(parse({ lastName: '  Martin ', firstName: ' Marie', city: 'Avignon  ', website: ' https://gite.fr ' })).toMatchObject({
      lastName: 'Martin',
      firstName: 'Marie',
      city: 'Avignon',
      website: 'https://gite.fr',
    }));

  it('holds a blank or missing optional field as null', () =>
    expect(parse({ lastName: 'Martin', firstName: '', city: '   ', company: null })).toEqual({
      company: null,
      civility: null,
      lastName: 'Martin',
      firstName: null,
      address: null,
      postalCode: null,
      city: null,
      country: null,
      phone1: null,
      phone2: null,
      fax: null,
      website: null,
    }));

  it('accepts a name of 100 characters', () => expect(parse({ lastName: 'x'.repeat(100) }).lastName).toHaveLength(100));

  it.each<[keyof OwnerDetails, number]>([
    ['lastName', 100],
    ['company', 100],
    ['civility', 30],
    ['address', 200],
    ['postalCode', 30],
  ])('refuses a %s longer than %i characters, naming it', (field, max) =>
    expect(refusedField({ lastName: 'Martin', [field]: 'x'.repeat(max + 1) })).toBe(`input.${field}`));

  it.each([['\u0000'], ['\u0007'], ['\u001B'], ['\u007F'], ['\u0085'], ['\u202E']])('refuses control character %j, naming the field', (control) =>
    expect(refusedField({ lastName: 'Martin', city: `Avi${control}gnon` })).toBe('input.city'));

  it.each([['\r\nBcc: x@y.fr'], ['\n'], ['\t']])('refuses a line break or tab %j in a one-line field, which could forge an email header', (breakage) =>
    expect(refusedField({ lastName: `Martin${breakage}Roux` })).toBe('input.lastName'));

  it('counts characters as people see them: 100 emoji make a valid name', () =>
    expect([...parse({ lastName: '🏡'.repeat(100) }).lastName]).toHaveLength(100));

  it('accepts a phone number written the French or the international way', () =>
    expect(parse({ lastName: 'Martin', phone1: '06 12 34 56 78', phone2: '+33 (0)6.12.34-56-78' })).toMatchObject({
      phone1: '06 12 34 56 78',
      phone2: '+33 (0)6.12.34-56-78',
    }));

  it.each<['phone1' | 'phone2' | 'fax']>([['phone1'], ['phone2'], ['fax']])('refuses letters in %s, naming it', (field) =>
    expect(refusedField({ lastName: 'Martin', [field]: '06 12 AB 56 78' })).toBe(`input.${field}`));

  it.each([['http://gite-des-vignes.fr'], ['https://gite-des-vignes.fr/chambres?lang=fr']])('accepts the website %s', (website) =>
    expect(parse({ lastName: 'Martin', website }).website).toBe(website));

  it.each([['javascript:alert(1)'], ['ftp://x'], ['gite-des-vignes.fr'], ['https://']])('refuses the website %j, naming it', (website) =>
    expect(refusedField({ lastName: 'Martin', website })).toBe('input.website'));

  describe('sameness', () => {
    const details = parse({ lastName: 'Martin', firstName: 'Marie', city: 'Avignon' });

    it('holds for equal details in different objects', () =>
      expect(sameDetails(details, parse({ lastName: ' Martin', firstName: 'Marie ', city: 'Avignon' }))).toBe(true));

    it.each(Object.keys(details) as (keyof OwnerDetails)[])('breaks when %s differs', (field) =>
      expect(sameDetails(details, { ...details, [field]: 'different' })).toBe(false));
  });
});
