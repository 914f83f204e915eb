import fc from 'fast-check';
import { refusal, thrownAs } from '../../../../test/support/thrown';
import { addDays } from '../../../shared/kernel/calendar-date';
import { euros } from '../../../shared/kernel/money';
import {
  computeTouristTax,
  ExemptionsExceedAdults,
  NoOccupants,
  spreadOverNights,
  type TaxedNights,
  type TaxedStay,
  type TouristTaxDetail,
} from './tourist-tax-computation';
import { CLASSIFIED_CATEGORIES, type TouristTaxCategory } from './tourist-tax-legal-bounds';
import { parseTariffTable, type TouristTaxTariff, type TouristTaxTariffInput } from './tourist-tax-tariff';

const DEPARTMENTAL = { kind: 'DEPARTMENTAL', percent: 10 } as const;

const tariff = (overrides: Partial<TouristTaxTariffInput> = {}): TouristTaxTariff =>
  parseTariffTable('input', {
    authority: { kind: 'COMMUNE', inseeCode: '24037' },
    year: 2025,
    perPersonNight: { PALACE: 300, FIVE_STARS: 230, FOUR_STARS: 165, THREE_STARS: 110, TWO_STARS: 80, ONE_STAR: 70, GUEST_ROOM: 70 },
    unclassifiedRate: 5,
    additionalTaxes: [DEPARTMENTAL],
    ...overrides,
  });

/** A table whose highest amount, the palace's, is `topCents`. */
const topTariff = (topCents: number, overrides: Partial<TouristTaxTariffInput> = {}): TouristTaxTariff =>
  tariff({ perPersonNight: { PALACE: topCents, FIVE_STARS: 100, FOUR_STARS: 100, THREE_STARS: 100, TWO_STARS: 80, ONE_STAR: 70, GUEST_ROOM: 70 }, ...overrides });

const ADULTS = (count: number) => ({ maxAge: 99, count });
const CHILDREN = (count: number) => ({ maxAge: 16, count });

const stay = (overrides: Partial<TaxedStay> = {}): TaxedStay => ({
  arrival: '2025-07-05',
  nightlyPrices: spreadOverNights(euros(70_000), 7),
  category: 'TWO_STARS',
  occupants: [ADULTS(2), CHILDREN(2)],
  exemptions: {},
  ...overrides,
});

const taxed = (detail: TouristTaxDetail): TaxedNights[] => detail.lines.filter((line): line is TaxedNights => line.status === 'TAXED');

describe('Tourist tax of a stay', () => {
  describe('a classified accommodation', () => {
    it('taxes a 2-star gîte 0.80 € + 10 % = 0.88 € for each of 2 adults over 7 nights: 12.32 €, children exempt', () => {
      const detail = computeTouristTax('stay', stay(), [tariff()]);
      expect(detail.total).toEqual(euros(1_232));
      expect(detail.lines).toEqual([
        {
          status: 'TAXED',
          nights: ['2025-07-05', '2025-07-06', '2025-07-07', '2025-07-08', '2025-07-09', '2025-07-10', '2025-07-11'],
          personsTaxed: 2,
          personsExempt: { MINOR: 2 },
          basis: { kind: 'TARIFF', category: 'TWO_STARS' },
          communalPerPersonNight: euros(80),
          additionalTaxes: [{ kind: 'DEPARTMENTAL', label: 'Taxe additionnelle départementale', percent: 10, perPersonNight: euros(8), amount: euros(112) }],
          perPersonNight: euros(88),
          amount: euros(1_232),
        },
      ]);
    });

    it('takes a chambre d’hôtes at its own tariff', () =>
      expect(computeTouristTax('stay', stay({ category: 'GUEST_ROOM', occupants: [ADULTS(2)], nightlyPrices: spreadOverNights(euros(9_000), 1) }), [tariff()]).total).toEqual(euros(154)));
  });

  describe('an unclassified accommodation', () => {
    const unclassified = (overrides: Partial<TaxedStay> = {}) => stay({ category: 'UNCLASSIFIED', ...overrides });

    it('takes 5 % of 700 € / 7 nights / 4 occupants = 25 €: 1.25 € per adult and per night before additional taxes', () => {
      const [line] = taxed(computeTouristTax('stay', unclassified(), [tariff({ additionalTaxes: [] })]));
      expect(line.basis).toEqual({ kind: 'PROPORTIONAL', ratePercent: 5, basePerPerson: euros(2_500), cap: euros(300), capApplied: false });
      expect(line.perPersonNight).toEqual(euros(125));
      expect(line.amount).toEqual(euros(1_750));
    });

    it('adds the departmental 10 % to the 1.25 €: 1.375 € rounds to 1.38 €, 19.32 € for 2 adults over 7 nights', () => {
      const detail = computeTouristTax('stay', unclassified(), [tariff()]);
      expect(taxed(detail)[0]).toMatchObject({ communalPerPersonNight: euros(125), perPersonNight: euros(138), personsTaxed: 2, personsExempt: { MINOR: 2 } });
      expect(detail.total).toEqual(euros(1_932));
    });

    it('caps the commune’s part at its highest tariff when that is lower: 1.00 €, then + 10 %', () => {
      const [line] = taxed(computeTouristTax('stay', unclassified(), [topTariff(100)]));
      expect(line.basis).toMatchObject({ cap: euros(100), capApplied: true });
      expect(line.communalPerPersonNight).toEqual(euros(100));
      expect(line.perPersonNight).toEqual(euros(110));
      expect(line.amount).toEqual(euros(1_540));
    });

    it('leaves 1.25 € alone under a highest tariff of 1.30 €', () =>
      expect(taxed(computeTouristTax('stay', unclassified(), [topTariff(130)]))[0]).toMatchObject({ basis: { capApplied: false }, communalPerPersonNight: euros(125) }));

    it('does not call a share equal to the highest tariff capped', () =>
      expect(taxed(computeTouristTax('stay', unclassified(), [topTariff(125)]))[0]).toMatchObject({ basis: { capApplied: false }, communalPerPersonNight: euros(125) }));

    describe('capped at the highest tariff adopted, not at the 4-star ceiling (L2333-30 since the loi de finances pour 2021)', () => {
      const IDF = [DEPARTMENTAL, { kind: 'REGIONAL', label: 'Société du Grand Paris', percent: 15 }, { kind: 'REGIONAL', label: 'Île-de-France Mobilités', percent: 200 }] as const;
      const paris = (year: number, perPersonNight: TouristTaxTariffInput['perPersonNight']) =>
        tariff({ authority: { kind: 'COMMUNE', inseeCode: '75056' }, year, perPersonNight, additionalTaxes: IDF });
      const onePersonOneNight = (arrival: string) => unclassified({ arrival, occupants: [ADULTS(1)], nightlyPrices: [euros(20_000)] });

      it('posts Paris’s 2024 limit of 14.95 €: its palace 4.60 € × 3.25, where the 4-star 2.50 € would give 8.13 €', () => {
        // 5 % of 200 € for 1 person = 10.00 € > 4.60 €, so 4.60 €; + 10 % = 0.46, + 15 % = 0.69,
        // + 200 % = 9.20: 14.95 € exactly, service-public.fr's "up to a limit of €14.95" (A17102).
        const table = paris(2024, { PALACE: 460, FIVE_STARS: 330, FOUR_STARS: 250, THREE_STARS: 160, TWO_STARS: 100, ONE_STAR: 80, GUEST_ROOM: 80 });
        const [line] = taxed(computeTouristTax('stay', onePersonOneNight('2024-07-05'), [table]));
        expect(line.basis).toMatchObject({ cap: euros(460), capApplied: true });
        expect(line.communalPerPersonNight).toEqual(euros(460));
        expect(line.additionalTaxes.map((tax) => tax.perPersonNight.cents)).toEqual([46, 69, 920]);
        expect(line.perPersonNight).toEqual(euros(1_495));
      });

      it('posts Paris’s 2026 limit of 15.93 €: its palace 4.90 € × 3.25 = 15.925 € rounded half up', () => {
        // 10.00 € > 4.90 €, so 4.90 €; + 10 % = 0.49, + 15 % = 0.735, + 200 % = 9.80: 15.925 €
        // → 15.93 €, the cent left after 4.90 + 0.49 + 0.73 + 9.80 = 15.92 going to the 15 %
        // (remainder 0.5 of a cent, the largest).
        const table = paris(2026, { PALACE: 490, FIVE_STARS: 360, FOUR_STARS: 260, THREE_STARS: 170, TWO_STARS: 100, ONE_STAR: 80, GUEST_ROOM: 80 });
        const [line] = taxed(computeTouristTax('stay', onePersonOneNight('2026-07-04'), [table]));
        expect(line.basis).toMatchObject({ cap: euros(490), capApplied: true });
        expect(line.additionalTaxes.map((tax) => tax.perPersonNight.cents)).toEqual([49, 74, 980]);
        expect(line.perPersonNight).toEqual(euros(1_593));
      });

      it('caps a 2025 table whose highest tariff is a 3.00 € palace at 3.00 €, above the 4-star ceiling of 2.60 €', () => {
        // The default table: palace 3.00 €, 4★ 1.65 €. 5 % of 100 € for 1 person = 5.00 € > 3.00 €;
        // + 10 % = 3.30 € a night. Under the 2019–2020 rule it would have been 2.60 € + 10 % = 2.86 €.
        const [line] = taxed(computeTouristTax('stay', unclassified({ occupants: [ADULTS(1)], nightlyPrices: [euros(10_000)] }), [tariff()]));
        expect(line.basis).toMatchObject({ cap: euros(300), capApplied: true });
        expect(line.perPersonNight).toEqual(euros(330));
      });
    });

    it('keeps a hand-built table above the law at the year’s palace ceiling, a guard parseTariffTable makes moot', () => {
      const lawless = tariff();
      const aboveTheLaw: TouristTaxTariff = { ...lawless, perPersonNight: { ...lawless.perPersonNight, PALACE: euros(600) } };
      const [line] = taxed(computeTouristTax('stay', unclassified({ occupants: [ADULTS(1)], nightlyPrices: spreadOverNights(euros(100_000), 1) }), [aboveTheLaw]));
      expect(line.basis).toMatchObject({ cap: euros(480), capApplied: true });
      expect(line.communalPerPersonNight).toEqual(euros(480));
    });

    it('divides the night by every occupant, exempt or not, and taxes the adults only', () => {
      const [line] = taxed(computeTouristTax('stay', unclassified({ occupants: [ADULTS(1), CHILDREN(3)], nightlyPrices: [euros(10_000)] }), [tariff({ additionalTaxes: [] })]));
      expect(line).toMatchObject({ basis: { basePerPerson: euros(2_500) }, perPersonNight: euros(125), personsTaxed: 1, personsExempt: { MINOR: 3 }, amount: euros(125) });
    });

    it('uses the exact share of a night divided by 3: 4 % of 33.333… € = 1.333… €, + 10 % = 1.4666… € → 1.47 €', () =>
      expect(
        taxed(computeTouristTax('stay', unclassified({ occupants: [ADULTS(3)], nightlyPrices: [euros(10_000)] }), [tariff({ unclassifiedRate: 4 })]))[0],
      ).toMatchObject({
        basis: { basePerPerson: euros(3_333) },
        communalPerPersonNight: euros(133),
        additionalTaxes: [{ perPersonNight: euros(14) }],
        perPersonNight: euros(147),
        amount: euros(441),
      }));

    it('makes a line per distinct nightly price', () => {
      const detail = computeTouristTax('stay', unclassified({ nightlyPrices: [euros(10_000), euros(12_000), euros(10_000)] }), [tariff({ additionalTaxes: [] })]);
      expect(detail.lines.map((line) => [line.nights, line.amount.cents])).toEqual([
        [['2025-07-05', '2025-07-07'], 500],
        [['2025-07-06'], 300],
      ]);
      expect(detail.total).toEqual(euros(800));
    });
  });

  describe('exemptions (CGCT L2333-31)', () => {
    it('exempts an age range whose oldest age is 17, and taxes one that reaches 18', () =>
      expect(taxed(computeTouristTax('stay', stay({ occupants: [{ maxAge: 17, count: 2 }, { maxAge: 18, count: 1 }, ADULTS(1)] }), [tariff()]))[0]).toMatchObject({
        personsTaxed: 2,
        personsExempt: { MINOR: 2 },
      }));

    it('counts the adults exempt for each recorded reason', () =>
      expect(
        taxed(computeTouristTax('stay', stay({ occupants: [ADULTS(5), CHILDREN(1)], exemptions: { SEASONAL_WORKER: 1, EMERGENCY_HOUSING: 2, TEMPORARY_REHOUSING: 0 } }), [tariff()]))[0],
      ).toMatchObject({ personsTaxed: 2, personsExempt: { MINOR: 1, SEASONAL_WORKER: 1, EMERGENCY_HOUSING: 2 }, amount: euros(2 * 88 * 7) }));

    it('taxes nobody when every adult is exempt', () =>
      expect(computeTouristTax('stay', stay({ occupants: [ADULTS(2)], exemptions: { SEASONAL_WORKER: 2 } }), [tariff()]).total).toEqual(euros(0)));

    it('refuses more exempt persons than adults', () =>
      expect(thrownAs(ExemptionsExceedAdults, () => computeTouristTax('stay', stay({ exemptions: { SEASONAL_WORKER: 2, EMERGENCY_HOUSING: 1 } }), [tariff()]))).toMatchObject({
        field: 'stay.exemptions',
      }));

    it.each([-1, 1.5])('refuses %p exempt persons', (count) =>
      expect(refusal(() => computeTouristTax('stay', stay({ exemptions: { SEASONAL_WORKER: count } }), [tariff()]))).toMatchObject({ field: 'stay.exemptions.SEASONAL_WORKER' }));

    it('refuses a stay without occupants', () =>
      expect(thrownAs(NoOccupants, () => computeTouristTax('stay', stay({ occupants: [ADULTS(0)] }), [tariff()]))).toMatchObject({ field: 'stay.occupants' }));

    it('exempts everyone on a night whose rent is below the commune’s threshold per night', () => {
      const detail = computeTouristTax(
        'stay',
        stay({ occupants: [ADULTS(2)], nightlyPrices: [euros(1_500), euros(2_000)] }),
        [tariff({ localExemptions: { rentThreshold: { cents: 2_000, per: 'NIGHT' } } })],
      );
      expect(taxed(detail).map(({ nights, personsTaxed, personsExempt, amount }) => ({ nights, personsTaxed, personsExempt, amount }))).toEqual([
        { nights: ['2025-07-05'], personsTaxed: 0, personsExempt: { RENT_BELOW_THRESHOLD: 2 }, amount: euros(0) },
        { nights: ['2025-07-06'], personsTaxed: 2, personsExempt: {}, amount: euros(176) },
      ]);
    });

    it('compares a threshold per person and per night with the night shared by all occupants', () => {
      const rule = [tariff({ localExemptions: { rentThreshold: { cents: 500, per: 'PERSON_NIGHT' } } })];
      expect(computeTouristTax('stay', stay({ nightlyPrices: [euros(1_999)] }), rule).total).toEqual(euros(0));
      expect(computeTouristTax('stay', stay({ nightlyPrices: [euros(2_000)] }), rule).total).toEqual(euros(176));
    });
  });

  describe('when it is collected', () => {
    it('does not tax a night after the collection period', () => {
      const detail = computeTouristTax('stay', stay({ arrival: '2025-09-28', nightlyPrices: spreadOverNights(euros(40_000), 4) }), [
        tariff({ collectionPeriod: { from: '2025-04-01', to: '2025-09-30' } }),
      ]);
      expect(detail.lines.map((line) => [line.status, line.nights])).toEqual([
        ['TAXED', ['2025-09-28', '2025-09-29', '2025-09-30']],
        ['OUTSIDE_COLLECTION_PERIOD', ['2025-10-01']],
      ]);
      expect(detail.total).toEqual(euros(3 * 2 * 88));
    });

    it('takes each night’s own year across New Year, and leaves a year without a table untaxed', () => {
      const of2024 = tariff({ year: 2024, perPersonNight: { PALACE: 300, FIVE_STARS: 230, FOUR_STARS: 165, THREE_STARS: 110, TWO_STARS: 60, ONE_STAR: 50, GUEST_ROOM: 50 } });
      const across = stay({ arrival: '2024-12-30', nightlyPrices: spreadOverNights(euros(30_000), 3) });
      expect(computeTouristTax('stay', across, [of2024, tariff()]).lines.map((line) => [line.nights, line.amount.cents])).toEqual([
        [['2024-12-30', '2024-12-31'], 2 * 2 * 66],
        [['2025-01-01'], 2 * 88],
      ]);
      expect(computeTouristTax('stay', across, [of2024]).lines.map((line) => line.status)).toEqual(['TAXED', 'NO_TARIFF_FOR_YEAR']);
    });

    it('refuses two tables for one year', () => expect(refusal(() => computeTouristTax('stay', stay(), [tariff(), tariff()]))).toMatchObject({ field: 'stay.tariffs' }));
  });

  describe('rounding to the cent, once per person and per night', () => {
    it('rounds 0.75 € + 10 % = 0.825 € up to 0.83 €, then multiplies: 2 adults × 3 nights = 4.98 €', () => {
      const detail = computeTouristTax('stay', stay({ nightlyPrices: spreadOverNights(euros(30_000), 3) }), [
        tariff({ perPersonNight: { PALACE: 300, FIVE_STARS: 230, FOUR_STARS: 165, THREE_STARS: 110, TWO_STARS: 75, ONE_STAR: 70, GUEST_ROOM: 70 } }),
      ]);
      expect(taxed(detail)[0]).toMatchObject({ communalPerPersonNight: euros(75), additionalTaxes: [{ perPersonNight: euros(8), amount: euros(48) }], perPersonNight: euros(83) });
      expect(detail.total).toEqual(euros(498));
    });

    it.each([
      ['FOUR_STARS', 230, 288, [23, 35]],
      ['THREE_STARS', 150, 188, [15, 23]],
    ] as const)('posts Paris’s 2019 figures: %s %i c + 10 % + 15 % → %i c, split %p', (category, cents, total, shares) => {
      const paris = tariff({
        perPersonNight: { PALACE: 400, FIVE_STARS: 300, FOUR_STARS: 230, THREE_STARS: 150, TWO_STARS: 90, ONE_STAR: 80, GUEST_ROOM: 80, [category]: cents },
        additionalTaxes: [DEPARTMENTAL, { kind: 'REGIONAL', label: 'Société du Grand Paris', percent: 15 }],
      });
      const [line] = taxed(computeTouristTax('stay', stay({ category, occupants: [ADULTS(1)], nightlyPrices: [euros(20_000)] }), [paris]));
      expect(line.perPersonNight).toEqual(euros(total));
      expect(line.additionalTaxes.map((tax) => tax.perPersonNight.cents)).toEqual(shares);
    });

    it('rounds Île-de-France’s three additional taxes half up: 3.50 € × 3.25 = 11.375 € → 11.38 €', () => {
      const ile = tariff({
        perPersonNight: { PALACE: 480, FIVE_STARS: 350, FOUR_STARS: 260, THREE_STARS: 170, TWO_STARS: 100, ONE_STAR: 80, GUEST_ROOM: 80 },
        additionalTaxes: [DEPARTMENTAL, { kind: 'REGIONAL', label: 'Société du Grand Paris', percent: 15 }, { kind: 'REGIONAL', label: 'Île-de-France Mobilités', percent: 200 }],
      });
      expect(taxed(computeTouristTax('stay', stay({ category: 'FIVE_STARS', occupants: [ADULTS(1)], nightlyPrices: [euros(50_000)] }), [ile]))[0].perPersonNight).toEqual(euros(1_138));
    });
  });

  it('spreads a stay’s price over its nights, the spare cents on the first nights', () => {
    expect(spreadOverNights(euros(1_000), 3)).toEqual([euros(334), euros(333), euros(333)]);
    expect(spreadOverNights(euros(70_000), 7)).toEqual(Array.from({ length: 7 }, () => euros(10_000)));
  });

  describe('for any stay', () => {
    const categories: TouristTaxCategory[] = [...CLASSIFIED_CATEGORIES, 'UNCLASSIFIED'];
    const stays = fc.record({
      arrivalOffset: fc.integer({ min: 0, max: 364 }),
      prices: fc.array(fc.integer({ min: 0, max: 500_000 }), { minLength: 1, maxLength: 30 }),
      category: fc.constantFrom(...categories),
      adults: fc.integer({ min: 0, max: 12 }),
      minors: fc.integer({ min: 0, max: 6 }),
      seasonal: fc.integer({ min: 0, max: 3 }),
      rate: fc.integer({ min: 100, max: 500 }).map((hundredths) => hundredths / 100),
      surcharges: fc.subarray([10, 15, 34, 200]),
      season: fc.boolean(),
    });

    it('adds its lines up to its total, each line its per-person-night amount times its person-nights, each night once', () =>
      fc.assert(
        fc.property(stays, (input) => {
          const { arrivalOffset, prices, category, adults, minors, seasonal, rate, surcharges, season } = input;
          fc.pre(adults + minors > 0 && seasonal <= adults);
          const table = tariff({
            unclassifiedRate: rate,
            additionalTaxes: surcharges.map((percent) => (percent === 10 ? DEPARTMENTAL : { kind: 'OTHER', label: `Taxe ${percent}`, percent })),
            collectionPeriod: season ? { from: '2025-05-01', to: '2025-09-30' } : null,
          });
          const arrival = addDays('2025-01-01', arrivalOffset);
          const detail = computeTouristTax(
            'stay',
            { arrival, nightlyPrices: prices.map(euros), category, occupants: [ADULTS(adults), CHILDREN(minors)], exemptions: { SEASONAL_WORKER: seasonal } },
            [table],
          );
          expect(detail.total.cents).toBe(detail.lines.reduce((sum, line) => sum + line.amount.cents, 0));
          expect(detail.lines.flatMap((line) => line.nights).sort()).toEqual(prices.map((_, i) => addDays(arrival, i)));
          for (const line of taxed(detail)) {
            const personNights = line.personsTaxed * line.nights.length;
            expect(line.amount.cents).toBe(line.perPersonNight.cents * personNights);
            expect(line.perPersonNight.cents).toBe(line.communalPerPersonNight.cents + line.additionalTaxes.reduce((sum, tax) => sum + tax.perPersonNight.cents, 0));
            expect(line.additionalTaxes.map((tax) => tax.amount.cents)).toEqual(line.additionalTaxes.map((tax) => tax.perPersonNight.cents * personNights));
            expect(line.personsTaxed + Object.values(line.personsExempt).reduce((sum, count) => sum + count, 0)).toBe(adults + minors);
            if (line.basis.kind === 'PROPORTIONAL') expect(line.communalPerPersonNight.cents).toBeLessThanOrEqual(line.basis.cap.cents);
          }
        }),
        { numRuns: 300 },
      ));

    it('rounds the amount per person and per night to the nearest cent of the exact one', () =>
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 200_000 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 100, max: 500 }), fc.subarray([10, 15, 200]), (price, occupants, rate, surcharges) => {
          const table = topTariff(300, { unclassifiedRate: rate / 100, additionalTaxes: surcharges.map((percent) => ({ kind: 'OTHER', label: `Taxe ${percent}`, percent })) });
          const [line] = taxed(computeTouristTax('stay', stay({ category: 'UNCLASSIFIED', occupants: [ADULTS(occupants)], nightlyPrices: [euros(price)] }), [table]));
          const communal = Math.min((price * rate) / 100 / 100 / occupants, 300);
          const exact = communal * (1 + surcharges.reduce((sum, percent) => sum + percent, 0) / 100);
          expect(Math.abs(line.perPersonNight.cents - exact)).toBeLessThanOrEqual(0.5 + 1e-9);
        }),
        { numRuns: 300 },
      ));
  });
});
