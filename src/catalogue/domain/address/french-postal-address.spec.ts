import {
  assertCommuneOf,
  CommuneNotInPostalCode,
  frenchPostalAddress,
  UnknownPostalCode,
  type Commune,
} from './french-postal-address';

const commune = (inseeCode: string, name: string, postalCode: string, deliveryLabel: string): Commune => ({ inseeCode, name, postalCode, deliveryLabel });

const FOIX = [
  commune('09122', 'Foix', '09000', 'FOIX'),
  commune('09138', "L'Herm", '09000', 'L HERM'),
  commune('09264', 'Saint-Jean-de-Verges', '09000', 'ST-JEAN-DE-VERGES'),
];
const AIX_LES_MILLES = [commune('13001', 'Aix-en-Provence', '13290', 'LES MILLES')];
const ALPILLES = [commune('13011', 'Les Baux-de-Provence', '13520', 'BAUX-DE-PROVENCE (LES)'), commune('13068', 'Paradou', '13520', 'PARADOU (LE)')];
const LYON_3 = [commune('69383', 'Lyon 3e Arrondissement', '69003', 'LYON')];

const check = (city: string | null, postalCode: string, communes: readonly Commune[]) => () => assertCommuneOf('input', { postalCode, city }, communes);

describe('French postal addresses', () => {
  it('checks an address with no country or France as its country, and leaves one abroad as typed', () => {
    expect(frenchPostalAddress({ postalCode: '09000', city: 'Foix' })).toEqual({ postalCode: '09000', city: 'Foix' });
    expect(frenchPostalAddress({ postalCode: '09000', city: 'Foix', country: null })).not.toBeNull();
    for (const country of ['FR', 'fra', 'France', ' FRANCE ']) expect(frenchPostalAddress({ postalCode: '09000', city: null, country })).not.toBeNull();
    expect(frenchPostalAddress({ postalCode: '1000', city: 'Bruxelles', country: 'Belgique' })).toBeNull();
    expect(frenchPostalAddress({ postalCode: null, city: 'Foix' })).toBeNull();
  });

  it('refuses a postal code the official list does not hold', () => expect(check('Foix', '09999', [])).toThrow(UnknownPostalCode));

  it.each([
    ['Foix', FOIX],
    ['FOIX', FOIX],
    ['l’herm', FOIX],
    ['Saint Jean de Vergès', FOIX],
    ['St-Jean-de-Verges', FOIX],
    ['Les Milles', AIX_LES_MILLES],
    ['aix en provence', AIX_LES_MILLES],
    ['Les Baux de Provence', ALPILLES],
    ['Le Paradou', ALPILLES],
    ['Lyon', LYON_3],
    ['Lyon 3e arrondissement', LYON_3],
  ])('takes %j as a commune of its postal code, by name or libellé d’acheminement', (city, communes) =>
    expect(check(city, communes[0].postalCode, communes)).not.toThrow());

  it('takes a postal code without a city', () => expect(check(null, '09000', FOIX)).not.toThrow());

  it('refuses a city that is none of the postal code’s communes, naming the city and listing them', () => {
    expect(check('Pamiers', '09000', FOIX)).toThrow(CommuneNotInPostalCode);
    expect(check('Pamiers', '09000', FOIX)).toThrow(expect.objectContaining({ field: 'input.city', reason: 'COMMUNE_NOT_IN_POSTAL_CODE' }));
    expect(check('Pamiers', '09000', FOIX)).toThrow(/"Pamiers" is not a commune of postal code 09000, which serves Foix, L'Herm, Saint-Jean-de-Verges$/);
  });

  it('names a few of many communes, and how many there are', () => {
    const many = Array.from({ length: 24 }, (_, i) => commune(`09${100 + i}`, `Commune ${i + 1}`, '09000', `COMMUNE ${i + 1}`));
    expect(check('Pamiers', '09000', many)).toThrow(/Commune 8, … \(24 in all\)$/);
  });
});
