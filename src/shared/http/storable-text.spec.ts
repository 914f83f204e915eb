import { findUnstorableText, unstorableText } from './storable-text';

describe('text the database can store', () => {
  it.each(['', 'Martin', 'Ðurić', 'Gîte 🏡', '𝔊', 'line\nbreak'])('stores %j', (text) => expect(unstorableText(text)).toBeNull());

  it.each([
    ['a NUL', 'ETE\u000010', 'must not contain the NUL character (U+0000)'],
    ['a lone high surrogate', 'Mar\ud800tin', 'must not contain a lone UTF-16 surrogate'],
    ['a lone low surrogate at the end', 'Martin\udc00', 'must not contain a lone UTF-16 surrogate'],
    ['a pair written low then high', '\udc00\ud800', 'must not contain a lone UTF-16 surrogate'],
  ])('refuses %s', (_, text, problem) => expect(unstorableText(text)).toBe(problem));

  it('names the first bad text in a parsed body by its path', () =>
    expect(findUnstorableText({ guest: { lastName: 'Martin', phones: ['06', '07\u0000'] } }, '')).toEqual({
      field: 'guest.phones[1]',
      problem: 'must not contain the NUL character (U+0000)',
    }));

  it('refuses a name of a field that cannot be stored, naming the object holding it', () =>
    expect(findUnstorableText({ filter: { 'gu\u0000est': 'x' } }, '')).toEqual({ field: 'filter', problem: 'names of its fields must not contain the NUL character (U+0000)' }));

  it('passes numbers, booleans and nulls', () => expect(findUnstorableText({ a: 1, b: true, c: null, d: [2.5] }, '')).toBeNull());
});
