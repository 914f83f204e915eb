import { comparePositions, formatPosition, isAfter, parsePosition, START, type Position } from './position';

const at = (commit: bigint, prepare: bigint): Position => ({ commit, prepare });

describe('Global position', () => {
  it('orders by commit first, whatever the prepare', () => {
    expect(comparePositions(at(1n, 900n), at(2n, 0n))).toBeLessThan(0);
    expect(comparePositions(at(2n, 0n), at(1n, 900n))).toBeGreaterThan(0);
  });

  it('orders by prepare within one commit', () => {
    expect(comparePositions(at(5n, 1n), at(5n, 2n))).toBeLessThan(0);
    expect(comparePositions(at(5n, 2n), at(5n, 1n))).toBeGreaterThan(0);
  });

  it('finds equal positions equal', () => expect(comparePositions(at(5n, 2n), at(5n, 2n))).toBe(0));

  it('sorts a read in the order readers must see it', () =>
    expect([at(2n, 0n), at(1n, 7n), START, at(1n, 3n)].sort(comparePositions)).toEqual([START, at(1n, 3n), at(1n, 7n), at(2n, 0n)]));

  it('puts the start before the first event', () => {
    expect(isAfter(at(0n, 0n), START)).toBe(true);
    expect(isAfter(START, at(0n, 0n))).toBe(false);
  });

  it('is not after itself', () => expect(isAfter(at(3n, 3n), at(3n, 3n))).toBe(false));

  it('is written commit/prepare', () => expect(formatPosition(at(12n, 34n))).toBe('12/34'));

  it.each([[START], [at(0n, 0n)], [at(12n, 34n)], [at(9_007_199_254_740_993n, 18_446_744_073_709_551_615n)]])(
    'reads back what it wrote for %p, beyond the precision of a number',
    (position) => expect(parsePosition(formatPosition(position))).toEqual(position),
  );

  it.each([[''], ['abc'], ['12'], ['12/'], ['/34'], ['12/34/56'], ['1.5/2'], ['12 / 34'], [' 12/34'], ['12/34\n'], ['0x1/2'], ['1e3/2']])(
    'refuses %j',
    (text) => expect(parsePosition(text)).toBeNull(),
  );
});
