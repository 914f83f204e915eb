import { department, departmentOfPostalCode, FRENCH_DEPARTMENTS, frenchPostalCode, inseeCode, isInseeCode } from './french-geography';

describe('French departments', () => {
  it('counts the 101 departments: 96 in mainland France and Corsica, 5 overseas', () => {
    expect(FRENCH_DEPARTMENTS).toHaveLength(101);
    expect(FRENCH_DEPARTMENTS).toEqual(expect.arrayContaining(['01', '19', '2A', '2B', '21', '95', '971', '974', '976']));
  });

  it.each([['24', '24'], [' 2a', '2A'], ['971 ', '971']])('reads %j as department %s', (typed, code) => expect(department('input.department', typed)).toBe(code));

  it.each([['20'], ['96'], ['975'], ['1'], ['00'], ['Dordogne'], ['']])('refuses "%s", which is no department, naming the field', (code) =>
    expect(() => department('input.department', code)).toThrow(expect.objectContaining({ field: 'input.department', code: 'BAD_USER_INPUT' })));
});

describe('French postal codes', () => {
  it.each([['8422'], ['842200'], ['84 220'], ['2A000'], ['B-1000']])('refuses %j as a French postal code, naming the field', (code) =>
    expect(() => frenchPostalCode('input.postalCode', code)).toThrow(expect.objectContaining({ field: 'input.postalCode', reason: 'POSTAL_CODE_MALFORMED' })));

  it('tells an owner whose address is abroad to give its country', () =>
    expect(() => frenchPostalCode('input.postalCode', '1000', { abroadHint: true })).toThrow(/give its country/));

  it.each([['09000'], ['20000'], ['97400']])('takes %j as the form of a French postal code, Corsica and overseas included', (code) =>
    expect(frenchPostalCode('postalCode', code)).toBe(code));

  it.each([
    ['24200', '24'],
    ['01000', '01'],
    ['20000', '2A'],
    ['20190', '2A'],
    ['20200', '2B'],
    ['20600', '2B'],
    ['97400', '974'],
    ['98000', '980'],
    ['2420', null],
    ['ABCDE', null],
  ])('finds the department of the postal code %s: %s', (postalCode, code) => expect(departmentOfPostalCode(postalCode)).toBe(code));
});

describe('INSEE codes of communes', () => {
  it.each([
    ['84050', '84050'],
    ['2a004', '2A004'],
    [' 2B033 ', '2B033'],
    ['97411', '97411'],
    ['97611', '97611'],
    ['01001', '01001'],
  ])('reads %j as the commune code %s', (typed, code) => expect(inseeCode('input.inseeCode', typed)).toBe(code));

  it.each([['20004'], ['00123'], ['96001'], ['97501'], ['97701'], ['8405'], ['840500'], ['2C004'], ['84 050'], ['']])('refuses %j, which is no commune code, naming the field', (code) =>
    expect(() => inseeCode('input.inseeCode', code)).toThrow(expect.objectContaining({ field: 'input.inseeCode', code: 'BAD_USER_INPUT', reason: 'INSEE_CODE_MALFORMED' })));

  it('checks the form as it is, for a caller that has normalised it already', () => {
    expect(isInseeCode('75056')).toBe(true);
    expect(isInseeCode('2a004')).toBe(false);
  });
});
