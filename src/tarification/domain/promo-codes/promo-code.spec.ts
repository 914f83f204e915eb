import { GITE, STUDIO, thrown } from '../../../../test/support/tarification-fixtures';
import { MAX_ALLOWED_STAYS, normalizeCode, parsePromoCode, type PromoCodeInput } from './promo-code';

const input = (overrides: Partial<PromoCodeInput> = {}): PromoCodeInput => ({
  code: 'ete2026',
  internalLabel: ' Summer mailing ',
  label: { fr: 'Code été', en: 'Summer code' },
  usage: 'SINGLE',
  percent: 15,
  accommodationIds: [GITE],
  ...overrides,
});
const parse = (overrides: Partial<PromoCodeInput> = {}) => parsePromoCode('input', input(overrides));

describe('Promo code', () => {
  it('refuses a letter outside A–Z even when its capital would be plain letters (ß → SS)', () =>
    expect(thrown(() => normalizeCode('input.code', 'straße1'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.code' }));

  it('keeps a code in capitals, its labels trimmed, for any stay, not combined with promotions by default', () =>
    expect(parse()).toEqual({
      code: 'ETE2026',
      internalLabel: 'Summer mailing',
      label: { fr: 'Code été', en: 'Summer code' },
      usage: 'SINGLE',
      discount: { kind: 'PERCENT', percent: 15 },
      accommodationIds: [GITE],
      allowedStays: null,
      combinesWithPromotions: false,
      validFrom: null,
      validTo: null,
    }));

  it('keeps a fixed amount off', () => expect(parse({ percent: null, cents: 2_000 }).discount).toEqual({ kind: 'AMOUNT', amount: { cents: 2_000, currency: 'EUR' } }));

  it('accepts 100 % off, a stay offered by the owner', () => expect(parse({ percent: 100 }).discount).toEqual({ kind: 'PERCENT', percent: 100 }));

  it('keeps a code that may be used many times and combines with promotions', () =>
    expect(parse({ usage: 'MULTIPLE', combinesWithPromotions: true })).toMatchObject({ usage: 'MULTIPLE', combinesWithPromotions: true }));

  it('keeps the chosen stays it allows', () =>
    expect(
      parse({
        allowedStays: [
          { arrival: '2026-07-04', nights: 7 },
          { arrival: '2026-07-04', nights: 14 },
        ],
      }).allowedStays,
    ).toEqual([
      { arrival: '2026-07-04', nights: 7 },
      { arrival: '2026-07-04', nights: 14 },
    ]));

  it('keeps its validity, when it can be typed in', () => expect(parse({ validFrom: '2026-05-01', validTo: '2026-08-31' })).toMatchObject({ validFrom: '2026-05-01', validTo: '2026-08-31' }));

  it('reads a code typed in lower case and with spaces around as the same code in capitals', () => expect(normalizeCode('input.code', '  summer26 ')).toBe('SUMMER26'));

  it('accepts codes of 3 to 20 characters', () => {
    expect(normalizeCode('input.code', 'AB1')).toBe('AB1');
    expect(normalizeCode('input.code', 'A'.repeat(20))).toBe('A'.repeat(20));
  });

  it.each([
    ['too short', 'AB'],
    ['too long', 'A'.repeat(21)],
    ['with a space inside', 'ETE 2026'],
    ['with a hyphen', 'ETE-2026'],
    ['with an accented letter', 'ÉTÉ2026'],
    ['empty', ''],
  ])('refuses a code %s, naming the field', (_, code) =>
    expect(thrown(() => parse({ code }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.code', message: 'input.code: must be 3 to 20 letters A–Z or digits' }));

  it.each<[string, Partial<PromoCodeInput>, string]>([
    ['an unknown usage', { usage: 'TWICE' }, 'input.usage'],
    ['a usage in lower case', { usage: 'single' }, 'input.usage'],
    ['both a percentage and an amount', { percent: 10, cents: 500 }, 'input.percent'],
    ['neither a percentage nor an amount', { percent: null, cents: null }, 'input.percent'],
    ['0 % off', { percent: 0 }, 'input.percent'],
    ['more than 100 % off', { percent: 100.5 }, 'input.percent'],
    ['an amount of nothing', { percent: null, cents: 0 }, 'input.cents'],
    ['a negative amount', { percent: null, cents: -500 }, 'input.cents'],
    ['an amount in fractions of a cent', { percent: null, cents: 99.9 }, 'input.cents'],
    ['no internal label', { internalLabel: '  ' }, 'input.internalLabel'],
    ['a public label without French', { label: { en: 'Summer code' } }, 'input.label.fr'],
    ['no accommodation', { accommodationIds: [] }, 'input.accommodationIds'],
    ['an accommodation listed twice', { accommodationIds: [GITE, STUDIO, STUDIO] }, 'input.accommodationIds[2]'],
    ['an empty list of allowed stays, which would allow none', { allowedStays: [] }, 'input.allowedStays'],
    [`more than ${MAX_ALLOWED_STAYS} allowed stays`, { allowedStays: Array.from({ length: MAX_ALLOWED_STAYS + 1 }, (_, i) => ({ arrival: '2026-07-04', nights: (i % 90) + 1 })) }, 'input.allowedStays'],
    ['an allowed stay of no night', { allowedStays: [{ arrival: '2026-07-04', nights: 0 }] }, 'input.allowedStays[0].nights'],
    ['an allowed stay over 90 nights', { allowedStays: [{ arrival: '2026-07-04', nights: 91 }] }, 'input.allowedStays[0].nights'],
    ['an allowed stay arriving on no real day', { allowedStays: [{ arrival: '2026-07-04', nights: 7 }, { arrival: '2026-02-30', nights: 7 }] }, 'input.allowedStays[1].arrival'],
    ['an allowed stay listed twice', { allowedStays: [{ arrival: '2026-07-04', nights: 7 }, { arrival: '2026-07-11', nights: 7 }, { arrival: '2026-07-04', nights: 7 }] }, 'input.allowedStays[2]'],
    ['a validity ending before it starts', { validFrom: '2026-08-31', validTo: '2026-05-01' }, 'input.validTo'],
  ])('refuses %s, naming the field', (_, overrides, field) => expect(thrown(() => parse(overrides))).toMatchObject({ code: 'BAD_USER_INPUT', field }));
});
