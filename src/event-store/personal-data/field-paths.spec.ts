import { replaceAt, segmentsOf, valuesAt } from './field-paths';

const payload = {
  dossierId: 'd1',
  guest: { lastName: 'Martin', email: null },
  stays: [{ note: 'allergic to cats', nights: 3 }, { nights: 2 }, { note: 'late arrival', nights: 1 }],
};

describe('personal field paths', () => {
  it('reach a field, a nested field and every element of an array, with the concrete path of each', () => {
    expect(valuesAt(payload, 'guest').map((v) => v.path)).toEqual(['guest']);
    expect(valuesAt(payload, 'guest.lastName')).toEqual([{ field: 'guest.lastName', path: 'guest.lastName', value: 'Martin' }]);
    expect(valuesAt(payload, 'stays.*.note').map((v) => [v.path, v.value])).toEqual([
      ['stays.0.note', 'allergic to cats'],
      ['stays.2.note', 'late arrival'],
    ]);
  });

  it('name nothing where the payload has no such field', () => {
    expect(valuesAt(payload, 'previous.lastName')).toEqual([]);
    expect(valuesAt(payload, 'dossierId.length')).toEqual([]);
  });

  it('keep a null field as a value: present, and nothing about anyone', () => expect(valuesAt(payload, 'guest.email').map((v) => v.value)).toEqual([null]));

  it('replace without changing the payload given, copying only what leads to a replaced value', () => {
    const before = JSON.stringify(payload);
    const replaced = replaceAt(payload, 'stays.*.note', (_, path) => `<${path}>`);
    expect(replaced.stays.map((s) => ('note' in s ? s.note : undefined))).toEqual(['<stays.0.note>', undefined, '<stays.2.note>']);
    expect(JSON.stringify(payload)).toBe(before);
    expect(replaced.guest).toBe(payload.guest);
    expect(replaced.stays[1]).toBe(payload.stays[1]);
  });

  it('give back the very payload when nothing is replaced', () => expect(replaceAt(payload, 'previous', () => 'x')).toBe(payload));

  it('keep a key named __proto__ a key, never a prototype', () => {
    const hostile = JSON.parse('{"notes":{"__proto__":"secret"}}') as Record<string, unknown>;
    const replaced = replaceAt(hostile, 'notes.*', () => 'sealed') as { notes: Record<string, unknown> };
    expect(Object.getPrototypeOf(replaced.notes)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(replaced.notes, '__proto__')?.value).toBe('sealed');
  });

  it('refuse a path with an empty segment', () => expect(() => segmentsOf('guest..email')).toThrow(/empty segment/));
});
