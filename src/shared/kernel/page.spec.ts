import { refusal } from '../../../test/support/thrown';
import { decodeCursor, encodeCursor, pageSize } from './page';

const ID = '00000000-0000-4000-8000-000000000001';
const readPair = ([name, id]: readonly unknown[]): [string, string] | null => (typeof name === 'string' && id === ID ? [name, id] : null);

describe('Paging a list', () => {
  it('takes the list’s default size when none is asked', () => expect(pageSize(null, 20, 100)).toBe(20));

  it.each([[1], [100]])('takes %i rows', (first) => expect(pageSize(first, 20, 100)).toBe(first));

  it.each([[0], [101], [2.5], [-1]])('refuses %p rows, naming first', (first) => expect(refusal(() => pageSize(first, 20, 100))).toMatchObject({ field: 'first' }));

  it('gives back what a cursor was made of', () => expect(decodeCursor(encodeCursor(['dupont marie', ID]), readPair)).toEqual(['dupont marie', ID]));

  it('keeps the form cursors were handed out in: base64url JSON of the row’s keys', () =>
    expect(encodeCursor(['dupont marie', ID])).toBe(Buffer.from(JSON.stringify(['dupont marie', ID])).toString('base64url')));

  it.each([
    ['not base64url JSON', 'not-a-cursor'],
    ['JSON that is no list', Buffer.from('{"a":1}').toString('base64url')],
    ['parts the list does not read', encodeCursor(['dupont marie', 'x'])],
  ])('refuses %s as after, with the list’s own words', (_, after) =>
    expect(refusal(() => decodeCursor(after, readPair, 'is not a cursor of the guests'))).toMatchObject({ field: 'after', message: 'after: is not a cursor of the guests' }));

  it('refuses what reading a cursor throws on as after', () =>
    expect(
      refusal(() =>
        decodeCursor(encodeCursor(['x']), () => {
          throw new Error('unreadable');
        }),
      ),
    ).toMatchObject({ field: 'after' }));
});
