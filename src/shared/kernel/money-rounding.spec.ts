import { InvalidInput } from './errors';
import { divideHalfToEven, euros, formatMoney, percent, percentOf } from './money';
import { refusal } from '../../../test/support/thrown';

describe('Rounding money half to even', () => {
  it('rounds 10.625 € down to 10.62 €, the even cent', () => expect(divideHalfToEven(10_625, 10)).toBe(1_062));

  it('rounds 10.635 € up to 10.64 €, the even cent', () => expect(divideHalfToEven(10_635, 10)).toBe(1_064));

  it.each([
    [5, 10, 0],
    [15, 10, 2],
    [25, 10, 2],
    [35, 10, 4],
    [45, 10, 4],
  ])('takes an exact half of %i / %i to the even neighbour %i', (numerator, denominator, expected) => expect(divideHalfToEven(numerator, denominator)).toBe(expected));

  it('rounds what is below a half down and what is above up', () => {
    expect(divideHalfToEven(10_624, 10)).toBe(1_062);
    expect(divideHalfToEven(10_626, 10)).toBe(1_063);
    expect(divideHalfToEven(1, 3)).toBe(0);
    expect(divideHalfToEven(2, 3)).toBe(1);
  });

  it('leaves an exact division alone', () => expect(divideHalfToEven(45_000, 9)).toBe(5_000));

  it('rounds negative halves to the even neighbour too, symmetric with positive ones', () => {
    expect(divideHalfToEven(-10_625, 10)).toBe(-1_062);
    expect(divideHalfToEven(-10_635, 10)).toBe(-1_064);
    expect(divideHalfToEven(-15, 10)).toBe(-2);
    expect(divideHalfToEven(-25, 10)).toBe(-2);
  });

  it('follows the sign of a negative divisor', () => {
    expect(divideHalfToEven(10_625, -10)).toBe(-1_062);
    expect(divideHalfToEven(-10_625, -10)).toBe(1_062);
  });

  // -0 would be stored as 0, and then compare unequal in places that use Object.is.
  it('never yields a negative zero', () => {
    expect(Object.is(divideHalfToEven(-4, 10), 0)).toBe(true);
    expect(Object.is(divideHalfToEven(-5, 10), 0)).toBe(true);
    expect(Object.is(divideHalfToEven(0, -10), 0)).toBe(true);
  });

  it('stays exact on the largest amounts a quote may hold', () => expect(divideHalfToEven(2_147_483_647 * 2_500, 10_000)).toBe(536_870_912));
});

describe('Percentage', () => {
  it('keeps a percentage with two decimals', () => expect(percent('input.percent', 16.5)).toBe(16.5));

  it('keeps a percentage whose hundredths are not exact in binary', () => expect(percent('input.percent', 0.07)).toBe(0.07));

  it('accepts 99.99 %, the most a discount may take off', () => expect(percent('input.percent', 99.99)).toBe(99.99));

  it('accepts 100 % only where the caller allows it', () => {
    expect(percent('input.percent', 100, { allowHundred: true })).toBe(100);
    expect(refusal(() => percent('input.percent', 100)).message).toBe('input.percent: must be a percentage above 0 and at most 99.99');
  });

  it.each([
    ['zero', 0, 'must be a percentage above 0 and at most 99.99'],
    ['a negative share', -5, 'must be a percentage above 0 and at most 99.99'],
    ['more than a hundred', 100.01, 'must be a percentage above 0 and at most 99.99'],
    ['not a number', Number.NaN, 'must be a percentage above 0 and at most 99.99'],
    ['infinity', Number.POSITIVE_INFINITY, 'must be a percentage above 0 and at most 99.99'],
    ['three decimals', 16.125, 'must have at most two decimals'],
    ['a thousandth', 0.001, 'must have at most two decimals'],
  ])('refuses %s, naming the field', (_, value, problem) =>
    expect(refusal(() => percent('input.discount.percent', value))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.discount.percent',
      message: `input.discount.percent: ${problem}`,
    }));

  // A share so small that it rounds to nothing passes "above 0" and then comes back as 0 %.
  it('never accepts a percentage that comes back as zero', () => expect(() => percent('input.percent', 1e-9)).toThrow(InvalidInput));
});

describe('Share of an amount', () => {
  it('takes 25 % of 42.50 € as 10.62 €, the even cent of 10.625 €', () => expect(percentOf(4_250, 25)).toBe(1_062));

  it('takes 25 % of 42.54 € as 10.64 €, the even cent of 10.635 €', () => expect(percentOf(4_254, 25)).toBe(1_064));

  it('takes 25 % of 42.46 € as 10.62 €, the even cent of 10.615 €', () => expect(percentOf(4_246, 25)).toBe(1_062));

  it('takes 25 % of 42.58 € as 10.64 €, the even cent of 10.645 €', () => expect(percentOf(4_258, 25)).toBe(1_064));

  it('takes 15 % of 50 € as exactly 7.50 €', () => expect(percentOf(5_000, 15)).toBe(750));

  it('takes a share with two decimals exactly', () => expect(percentOf(10_000, 16.67)).toBe(1_667));

  it('takes a share whose hundredths are not exact in binary without drifting', () => expect(percentOf(100_000, 0.07)).toBe(70));

  it('takes 25 % of 250 € as 62.50 €, the deposit of the manual', () => expect(percentOf(25_000, 25)).toBe(6_250));

  it('takes 100 % of an amount as the whole amount', () => expect(percentOf(4_253, 100)).toBe(4_253));

  it('takes any share of nothing as nothing', () => expect(percentOf(0, 33.33)).toBe(0));
});

describe('Money in messages', () => {
  it('writes cents as euros with two decimals', () => expect(formatMoney(euros(1_062))).toBe('10.62 €'));

  it('writes whole euros with their zero cents', () => expect(formatMoney(euros(45_000))).toBe('450.00 €'));

  it('writes a few cents with a leading zero', () => expect(formatMoney(euros(5))).toBe('0.05 €'));

  it('writes the largest amount without losing a cent', () => expect(formatMoney(euros(2_147_483_647))).toBe('21474836.47 €'));
});
