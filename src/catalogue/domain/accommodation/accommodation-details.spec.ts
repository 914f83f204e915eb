import { InvalidInput } from '../../../shared/kernel/errors';
import { parseAccommodationDetails, type AccommodationDetailsInput } from './accommodation-details';
import { CHARACTERISTIC_GROUPS, CHARACTERISTICS, characteristic } from './characteristics';

const input = (overrides: Partial<AccommodationDetailsInput> = {}): AccommodationDetailsInput => ({
  name: 'Gîte des Vignes',
  kind: 'HOLIDAY_RENTAL',
  city: 'Avignon',
  maxCapacity: 6,
  description: { fr: 'Une maison au calme.' },
  ...overrides,
});

const parse = (overrides: Partial<AccommodationDetailsInput> = {}) => parseAccommodationDetails('input', input(overrides));

/** The InvalidInput an input is refused with; fails the test when the input is accepted. */
function refusal(overrides: Partial<AccommodationDetailsInput>): InvalidInput {
  try {
    parse(overrides);
  } catch (error) {
    if (error instanceof InvalidInput) return error;
    throw error;
  }
  throw new Error('expected the input to be refused, but it was accepted');
}

const photo = (url: string) => ({ url });

describe('Accommodation details', () => {
  describe('refuse bad input, naming the field at fault', () => {
    it.each<[string, Partial<AccommodationDetailsInput>, string]>([
      ['a minimum capacity above the maximum', { minCapacity: 5, maxCapacity: 4 }, 'input.minCapacity'],
      ['a maximum capacity below 1', { maxCapacity: 0 }, 'input.maxCapacity'],
      ['a minimum capacity below 1', { minCapacity: 0 }, 'input.minCapacity'],
      ['a maximum capacity above 500', { maxCapacity: 501 }, 'input.maxCapacity'],
      ['a fractional capacity', { maxCapacity: 4.5 }, 'input.maxCapacity'],
      ['more than 5 stars', { starRating: 6 }, 'input.starRating'],
      ['fewer than 0 stars', { starRating: -1 }, 'input.starRating'],
      ['half a star', { starRating: 3.5 }, 'input.starRating'],
      ['a latitude above 90', { latitude: 90.5, longitude: 4.8 }, 'input.latitude'],
      ['a latitude below -90', { latitude: -91, longitude: 4.8 }, 'input.latitude'],
      ['a longitude above 180', { latitude: 43.9, longitude: 180.1 }, 'input.longitude'],
      ['a longitude below -180', { latitude: 43.9, longitude: -181 }, 'input.longitude'],
      ['a latitude that is not a number', { latitude: Number.NaN, longitude: 4.8 }, 'input.latitude'],
      ['a latitude without a longitude', { latitude: 43.9 }, 'input.longitude'],
      ['a longitude without a latitude', { longitude: 4.8 }, 'input.latitude'],
      ['a negative security deposit', { securityDeposit: -100 }, 'input.securityDeposit'],
      ['a security deposit in fractions of a cent', { securityDeposit: 100.5 }, 'input.securityDeposit'],
      ['an unknown kind', { kind: 'CASTLE' }, 'input.kind'],
      ['an unknown orientation', { orientation: 'UP' }, 'input.orientation'],
      ['a postal code with symbols', { postalCode: '84<00' }, 'input.postalCode'],
      ['an altitude above 9000 metres', { altitude: 9001 }, 'input.altitude'],
      ['a floor below -10', { floor: -11 }, 'input.floor'],
      ['a surface below 1 m²', { surface: 0.5 }, 'input.surface'],
      ['a missing French description', { description: { en: 'A quiet house.' } }, 'input.description.fr'],
      ['a French description of only spaces', { description: { fr: '   ', en: 'A quiet house.' } }, 'input.description.fr'],
      ['a name over 100 characters', { name: 'a'.repeat(101) }, 'input.name'],
      ['an empty name', { name: '  ' }, 'input.name'],
      ['a name with a control character', { name: 'Gîte\u0007 des Vignes' }, 'input.name'],
      ['a name with a bidirectional override', { name: 'Gîte \u202Esengiv' }, 'input.name'],
      ['a name on two lines', { name: 'Gîte\nBcc: victim@example.fr' }, 'input.name'],
      ['a description with a control character', { description: { fr: 'Calme\u0000' } }, 'input.description.fr'],
      ['a city over 100 characters', { city: 'a'.repeat(101) }, 'input.city'],
    ])('refuses %s', (_, overrides, field) => {
      const error = refusal(overrides);
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(error.message).toMatch(new RegExp(`^${field.replace(/[.[\]]/g, '\\$&')}: `));
    });

    it('names the capacity bound in the message', () =>
      expect(refusal({ minCapacity: 5, maxCapacity: 4 }).message).toBe('input.minCapacity: must not exceed the maximum capacity (4)'));

    it('names the unknown characteristic by its place in the list', () =>
      expect(refusal({ characteristics: ['WIFI', 'JACUZZI_ON_THE_MOON'] })).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.characteristics[1]',
        message: 'input.characteristics[1]: "JACUZZI_ON_THE_MOON" is not a known characteristic',
      }));

    it.each([
      ['a javascript: address', 'javascript:alert(1)'],
      ['an ftp:// address', 'ftp://photos.example.fr/1.jpg'],
      ['a relative address', '/photos/1.jpg'],
      ['a data: address', 'data:image/png;base64,AAAA'],
      ['an address without a host', 'https://'],
    ])('refuses a photo at %s, naming that photo', (_, url) =>
      expect(refusal({ photos: [photo('https://photos.example.fr/1.jpg'), photo(url)] })).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.photos[1].url',
      }));

    it('refuses a photo without an address', () => expect(refusal({ photos: [photo('  ')] })).toMatchObject({ field: 'input.photos[0].url' }));

    it('refuses more than 50 photos', () =>
      expect(refusal({ photos: Array.from({ length: 51 }, (_, i) => photo(`https://photos.example.fr/${i}.jpg`)) })).toMatchObject({
        field: 'input.photos',
      }));
  });

  describe('accept good input', () => {
    it('defaults to unclassified, for at least one guest, with nothing optional filled in', () =>
      expect(parse()).toEqual({
        name: 'Gîte des Vignes',
        kind: 'HOLIDAY_RENTAL',
        starRating: 0,
        address: null,
        postalCode: null,
        city: 'Avignon',
        location: null,
        altitude: null,
        minCapacity: 1,
        maxCapacity: 6,
        surface: null,
        floor: null,
        orientation: null,
        securityDeposit: null,
        description: { fr: 'Une maison au calme.', en: null },
        characteristics: [],
        photos: [],
      }));

    it('trims texts and keeps every field given', () =>
      expect(
        parse({
          name: '  Gîte des Vignes ',
          kind: 'GUEST_ROOM',
          starRating: 5,
          address: ' 3 chemin des Vignes ',
          postalCode: ' 84000 ',
          city: ' Avignon ',
          latitude: -90,
          longitude: 180,
          altitude: -500,
          minCapacity: 6,
          maxCapacity: 6,
          surface: 85.5,
          floor: 0,
          orientation: 'SOUTH_WEST',
          securityDeposit: 0,
          description: { fr: ' Une maison\nau calme. ', en: '  ' },
          photos: [{ url: ' https://photos.example.fr/1.jpg ', caption: { fr: ' La façade ' } }],
        }),
      ).toEqual({
        name: 'Gîte des Vignes',
        kind: 'GUEST_ROOM',
        starRating: 5,
        address: '3 chemin des Vignes',
        postalCode: '84000',
        city: 'Avignon',
        location: { latitude: -90, longitude: 180 },
        altitude: -500,
        minCapacity: 6,
        maxCapacity: 6,
        surface: 85.5,
        floor: 0,
        orientation: 'SOUTH_WEST',
        securityDeposit: { cents: 0, currency: 'EUR' },
        description: { fr: 'Une maison\nau calme.', en: null },
        characteristics: [],
        photos: [{ url: 'https://photos.example.fr/1.jpg', caption: { fr: 'La façade', en: null } }],
      }));

    it('accepts a name of exactly 100 characters, counted as people see them', () => expect(parse({ name: 'é'.repeat(100) }).name).toBe('é'.repeat(100)));

    it('keeps each characteristic once, in catalogue order, so equal sets compare equal', () =>
      expect(parse({ characteristics: ['GARDEN', 'WIFI', 'PETS_ALLOWED', 'WIFI', 'TV'] }).characteristics).toEqual(['WIFI', 'TV', 'GARDEN', 'PETS_ALLOWED']));

    it('treats no characteristics as an empty list', () => expect(parse({ characteristics: null }).characteristics).toEqual([]));
  });
});

describe('Characteristics catalogue', () => {
  it('offers at least 30 characteristics', () => expect(CHARACTERISTICS.length).toBeGreaterThanOrEqual(30));

  it('gives every code once', () => expect(new Set(CHARACTERISTICS.map((c) => c.code)).size).toBe(CHARACTERISTICS.length));

  it('labels every characteristic in French and English', () =>
    expect(CHARACTERISTICS.filter((c) => c.label.fr.trim() === '' || c.label.en.trim() === '')).toEqual([]));

  it.each(CHARACTERISTIC_GROUPS)('has characteristics in the %s group', (group) =>
    expect(CHARACTERISTICS.filter((c) => c.group === group).length).toBeGreaterThan(0));

  it('uses only upper-case codes, as they are stored in events', () => expect(CHARACTERISTICS.filter((c) => !/^[A-Z][A-Z_]*$/.test(c.code))).toEqual([]));

  it('finds a characteristic by its code', () =>
    expect(characteristic('SWIMMING_POOL')).toEqual({ code: 'SWIMMING_POOL', group: 'INFRASTRUCTURE', label: { fr: 'Piscine', en: 'Swimming pool' } }));

  it('finds nothing for an unknown code', () => expect(characteristic('swimming_pool')).toBeUndefined());
});
