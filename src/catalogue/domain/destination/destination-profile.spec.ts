import { InvalidInput } from '../../../shared/kernel/errors';
import { departments, httpsWebsite, parseDestinationProfile } from './destination-profile';

const valid = { name: 'Dordogne-Périgord Tourisme', kind: 'TOURISM_AGENCY', area: ['24'], website: 'https://www.dordogne-perigord-tourisme.fr' };

describe('A destination’s profile', () => {
  it('keeps what the destination typed, trimmed', () =>
    expect(parseDestinationProfile('input', { ...valid, name: '  Dordogne-Périgord Tourisme ' })).toEqual({ ...valid, area: ['24'] }));

  it('reads department codes as people write them, each once, in the official order', () =>
    expect(departments('input.area', ['971', ' 2a', '24', '01', '24', '2B'])).toEqual(['01', '2A', '2B', '24', '971']));

  it.each([['20'], ['96'], ['975'], ['1'], ['00'], ['Dordogne'], ['']])('refuses "%s", which is no department, naming its place in the list', (code) =>
    expect(() => departments('input.area', ['24', code])).toThrow(expect.objectContaining({ field: 'input.area[1]', code: 'BAD_USER_INPUT' })));

  it('refuses a destination covering no department', () => expect(() => departments('input.area', [])).toThrow(InvalidInput));

  it.each([
    ['http://www.example.fr', 'must be an https:// address'],
    ['www.example.fr', 'is not a web address'],
    ['https://intranet', 'must be a site on the web'],
    ['https://admin:secret@www.example.fr', 'must not hold a user name or password'],
    ['javascript:alert(1)', 'must be an https:// address'],
  ])('refuses %s as its website', (website, message) => expect(() => httpsWebsite('input.website', website)).toThrow(message));

  it('refuses a kind it does not know', () => expect(() => parseDestinationProfile('input', { ...valid, kind: 'HOTEL_CHAIN' })).toThrow(expect.objectContaining({ field: 'input.kind' })));

  it('refuses an empty name', () => expect(() => parseDestinationProfile('input', { ...valid, name: ' ' })).toThrow(expect.objectContaining({ field: 'input.name' })));
});
