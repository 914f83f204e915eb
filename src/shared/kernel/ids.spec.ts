import fc from 'fast-check';
import { isUuid, nameBasedUuid } from './ids';

/** The version is the high nibble of byte 6; the RFC variant is the two high bits 10 of byte 8. */
const versionOf = (uuid: string): number => parseInt(uuid[14], 16);
const variantBitsOf = (uuid: string): number => parseInt(uuid[19], 16) >> 2;

describe('Name-based id', () => {
  it('gives the same id for the same name, every time', () =>
    expect(nameBasedUuid('block-1/2026-07-04/2026-07-11')).toBe(nameBasedUuid('block-1/2026-07-04/2026-07-11')));

  it('is a UUID the rest of the app accepts', () => expect(isUuid(nameBasedUuid('block-1/2026-07-04/2026-07-11'))).toBe(true));

  it('is written in lower case, as generated UUIDs are', () => {
    const id = nameBasedUuid('block-1/2026-07-04/2026-07-11');
    expect(id).toBe(id.toLowerCase());
  });

  it('says it is a version 5 (SHA-1, name-based) UUID', () => expect(versionOf(nameBasedUuid('block-1/2026-07-04/2026-07-11'))).toBe(5));

  it('carries the RFC variant bits 10', () => expect(variantBitsOf(nameBasedUuid('block-1/2026-07-04/2026-07-11'))).toBe(0b10));

  it('gives different ids for names that differ by one character', () =>
    expect(nameBasedUuid('block-1/2026-07-04/2026-07-11')).not.toBe(nameBasedUuid('block-1/2026-07-04/2026-07-12')));

  it('gives different ids for the two parts of one split block', () => {
    const block = '0f8fad5b-d9cb-469f-a165-70867728950e';
    expect(nameBasedUuid(`${block}/2026-07-01/2026-07-04`)).not.toBe(nameBasedUuid(`${block}/2026-07-06/2026-07-11`));
  });

  it('gives a thousand distinct ids for a thousand distinct names', () => {
    const ids = new Set(Array.from({ length: 1_000 }, (_, i) => nameBasedUuid(`block-${i}`)));
    expect(ids.size).toBe(1_000);
  });

  it('gives a valid version 5 UUID for any name, the empty one and any Unicode included', () =>
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (name) => {
        const id = nameBasedUuid(name);
        return isUuid(id) && versionOf(id) === 5 && variantBitsOf(id) === 0b10 && nameBasedUuid(name) === id;
      }),
    ));
});
