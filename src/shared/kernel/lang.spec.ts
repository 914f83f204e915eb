import { preferredLang } from './lang';

describe('The language a browser prefers', () => {
  it.each([
    ['fr-FR,fr;q=0.9,en;q=0.8', 'FR'],
    ['en-GB,en;q=0.9,fr;q=0.8', 'EN'],
    ['de-DE,de;q=0.9,en;q=0.5,fr;q=0.7', 'FR'],
    ['fr;q=0.2, en;q=0.9', 'EN'],
    ['EN-us', 'EN'],
    ['fr;q=0, en;q=0.1', 'EN'],
  ])('reads %s as %s', (header, lang) => expect(preferredLang(header)).toBe(lang));

  it.each([undefined, null, '', 'de-DE,es', '*', 'fr;q=0', ';;;,,,'])('has no preference of ours in %p', (header) => expect(preferredLang(header)).toBeNull());

  it('keeps the order the browser gave among equal weights', () => expect(preferredLang('en, fr')).toBe('EN'));
});
