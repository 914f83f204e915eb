import {
  accommodation,
  ADULTS,
  CHILDREN,
  promotion,
  quoteFacts,
  quoteRequest,
  stayRate,
  supplement,
} from '../../../../test/support/tarification-fixtures';
import { refusal, thrownAs } from '../../../../test/support/thrown';
import { euros } from '../../../shared/kernel/money';
import { stay } from '../../../shared/kernel/stay';
import { ExemptionsExceedAdults, type TaxedNights } from '../tourist-tax/tourist-tax-computation';
import type { TouristTaxCategory } from '../tourist-tax/tourist-tax-legal-bounds';
import { parseTariffTable, type TouristTaxTariff, type TouristTaxTariffInput } from '../tourist-tax/tourist-tax-tariff';
import { quote } from './quote';
import { quotedTouristTax, type TaxedQuote, type TouristTaxFacts } from './quote-tourist-tax';

/** Saturday 4 July 2026 for 7 nights, as quote.spec.ts quotes it. */
const WEEK = ['2026-07-04', '2026-07-11'] as const;
const WEEK_NIGHTS = ['2026-07-04', '2026-07-05', '2026-07-06', '2026-07-07', '2026-07-08', '2026-07-09', '2026-07-10'];

const DEPARTMENTAL = { kind: 'DEPARTMENTAL', percent: 10 } as const;
const DEPARTMENTAL_SHARE = (perPersonNight: number, amount: number) => ({ kind: 'DEPARTMENTAL', label: 'Taxe additionnelle départementale', percent: 10, perPersonNight: euros(perPersonNight), amount: euros(amount) });

/** A commune's table; its highest amount, the palace's 3.00 €, caps unclassified lets. */
const tariff = (overrides: Partial<TouristTaxTariffInput> = {}): TouristTaxTariff =>
  parseTariffTable('table', {
    authority: { kind: 'COMMUNE', inseeCode: '84050' },
    year: 2026,
    perPersonNight: { PALACE: 300, FIVE_STARS: 230, FOUR_STARS: 165, THREE_STARS: 110, TWO_STARS: 80, ONE_STAR: 70, GUEST_ROOM: 70 },
    unclassifiedRate: 5,
    additionalTaxes: [DEPARTMENTAL],
    ...overrides,
  });

const byTariff = (category: TouristTaxCategory, tariffs: readonly TouristTaxTariff[] = [tariff()]): TouristTaxFacts => ({ kind: 'TARIFF', authority: 'COMMUNE:84050', category, tariffs });
const FLAT_150: TouristTaxFacts = { kind: 'FLAT', perPersonPerNight: euros(150) };

const occupants = (adults: number, children = 0) => [
  { ageRangeId: ADULTS, count: adults },
  ...(children > 0 ? [{ ageRangeId: CHILDREN, count: children }] : []),
];
const family = (overrides: Parameters<typeof quoteRequest>[2] = {}) => quoteRequest(...WEEK, { occupants: occupants(2, 2), ...overrides });

/** 700 € for the week: 100 € a night. */
const AT_700 = stayRate(WEEK[0], 7, { initialPrice: 70_000 });

const taxedQuote = (overrides: Partial<TaxedQuote> = {}): TaxedQuote => ({
  stay: stay('input', ...WEEK),
  accommodationPrice: euros(70_000),
  occupants: occupants(2, 2),
  ageRanges: accommodation().ageRanges,
  exemptions: {},
  ...overrides,
});

const taxedLines = (facts: TouristTaxFacts, taxed: TaxedQuote = taxedQuote()): TaxedNights[] =>
  (quotedTouristTax(facts, taxed).detail?.lines ?? []).filter((line): line is TaxedNights => line.status === 'TAXED');

describe('Taxe de séjour of a quote', () => {
  describe('a classified gîte, from its commune’s table', () => {
    it('taxes a 2-star gîte 0.80 € + 10 % = 0.88 € for each of 2 adults over 7 nights: 12.32 €, the 2 children exempt', () => {
      // 0.80 € × 10 % = 0.08 €; 0.88 € × 2 adults = 1.76 € a night; × 7 nights = 12.32 €,
      // of which the department's 0.08 € × 2 × 7 = 1.12 €.
      expect(quote(family(), quoteFacts({ touristTax: byTariff('TWO_STARS') })).touristTax).toEqual({
        perPersonPerNight: euros(88),
        taxedPersons: 2,
        amount: euros(1_232),
        authority: 'COMMUNE:84050',
        detail: {
          lines: [
            {
              status: 'TAXED',
              nights: WEEK_NIGHTS,
              personsTaxed: 2,
              personsExempt: { MINOR: 2 },
              basis: { kind: 'TARIFF', category: 'TWO_STARS' },
              communalPerPersonNight: euros(80),
              additionalTaxes: [DEPARTMENTAL_SHARE(8, 112)],
              perPersonNight: euros(88),
              amount: euros(1_232),
            },
          ],
          total: euros(1_232),
        },
      });
    });

    it('does not depend on the price of a classified gîte', () =>
      expect(quote(family(), quoteFacts({ rate: AT_700, touristTax: byTariff('TWO_STARS') })).touristTax.amount).toEqual(euros(1_232)));

    it('takes a chambre d’hôtes at its own row: 0.70 € + 10 % = 0.77 € × 2 adults × 7 nights = 10.78 €', () =>
      expect(quote(family(), quoteFacts({ touristTax: byTariff('GUEST_ROOM') })).touristTax).toMatchObject({ perPersonPerNight: euros(77), amount: euros(1_078) }));

    it('keeps the tax out of the total and the deposit, which stay those of the 450 € stay', () => {
      const q = quote(family(), quoteFacts({ touristTax: byTariff('TWO_STARS') }));
      expect(q.touristTax.amount).toEqual(euros(1_232));
      expect(q.total).toEqual(euros(45_000));
      // 25 % of 450 € = 112.50 €.
      expect(q.deposit).toEqual({ kind: 'ACOMPTE', percent: 25, amount: euros(11_250) });
    });
  });

  describe('an unclassified gîte, at a share of its price', () => {
    const unclassified = byTariff('UNCLASSIFIED', [tariff({ additionalTaxes: [] })]);

    it('takes 5 % of 700 € / 7 nights / 4 occupants = 25 €: 1.25 € per adult and per night, 17.50 € for 2 adults over 7 nights', () => {
      // 700 € / 7 = 100 € a night, shared by all 4 occupants, children included: 25 € each.
      // 5 % of 25 € = 1.25 €; 1.25 € × 2 adults × 7 nights = 17.50 €.
      const q = quote(family(), quoteFacts({ rate: AT_700, touristTax: unclassified }));
      expect(q.touristTax).toMatchObject({ perPersonPerNight: euros(125), taxedPersons: 2, amount: euros(1_750) });
      expect(q.touristTax.detail?.lines).toEqual([
        {
          status: 'TAXED',
          nights: WEEK_NIGHTS,
          personsTaxed: 2,
          personsExempt: { MINOR: 2 },
          basis: { kind: 'PROPORTIONAL', ratePercent: 5, basePerPerson: euros(2_500), cap: euros(300), capApplied: false },
          communalPerPersonNight: euros(125),
          additionalTaxes: [],
          perPersonNight: euros(125),
          amount: euros(1_750),
        },
      ]);
    });

    it('adds the department’s 10 % to the 1.25 €: 1.375 € posted 1.38 €, 19.32 € for the stay', () =>
      // 1.38 € × 2 × 7 = 19.32 €.
      expect(quote(family(), quoteFacts({ rate: AT_700, touristTax: byTariff('UNCLASSIFIED') })).touristTax).toMatchObject({ perPersonPerNight: euros(138), amount: euros(1_932) }));

    it('caps the 1.25 € at the commune’s highest tariff where that is lower: 1.00 € × 2 adults × 7 nights = 14.00 €', () => {
      // Every category at 1.00 € or less (the palace's floor is 0.70 €), so 1.00 € is the cap.
      const lowTable = tariff({ additionalTaxes: [], perPersonNight: { PALACE: 100, FIVE_STARS: 100, FOUR_STARS: 100, THREE_STARS: 100, TWO_STARS: 80, ONE_STAR: 70, GUEST_ROOM: 70 } });
      const [line] = taxedLines(byTariff('UNCLASSIFIED', [lowTable]));
      expect(line.basis).toEqual({ kind: 'PROPORTIONAL', ratePercent: 5, basePerPerson: euros(2_500), cap: euros(100), capApplied: true });
      expect(line).toMatchObject({ communalPerPersonNight: euros(100), perPersonNight: euros(100), amount: euros(1_400) });
    });

    it('leaves 1.25 € alone under the table’s 3.00 € palace', () => expect(taxedLines(unclassified)[0].basis).toMatchObject({ cap: euros(300), capApplied: false }));

    it('takes the price after a 10 % last-minute promotion: 630 € / 7 / 4 = 22.50 €, 5 % = 1.125 € posted 1.13 €, 15.82 € for the stay', () => {
      // Booked on 1 June for 4 July: 33 days ahead, within the promotion's 60. 700 € − 70 € = 630 €,
      // 90 € a night, 22.50 € each; 5 % = 1.125 € rounded half up to 1.13 €; × 2 × 7 = 15.82 €.
      const q = quote(family(), quoteFacts({ rate: AT_700, promotions: [promotion('promo-1')], touristTax: unclassified }));
      expect(q.discountedAccommodationPrice).toEqual(euros(63_000));
      expect(q.touristTax.detail?.lines[0]).toMatchObject({ basis: { basePerPerson: euros(2_250) }, perPersonNight: euros(113) });
      expect(q.touristTax.amount).toEqual(euros(1_582));
    });

    it('takes the price after the rate’s own discount: 700 € less 140 € = 560 €, 20 € each, 1.00 € a night, 14.00 €', () => {
      const discounted = stayRate(WEEK[0], 7, { initialPrice: 70_000, discount: { cents: 14_000 } });
      expect(quote(family(), quoteFacts({ rate: discounted, touristTax: unclassified })).touristTax.amount).toEqual(euros(1_400));
    });

    it('leaves supplements out of the base: 70 € of cleaning leaves the tax at 17.50 €', () => {
      const q = quote(family(), quoteFacts({ rate: AT_700, touristTax: unclassified, accommodation: accommodation({ supplements: [supplement('cleaning', 7_000, 'PER_STAY')] }) }));
      expect(q.total).toEqual(euros(77_000));
      expect(q.touristTax.amount).toEqual(euros(1_750));
    });

    it('takes the owner’s own price as the base: 350 € / 7 / 4 = 12.50 €, 0.625 € posted 0.63 €, 8.82 €', () =>
      // 0.63 € × 2 × 7 = 8.82 €.
      expect(quote(family({ ownerPrice: 35_000 }), quoteFacts({ rate: AT_700, touristTax: unclassified })).touristTax.amount).toEqual(euros(882)));
  });

  describe('exemptions recorded on the file', () => {
    it('lowers the persons a table taxes: 2 adults, 1 a seasonal worker, pay 0.88 € × 1 × 7 = 6.16 €', () => {
      const q = quote(family({ touristTaxExemptions: { SEASONAL_WORKER: 1 } }), quoteFacts({ touristTax: byTariff('TWO_STARS') }));
      expect(q.touristTax).toMatchObject({ taxedPersons: 1, amount: euros(616) });
      expect(q.touristTax.detail?.lines[0]).toMatchObject({ personsTaxed: 1, personsExempt: { MINOR: 2, SEASONAL_WORKER: 1 } });
    });

    it('lowers the persons a flat amount taxes: 1.50 € × 1 × 7 = 10.50 €', () =>
      expect(quote(family({ touristTaxExemptions: { SEASONAL_WORKER: 1 } }), quoteFacts({ touristTax: FLAT_150 })).touristTax).toEqual({
        perPersonPerNight: euros(150),
        taxedPersons: 1,
        amount: euros(1_050),
        detail: null,
        authority: null,
      }));

    it('still divides an unclassified night by every occupant, the exempt adult included: 1.25 € × 1 × 7 = 8.75 €', () =>
      expect(
        quote(family({ touristTaxExemptions: { SEASONAL_WORKER: 1 } }), quoteFacts({ rate: AT_700, touristTax: byTariff('UNCLASSIFIED', [tariff({ additionalTaxes: [] })]) })).touristTax,
      ).toMatchObject({ perPersonPerNight: euros(125), amount: euros(875) }));

    it('taxes nobody when both adults are exempt, children being exempt already', () =>
      expect(quote(family({ touristTaxExemptions: { SEASONAL_WORKER: 1, EMERGENCY_HOUSING: 1 } }), quoteFacts({ touristTax: byTariff('TWO_STARS') })).touristTax).toMatchObject({
        taxedPersons: 0,
        amount: euros(0),
      }));

    it.each<[string, TouristTaxFacts]>([
      ['a table', byTariff('TWO_STARS')],
      ['a flat amount', FLAT_150],
    ])('refuses more exempt persons than adults with %s', (_, facts) =>
      expect(thrownAs(ExemptionsExceedAdults, () => quote(family({ touristTaxExemptions: { SEASONAL_WORKER: 2, TEMPORARY_REHOUSING: 1 } }), quoteFacts({ touristTax: facts })))).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'EXEMPTIONS_EXCEED_ADULTS',
      }));

    it.each<[string, TouristTaxFacts]>([
      ['a table', byTariff('TWO_STARS')],
      ['a flat amount', FLAT_150],
    ])('names the request’s touristTaxExemptions when too many are exempt, with %s', (_, facts) =>
      expect(thrownAs(ExemptionsExceedAdults, () => quote(family({ touristTaxExemptions: { SEASONAL_WORKER: 3 } }), quoteFacts({ touristTax: facts })))).toMatchObject({
        field: 'input.touristTaxExemptions',
      }));

    it.each<[string, number, TouristTaxFacts]>([
      ['-1 seasonal workers with a table', -1, byTariff('TWO_STARS')],
      ['-1 seasonal workers with a flat amount', -1, FLAT_150],
      ['1.5 seasonal workers with a table', 1.5, byTariff('TWO_STARS')],
      ['1.5 seasonal workers with a flat amount', 1.5, FLAT_150],
    ])('refuses %s rather than tax a person who is not there', (_, count, facts) =>
      expect(refusal(() => quote(family({ touristTaxExemptions: { SEASONAL_WORKER: count } }), quoteFacts({ touristTax: facts })))).toMatchObject({ code: 'BAD_USER_INPUT' }));
  });

  describe('a stay across New Year', () => {
    /** Monday 29 December 2025 for 7 nights: 3 nights of 2025, 4 of 2026. */
    const newYear = quoteRequest('2025-12-29', '2026-01-05', { occupants: occupants(2) });
    const facts = (tariffs: readonly TouristTaxTariff[]) =>
      quoteFacts({ now: new Date('2025-11-03T10:00:00Z'), rate: stayRate('2025-12-29', 7, { initialPrice: 45_000 }), touristTax: byTariff('TWO_STARS', tariffs) });
    const of2025 = tariff({ year: 2025 });
    const of2026 = tariff({ perPersonNight: { PALACE: 300, FIVE_STARS: 230, FOUR_STARS: 165, THREE_STARS: 110, TWO_STARS: 100, ONE_STAR: 70, GUEST_ROOM: 70 } });

    it('taxes each night by its year’s table: 0.88 € × 2 × 3 = 5.28 €, then 1.10 € × 2 × 4 = 8.80 €, 14.08 € in all', () => {
      const q = quote(newYear, facts([of2025, of2026]));
      expect(q.touristTax.detail?.lines.map((line) => [line.status, line.nights, line.amount.cents])).toEqual([
        ['TAXED', ['2025-12-29', '2025-12-30', '2025-12-31'], 528],
        ['TAXED', ['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04'], 880],
      ]);
      expect(q.touristTax).toMatchObject({ perPersonPerNight: euros(88), taxedPersons: 2, amount: euros(1_408) });
    });

    it('gives the nights of a year without a table a NO_TARIFF_FOR_YEAR line of 0, and taxes the rest', () => {
      const q = quote(newYear, facts([of2025]));
      expect(q.touristTax.detail?.lines[1]).toEqual({ status: 'NO_TARIFF_FOR_YEAR', nights: ['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04'], amount: euros(0) });
      expect(q.touristTax.amount).toEqual(euros(528));
    });

    it('taxes nothing, and says why night by night, when no year has a table', () => {
      const q = quote(newYear, facts([]));
      expect(q.touristTax).toMatchObject({ perPersonPerNight: euros(0), taxedPersons: 0, amount: euros(0) });
      expect(q.touristTax.detail?.lines.map((line) => [line.status, line.nights.length])).toEqual([['NO_TARIFF_FOR_YEAR', 7]]);
    });
  });

  describe('quotedTouristTax on its own', () => {
    it('says whom a tax would reach when none is collected', () =>
      expect(quotedTouristTax(null, taxedQuote())).toEqual({ perPersonPerNight: euros(0), taxedPersons: 2, amount: euros(0), detail: null, authority: null }));

    it('counts as adults the occupants of an age range it does not know', () =>
      expect(quotedTouristTax(FLAT_150, taxedQuote({ occupants: [{ ageRangeId: 'age-unknown', count: 3 }] }))).toMatchObject({ taxedPersons: 3, amount: euros(3 * 150 * 7) }));

    it('leaves out of the collection period the nights after it: 5 taxed nights of 0.88 € × 2 = 8.80 €', () => {
      const summer = tariff({ collectionPeriod: { from: '2026-04-01', to: '2026-09-30' } });
      const detail = quotedTouristTax(byTariff('TWO_STARS', [summer]), taxedQuote({ stay: stay('input', '2026-09-26', '2026-10-03') })).detail;
      expect(detail?.lines.map((line) => [line.status, line.nights.length, line.amount.cents])).toEqual([
        ['TAXED', 5, 880],
        ['OUTSIDE_COLLECTION_PERIOD', 2, 0],
      ]);
    });

    it('spreads the accommodation price over the nights, the odd cents to the first: 100.01 € over 7 nights', () => {
      // 10 001 cents / 7 = 1 428 r 5: five nights of 14.29 €, then two of 14.28 €, each for 1
      // person; 5 % = 0.7145 € and 0.714 €, both posted 0.71 €, on two lines since their bases
      // differ: 0.71 € × 5 = 3.55 € and 0.71 € × 2 = 1.42 €.
      const lines = taxedLines(byTariff('UNCLASSIFIED', [tariff({ additionalTaxes: [] })]), taxedQuote({ accommodationPrice: euros(10_001), occupants: occupants(1) }));
      expect(lines.map((line) => [line.nights.length, line.basis.kind === 'PROPORTIONAL' && line.basis.basePerPerson.cents, line.perPersonNight.cents, line.amount.cents])).toEqual([
        [5, 1_429, 71, 355],
        [2, 1_428, 71, 142],
      ]);
    });
  });
});
