import { searchKey, withoutAccents } from './text';

describe('A place name as it is compared', () => {
  it('reads a name in any case, with or without accents, dashes or apostrophes', () => {
    expect(searchKey('Saint-Léon-sur-Vézère')).toBe('saint leon sur vezere');
    expect(searchKey('  SAINT LEON sur vezère ')).toBe('saint leon sur vezere');
    expect(searchKey("L'Isle-d’Abeau")).toBe('l isle d abeau');
  });

  it('spells out "St" and "Ste", so an address written short is found by its full name', () => {
    expect(searchKey('St-Rémy-de-Provence')).toBe(searchKey('Saint-Rémy-de-Provence'));
    expect(searchKey('STE-MAXIME')).toBe(searchKey('Sainte-Maxime'));
  });

  it('keeps the rest of a word that starts like an abbreviation', () => expect(searchKey('Stenay')).toBe('stenay'));
});

it('takes accents off and lowers the case, nothing else', () => expect(withoutAccents("Lefèvre-DUPRÉ d'Ars")).toBe("lefevre-dupre d'ars"));
