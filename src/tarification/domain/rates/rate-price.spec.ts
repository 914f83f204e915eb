import { thrown } from '../../../../test/support/tarification-fixtures';
import { discountCents, parseRatePrice, shownDiscountPercent, type RatePriceInput } from './rate-price';

const parse = (input: RatePriceInput) => parseRatePrice('input', input);

describe('Rate price', () => {
  it('refuses a percentage that would round the sale price down to nothing', () =>
    expect(thrown(() => parseRatePrice('input', { initialPrice: 40, discount: { percent: 99 } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.discount' }));

  describe('initial price, discount, sale price', () => {
    it('sells at 75 € a stay priced 90 € with 15 € off', () =>
      expect(parse({ initialPrice: 9_000, discount: { cents: 1_500 } })).toEqual({
        initialPrice: { cents: 9_000, currency: 'EUR' },
        discount: { kind: 'AMOUNT', amount: { cents: 1_500, currency: 'EUR' } },
        salePrice: { cents: 7_500, currency: 'EUR' },
        occupancy: null,
      }));

    it('shows 90 € → 75 € as −16 %, not rounding 16.67 % up beyond what the guest saves', () =>
      expect(shownDiscountPercent(parse({ initialPrice: 9_000, discount: { cents: 1_500 } }))).toBe(16));

    it('shows a share off exactly when it is whole', () => expect(shownDiscountPercent(parse({ initialPrice: 9_000, discount: { percent: 10 } }))).toBe(10));

    it('shows no reduction for a rate without discount', () => expect(shownDiscountPercent(parse({ initialPrice: 9_000 }))).toBe(0));

    it('sells at the initial price when there is no discount', () =>
      expect(parse({ initialPrice: 9_000 })).toMatchObject({ discount: null, salePrice: { cents: 9_000 } }));

    it('treats a discount of 0 cents as no discount', () =>
      expect(parse({ initialPrice: 9_000, discount: { cents: 0 } })).toMatchObject({ discount: null, salePrice: { cents: 9_000 } }));

    it('keeps a share off as the owner typed it and sells at the price it leaves', () =>
      expect(parse({ initialPrice: 9_000, discount: { percent: 12.5 } })).toMatchObject({
        discount: { kind: 'PERCENT', percent: 12.5 },
        salePrice: { cents: 7_875 },
      }));

    it('rounds a share off half to even: 25 % of 42.50 € takes off 10.62 €', () =>
      expect(parse({ initialPrice: 4_250, discount: { percent: 25 } }).salePrice.cents).toBe(3_188));

    it('rounds a share off half to even: 25 % of 42.54 € takes off 10.64 €', () =>
      expect(parse({ initialPrice: 4_254, discount: { percent: 25 } }).salePrice.cents).toBe(3_190));

    it('takes nothing off for no discount', () => expect(discountCents(null, { cents: 9_000, currency: 'EUR' })).toBe(0));

    it('accepts a discount one cent under the initial price', () =>
      expect(parse({ initialPrice: 9_000, discount: { cents: 8_999 } }).salePrice.cents).toBe(1));
  });

  describe('occupancy', () => {
    it('keeps the included occupants and the price of each extra person, per age range where listed', () =>
      expect(
        parse({ initialPrice: 45_000, occupancy: { includedOccupants: 4, extraPerNight: 1_500, byAgeRange: [{ ageRangeId: 'age-children', perNight: 800 }] } }).occupancy,
      ).toEqual({
        includedOccupants: 4,
        extraPerNight: { cents: 1_500, currency: 'EUR' },
        byAgeRange: [{ ageRangeId: 'age-children', perNight: { cents: 800, currency: 'EUR' } }],
      }));

    it('lists no age range when none is given', () =>
      expect(parse({ initialPrice: 45_000, occupancy: { includedOccupants: 2, extraPerNight: 1_000 } }).occupancy?.byAgeRange).toEqual([]));

    it('lets extra persons stay free', () =>
      expect(parse({ initialPrice: 45_000, occupancy: { includedOccupants: 2, extraPerNight: 0 } }).occupancy?.extraPerNight.cents).toBe(0));
  });

  it.each<[string, RatePriceInput, string]>([
    ['a free stay', { initialPrice: 0 }, 'input.initialPrice'],
    ['a negative price', { initialPrice: -100 }, 'input.initialPrice'],
    ['a price in fractions of a cent', { initialPrice: 99.5 }, 'input.initialPrice'],
    ['both an amount and a share off', { initialPrice: 9_000, discount: { cents: 1_500, percent: 10 } }, 'input.discount'],
    ['a discount with neither amount nor share', { initialPrice: 9_000, discount: { cents: null, percent: null } }, 'input.discount'],
    ['a discount as large as the price', { initialPrice: 9_000, discount: { cents: 9_000 } }, 'input.discount.cents'],
    ['a discount larger than the price', { initialPrice: 9_000, discount: { cents: 9_001 } }, 'input.discount.cents'],
    ['a negative discount', { initialPrice: 9_000, discount: { cents: -1 } }, 'input.discount.cents'],
    ['a discount in fractions of a cent', { initialPrice: 9_000, discount: { cents: 10.5 } }, 'input.discount.cents'],
    ['a share off of 100 %', { initialPrice: 9_000, discount: { percent: 100 } }, 'input.discount.percent'],
    ['a share off of 0 %', { initialPrice: 9_000, discount: { percent: 0 } }, 'input.discount.percent'],
    ['a share off with three decimals', { initialPrice: 9_000, discount: { percent: 12.345 } }, 'input.discount.percent'],
    ['no included occupant', { initialPrice: 9_000, occupancy: { includedOccupants: 0, extraPerNight: 1_000 } }, 'input.occupancy.includedOccupants'],
    ['more than 100 included occupants', { initialPrice: 9_000, occupancy: { includedOccupants: 101, extraPerNight: 1_000 } }, 'input.occupancy.includedOccupants'],
    ['a fraction of an occupant', { initialPrice: 9_000, occupancy: { includedOccupants: 2.5, extraPerNight: 1_000 } }, 'input.occupancy.includedOccupants'],
    ['a negative price per extra person', { initialPrice: 9_000, occupancy: { includedOccupants: 2, extraPerNight: -1 } }, 'input.occupancy.extraPerNight'],
    [
      'an age range listed twice',
      {
        initialPrice: 9_000,
        occupancy: {
          includedOccupants: 2,
          extraPerNight: 1_000,
          byAgeRange: [
            { ageRangeId: 'age-children', perNight: 500 },
            { ageRangeId: 'age-children', perNight: 700 },
          ],
        },
      },
      'input.occupancy.byAgeRange[1].ageRangeId',
    ],
    [
      'a negative price for an age range',
      { initialPrice: 9_000, occupancy: { includedOccupants: 2, extraPerNight: 1_000, byAgeRange: [{ ageRangeId: 'age-children', perNight: -5 }] } },
      'input.occupancy.byAgeRange[0].perNight',
    ],
  ])('refuses %s, naming the field', (_, input, field) => expect(thrown(() => parse(input))).toMatchObject({ code: 'BAD_USER_INPUT', field }));

  it('says the discount must stay under the initial price', () =>
    expect(thrown(() => parse({ initialPrice: 9_000, discount: { cents: 9_000 } })).message).toBe('input.discount.cents: must be less than the initial price'));
});
