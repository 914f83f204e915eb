import { GITE, STUDIO, thrown } from '../../../../test/support/tarification-fixtures';
import { parsePromotion, promotionApplies, type PromotionInput } from './promotion';

const input = (overrides: Partial<PromotionInput> = {}): PromotionInput => ({ kind: 'LAST_MINUTE', percent: 10, days: 7, accommodationIds: [GITE], ...overrides });
const parse = (overrides: Partial<PromotionInput> = {}) => parsePromotion('input', input(overrides));

const TODAY = '2026-06-01';

describe('Promotion', () => {
  describe('input', () => {
    it('keeps a last-minute promotion, open-ended when no validity is given', () =>
      expect(parse()).toEqual({ kind: 'LAST_MINUTE', percent: 10, days: 7, accommodationIds: [GITE], validFrom: null, validTo: null }));

    it('keeps an early-booking promotion with its validity', () =>
      expect(parse({ kind: 'EARLY_BOOKING', percent: 12.5, days: 90, validFrom: '2026-01-01', validTo: '2026-03-31' })).toEqual({
        kind: 'EARLY_BOOKING',
        percent: 12.5,
        days: 90,
        accommodationIds: [GITE],
        validFrom: '2026-01-01',
        validTo: '2026-03-31',
      }));

    it('lets an early-booking promotion count from 0 days, every stay from tomorrow on', () => expect(parse({ kind: 'EARLY_BOOKING', days: 0 }).days).toBe(0));

    it('reads empty validity dates as open ends', () => expect(parse({ validFrom: '', validTo: '' })).toMatchObject({ validFrom: null, validTo: null }));

    it('accepts a validity of a single day', () => expect(parse({ validFrom: '2026-06-01', validTo: '2026-06-01' })).toMatchObject({ validFrom: '2026-06-01', validTo: '2026-06-01' }));

    it.each<[string, Partial<PromotionInput>, string]>([
      ['an unknown kind', { kind: 'FLASH_SALE' }, 'input.kind'],
      ['a last-minute promotion for stays starting in less than 0 days, which could never apply', { days: 0 }, 'input.days'],
      ['negative days', { kind: 'EARLY_BOOKING', days: -1 }, 'input.days'],
      ['more than two years of days', { kind: 'EARLY_BOOKING', days: 731 }, 'input.days'],
      ['a fraction of a day', { days: 1.5 }, 'input.days'],
      ['0 % off', { percent: 0 }, 'input.percent'],
      ['100 % off', { percent: 100 }, 'input.percent'],
      ['a percentage with three decimals', { percent: 10.125 }, 'input.percent'],
      ['no accommodation', { accommodationIds: [] }, 'input.accommodationIds'],
      ['an accommodation listed twice', { accommodationIds: [GITE, STUDIO, GITE] }, 'input.accommodationIds[2]'],
      ['a validity start that is not a date', { validFrom: '2026-02-30' }, 'input.validFrom'],
      ['a validity ending before it starts', { validFrom: '2026-07-01', validTo: '2026-06-30' }, 'input.validTo'],
    ])('refuses %s, naming the field', (_, overrides, field) => expect(thrown(() => parse(overrides))).toMatchObject({ code: 'BAD_USER_INPUT', field }));

    it('accepts two years of days, the longest it allows', () => expect(parse({ kind: 'EARLY_BOOKING', days: 730 }).days).toBe(730));
  });

  describe('when it applies', () => {
    it('applies last-minute to a stay starting in fewer days than it says', () => expect(promotionApplies(parse({ days: 7 }), GITE, TODAY, 6)).toBe(true));

    it('applies last-minute to a stay starting today', () => expect(promotionApplies(parse({ days: 7 }), GITE, TODAY, 0)).toBe(true));

    it('does not apply last-minute to a stay starting in exactly the days it says: "less than" is strict', () =>
      expect(promotionApplies(parse({ days: 7 }), GITE, TODAY, 7)).toBe(false));

    it('applies early booking to a stay starting in more days than it says', () => expect(promotionApplies(parse({ kind: 'EARLY_BOOKING', days: 60 }), GITE, TODAY, 61)).toBe(true));

    it('does not apply early booking to a stay starting in exactly the days it says: "more than" is strict', () =>
      expect(promotionApplies(parse({ kind: 'EARLY_BOOKING', days: 60 }), GITE, TODAY, 60)).toBe(false));

    it('does not apply early booking to a stay starting sooner', () => expect(promotionApplies(parse({ kind: 'EARLY_BOOKING', days: 60 }), GITE, TODAY, 10)).toBe(false));

    it('does not apply to an accommodation it does not list', () => expect(promotionApplies(parse({ accommodationIds: [STUDIO] }), GITE, TODAY, 1)).toBe(false));

    it('applies to each accommodation it lists', () => expect(promotionApplies(parse({ accommodationIds: [STUDIO, GITE] }), GITE, TODAY, 1)).toBe(true));

    it('applies on the first day of its validity', () => expect(promotionApplies(parse({ validFrom: TODAY, validTo: '2026-06-30' }), GITE, TODAY, 1)).toBe(true));

    it('applies on the last day of its validity', () => expect(promotionApplies(parse({ validFrom: '2026-05-01', validTo: TODAY }), GITE, TODAY, 1)).toBe(true));

    it('does not apply before its validity starts', () => expect(promotionApplies(parse({ validFrom: '2026-06-02' }), GITE, TODAY, 1)).toBe(false));

    it('does not apply after its validity ends', () => expect(promotionApplies(parse({ validTo: '2026-05-31' }), GITE, TODAY, 1)).toBe(false));
  });
});
