import { refusal, thrownAs } from '../../../../test/support/thrown';
import { euros } from '../../../shared/kernel/money';
import { MalformedInseeCode } from '../../../shared/kernel/french-geography';
import { CLASSIFIED_CATEGORIES, KNOWN_LEGAL_YEARS, legalScale, UnknownTouristTaxYear, type ClassifiedCategory } from './tourist-tax-legal-bounds';
import {
  AdditionalTaxOutOfBounds,
  CollectionPeriodOutsideYear,
  DuplicateAdditionalTax,
  highestTariffCents,
  isCollectedOn,
  MalformedSiren,
  parseTariffTable,
  ProportionalRateOutOfBounds,
  TariffOutOfLegalBounds,
  type TouristTaxTariffInput,
} from './tourist-tax-tariff';

/** A commune of the Vaucluse in 2025, every amount inside the legal bounds. */
const table = (overrides: Partial<TouristTaxTariffInput> = {}): TouristTaxTariffInput => ({
  authority: { kind: 'COMMUNE', inseeCode: '84050' },
  year: 2025,
  perPersonNight: { PALACE: 300, FIVE_STARS: 230, FOUR_STARS: 165, THREE_STARS: 110, TWO_STARS: 80, ONE_STAR: 70, GUEST_ROOM: 70 },
  unclassifiedRate: 5,
  additionalTaxes: [{ kind: 'DEPARTMENTAL', percent: 10 }],
  ...overrides,
});

const withAmount = (category: ClassifiedCategory, cents: number, year = 2025): TouristTaxTariffInput =>
  table({ year, perPersonNight: { ...table().perPersonNight, [category]: cents } });

describe('Tourist tax tariff table', () => {
  it('keeps a commune’s table, collected all year when no period is given', () =>
    expect(parseTariffTable('input', table())).toEqual({
      authority: { kind: 'COMMUNE', inseeCode: '84050' },
      year: 2025,
      perPersonNight: {
        PALACE: euros(300),
        FIVE_STARS: euros(230),
        FOUR_STARS: euros(165),
        THREE_STARS: euros(110),
        TWO_STARS: euros(80),
        ONE_STAR: euros(70),
        GUEST_ROOM: euros(70),
      },
      unclassifiedRate: 5,
      additionalTaxes: [{ kind: 'DEPARTMENTAL', label: 'Taxe additionnelle départementale', percent: 10 }],
      collectionPeriod: { from: '2025-01-01', to: '2025-12-31' },
      localExemptions: { notes: [], rentThreshold: null },
    }));

  it('names the highest amount of the table, which caps unclassified accommodations', () => expect(highestTariffCents(parseTariffTable('input', table()))).toBe(300));

  describe('who levies it', () => {
    it.each(['2A004', '2b033', '97411', ' 01001 '])('accepts the INSEE code %s', (code) =>
      expect(parseTariffTable('input', table({ authority: { kind: 'COMMUNE', inseeCode: code } })).authority).toEqual({ kind: 'COMMUNE', inseeCode: code.trim().toUpperCase() }));

    it.each(['8405', '840500', '20004', '00123', '97512', '84O50', ''])('refuses "%s" as an INSEE code', (code) =>
      expect(thrownAs(MalformedInseeCode, () => parseTariffTable('input', table({ authority: { kind: 'COMMUNE', inseeCode: code } })))).toMatchObject({
        field: 'input.authority.inseeCode',
      }));

    it('keeps an intercommunality by its SIREN with its member communes', () =>
      expect(parseTariffTable('input', table({ authority: { kind: 'INTERCOMMUNALITY', siren: '200 054 781', communes: ['75056', '92012'] } })).authority).toEqual({
        kind: 'INTERCOMMUNALITY',
        siren: '200054781',
        communes: ['75056', '92012'],
      }));

    it.each(['200054782', '20005478', 'abcdefghi'])('refuses the SIREN %s, which fails its check', (siren) =>
      expect(thrownAs(MalformedSiren, () => parseTariffTable('input', table({ authority: { kind: 'INTERCOMMUNALITY', siren, communes: ['75056'] } })))).toMatchObject({
        field: 'input.authority.siren',
      }));

    it('refuses an intercommunality without communes', () =>
      expect(refusal(() => parseTariffTable('input', table({ authority: { kind: 'INTERCOMMUNALITY', siren: '200054781', communes: [] } })))).toMatchObject({
        field: 'input.authority.communes',
      }));

    it('refuses a commune listed twice', () =>
      expect(refusal(() => parseTariffTable('input', table({ authority: { kind: 'INTERCOMMUNALITY', siren: '200054781', communes: ['75056', '75056'] } })))).toMatchObject({
        field: 'input.authority.communes.1',
      }));
  });

  describe('amounts within the legal bounds of their year (CGCT L2333-30)', () => {
    it.each(KNOWN_LEGAL_YEARS.flatMap((year) => CLASSIFIED_CATEGORIES.map((category) => [year, category] as const)))('accepts %i %s at its floor and at its ceiling', (year, category) => {
      const { floorCents, ceilingCents } = legalScale('year', year)[category];
      expect(parseTariffTable('input', withAmount(category, floorCents, year)).perPersonNight[category]).toEqual(euros(floorCents));
      expect(parseTariffTable('input', withAmount(category, ceilingCents, year)).perPersonNight[category]).toEqual(euros(ceilingCents));
    });

    it.each(KNOWN_LEGAL_YEARS.flatMap((year) => CLASSIFIED_CATEGORIES.map((category) => [year, category] as const)))('refuses %i %s a cent below its floor or above its ceiling', (year, category) => {
      const { floorCents, ceilingCents } = legalScale('year', year)[category];
      for (const cents of [floorCents - 1, ceilingCents + 1]) {
        expect(thrownAs(TariffOutOfLegalBounds, () => parseTariffTable('input', withAmount(category, cents, year)))).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: `input.perPersonNight.${category}`,
          reason: 'TARIFF_OUT_OF_LEGAL_BOUNDS',
        });
      }
    });

    it('follows the yearly revaluation: a 2-star at 1.00 € is lawful in 2024, not in 2023', () => {
      expect(parseTariffTable('input', withAmount('TWO_STARS', 100, 2024)).perPersonNight.TWO_STARS).toEqual(euros(100));
      expect(thrownAs(TariffOutOfLegalBounds, () => parseTariffTable('input', withAmount('TWO_STARS', 100, 2023))).message).toBe(
        'input.perPersonNight.TWO_STARS: the TWO_STARS tariff for 2023 must be from 0.30 € to 0.90 € per person and per night (CGCT art. L2333-30; got 1.00 €)',
      );
    });

    it('lets a palace reach 4.80 € in 2025 but not in 2024', () => {
      expect(parseTariffTable('input', withAmount('PALACE', 480, 2025)).perPersonNight.PALACE).toEqual(euros(480));
      expect(thrownAs(TariffOutOfLegalBounds, () => parseTariffTable('input', withAmount('PALACE', 480, 2024)))).toBeDefined();
    });

    it('derives 2026 from 2025 and the 2024 index excluding tobacco, +1.8 %, rounded to the tenth', () =>
      // Ceilings: palace 4.80 × 1.018 = 4.8864 → 4.90; 5★ 3.50 × 1.018 = 3.563 → 3.60; 4★ 2.60 ×
      // 1.018 = 2.6468 → 2.60; 3★ 1.70 × 1.018 = 1.7306 → 1.70; 2★ 1.00 × 1.018 = 1.018 → 1.00;
      // 1★ 0.80 × 1.018 = 0.8144 → 0.80. Floors: 0.70 × 1.018 = 0.7126, 0.50 → 0.509, 0.30 → 0.3054,
      // 0.20 → 0.2036, none reaching the next tenth.
      expect(legalScale('year', 2026)).toEqual({
        PALACE: { floorCents: 70, ceilingCents: 490 },
        FIVE_STARS: { floorCents: 70, ceilingCents: 360 },
        FOUR_STARS: { floorCents: 70, ceilingCents: 260 },
        THREE_STARS: { floorCents: 50, ceilingCents: 170 },
        TWO_STARS: { floorCents: 30, ceilingCents: 100 },
        ONE_STAR: { floorCents: 20, ceilingCents: 80 },
        GUEST_ROOM: { floorCents: 20, ceilingCents: 80 },
      }));

    it('lets a palace reach 4.90 € and a 5-star 3.60 € in 2026 but not in 2025', () => {
      expect(parseTariffTable('input', withAmount('PALACE', 490, 2026)).perPersonNight.PALACE).toEqual(euros(490));
      expect(parseTariffTable('input', withAmount('FIVE_STARS', 360, 2026)).perPersonNight.FIVE_STARS).toEqual(euros(360));
      expect(thrownAs(TariffOutOfLegalBounds, () => parseTariffTable('input', withAmount('PALACE', 490, 2025)))).toBeDefined();
      expect(thrownAs(TariffOutOfLegalBounds, () => parseTariffTable('input', withAmount('FIVE_STARS', 360, 2025)))).toBeDefined();
    });

    it('keeps the 4-star ceiling at 2.60 € in 2026: the 0.0468 € of 2.60 × 1.018 is dropped', () =>
      expect(thrownAs(TariffOutOfLegalBounds, () => parseTariffTable('input', withAmount('FOUR_STARS', 270, 2026))).message).toBe(
        'input.perPersonNight.FOUR_STARS: the FOUR_STARS tariff for 2026 must be from 0.70 € to 2.60 € per person and per night (CGCT art. L2333-30; got 2.70 €)',
      ));

    it('puts chambres d’hôtes in the one-star row', () => expect(legalScale('year', 2025).GUEST_ROOM).toEqual(legalScale('year', 2025).ONE_STAR));

    it('requires an amount for every category', () =>
      expect(refusal(() => parseTariffTable('input', table({ perPersonNight: { ...table().perPersonNight, GUEST_ROOM: null } })))).toMatchObject({
        field: 'input.perPersonNight.GUEST_ROOM',
      }));

    it.each([2022, 2027, 2025.5])('refuses %p, a year whose legal bounds are not known', (year) =>
      expect(thrownAs(UnknownTouristTaxYear, () => parseTariffTable('input', table({ year })))).toMatchObject({ field: 'input.year', reason: 'TOURIST_TAX_YEAR_UNKNOWN' }));
  });

  describe('the proportional rate of unclassified accommodations', () => {
    it.each([1, 4.4, 5])('accepts %p %', (rate) => expect(parseTariffTable('input', table({ unclassifiedRate: rate })).unclassifiedRate).toBe(rate));

    it.each([0.5, 0.99, 5.01, 6, 1.234, Number.NaN])('refuses %p %', (rate) =>
      expect(thrownAs(ProportionalRateOutOfBounds, () => parseTariffTable('input', table({ unclassifiedRate: rate })))).toMatchObject({ field: 'input.unclassifiedRate' }));
  });

  describe('additional taxes', () => {
    it('keeps Île-de-France’s: the department’s 10 %, the region’s 15 % and 200 %', () =>
      expect(
        parseTariffTable(
          'input',
          table({
            additionalTaxes: [
              { kind: 'DEPARTMENTAL', percent: 10 },
              { kind: 'REGIONAL', label: 'Société du Grand Paris', percent: 15 },
              { kind: 'REGIONAL', label: 'Île-de-France Mobilités', percent: 200 },
            ],
          }),
        ).additionalTaxes.map(({ label, percent }) => [label, percent]),
      ).toEqual([
        ['Taxe additionnelle départementale', 10],
        ['Société du Grand Paris', 15],
        ['Île-de-France Mobilités', 200],
      ]));

    it('allows none', () => expect(parseTariffTable('input', table({ additionalTaxes: null })).additionalTaxes).toEqual([]));

    it.each([5, 11, 0])('refuses a departmental tax of %p %, which the law sets at 10 %', (percent) =>
      expect(thrownAs(AdditionalTaxOutOfBounds, () => parseTariffTable('input', table({ additionalTaxes: [{ kind: 'DEPARTMENTAL', percent }] })))).toMatchObject({
        field: 'input.additionalTaxes.0.percent',
      }));

    it.each([0, -5, 200.01, 12.345])('refuses another additional tax of %p %', (percent) =>
      expect(thrownAs(AdditionalTaxOutOfBounds, () => parseTariffTable('input', table({ additionalTaxes: [{ kind: 'REGIONAL', label: 'Région', percent }] })))).toMatchObject({
        field: 'input.additionalTaxes.0.percent',
      }));

    it('refuses the departmental tax twice', () =>
      expect(
        thrownAs(DuplicateAdditionalTax, () =>
          parseTariffTable('input', table({ additionalTaxes: [{ kind: 'DEPARTMENTAL', percent: 10 }, { kind: 'DEPARTMENTAL', label: 'Département', percent: 10 }] })),
        ),
      ).toMatchObject({ field: 'input.additionalTaxes.1' }));

    it('requires a label for a tax other than the department’s', () =>
      expect(refusal(() => parseTariffTable('input', table({ additionalTaxes: [{ kind: 'OTHER', percent: 34 }] })))).toMatchObject({ field: 'input.additionalTaxes.0.label' }));
  });

  describe('the collection period', () => {
    it('keeps a season inside the year, both ends collected', () => {
      const tariff = parseTariffTable('input', table({ collectionPeriod: { from: '2025-04-01', to: '2025-09-30' } }));
      expect(tariff.collectionPeriod).toEqual({ from: '2025-04-01', to: '2025-09-30' });
      expect(['2025-03-31', '2025-04-01', '2025-09-30', '2025-10-01'].map((night) => isCollectedOn(tariff, night))).toEqual([false, true, true, false]);
    });

    it('refuses a period that ends in the next year', () =>
      expect(thrownAs(CollectionPeriodOutsideYear, () => parseTariffTable('input', table({ collectionPeriod: { from: '2025-11-01', to: '2026-01-05' } })))).toMatchObject({
        field: 'input.collectionPeriod.to',
      }));

    it('refuses a period that starts in the year before', () =>
      expect(thrownAs(CollectionPeriodOutsideYear, () => parseTariffTable('input', table({ collectionPeriod: { from: '2024-12-01', to: '2025-03-31' } })))).toMatchObject({
        field: 'input.collectionPeriod.from',
      }));

    it('refuses a period that ends before it starts', () =>
      expect(refusal(() => parseTariffTable('input', table({ collectionPeriod: { from: '2025-09-30', to: '2025-04-01' } })))).toMatchObject({ field: 'input.collectionPeriod.to' }));
  });

  describe('local exemptions (CGCT L2333-31)', () => {
    it('keeps the deliberation’s wording and a rent threshold', () =>
      expect(
        parseTariffTable('input', table({ localExemptions: { notes: ['Loyer inférieur à 1 € par nuit et par personne'], rentThreshold: { cents: 100, per: 'PERSON_NIGHT' } } }))
          .localExemptions,
      ).toEqual({ notes: ['Loyer inférieur à 1 € par nuit et par personne'], rentThreshold: { amount: euros(100), per: 'PERSON_NIGHT' } }));

    it('refuses a threshold of nothing', () =>
      expect(refusal(() => parseTariffTable('input', table({ localExemptions: { rentThreshold: { cents: 0, per: 'NIGHT' } } })))).toMatchObject({
        field: 'input.localExemptions.rentThreshold.cents',
      }));

    it('refuses an empty note', () =>
      expect(refusal(() => parseTariffTable('input', table({ localExemptions: { notes: ['  '] } })))).toMatchObject({ field: 'input.localExemptions.notes.0' }));
  });
});
