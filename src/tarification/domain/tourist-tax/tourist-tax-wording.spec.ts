import { euros } from '../../../shared/kernel/money';
import { computeTouristTax, spreadOverNights, type TaxedNights, type TouristTaxLine, type UntaxedNights } from './tourist-tax-computation';
import { parseTariffTable } from './tourist-tax-tariff';
import { touristTaxCategoryName, touristTaxLineText } from './tourist-tax-wording';

/** What Intl writes between a French amount and its sign, and before a French percent sign: a no-break space. */
const NBSP = '\u00a0';
/** "0,88 €" as Intl writes it in French. */
const eur = (amount: string) => `${amount}${NBSP}€`;
const pct = (value: string) => `${value}${NBSP}%`;

const nightsFrom = (first: string, count: number): string[] => Array.from({ length: count }, (_, i) => new Date(Date.parse(`${first}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10));

const DEPARTMENTAL = (perPersonNight: number, amount: number) => ({ kind: 'DEPARTMENTAL', label: 'Taxe additionnelle départementale', percent: 10, perPersonNight: euros(perPersonNight), amount: euros(amount) }) as const;

/** The 2-star gîte: 0.80 € + 10 % = 0.88 € for 2 adults over 7 nights from Saturday 12 July 2025, 2 children exempt. */
const twoStars: TaxedNights = {
  status: 'TAXED',
  nights: nightsFrom('2025-07-12', 7),
  personsTaxed: 2,
  personsExempt: { MINOR: 2 },
  basis: { kind: 'TARIFF', category: 'TWO_STARS' },
  communalPerPersonNight: euros(80),
  additionalTaxes: [DEPARTMENTAL(8, 112)],
  perPersonNight: euros(88),
  amount: euros(1_232),
};

/** The unclassified gîte: 5 % of 25 € = 1.25 € for 2 adults over 7 nights, no additional tax. */
const proportional = (overrides: Partial<TaxedNights> = {}): TaxedNights => ({
  status: 'TAXED',
  nights: nightsFrom('2026-07-04', 7),
  personsTaxed: 2,
  personsExempt: { MINOR: 2 },
  basis: { kind: 'PROPORTIONAL', ratePercent: 5, basePerPerson: euros(2_500), cap: euros(300), capApplied: false },
  communalPerPersonNight: euros(125),
  additionalTaxes: [],
  perPersonNight: euros(125),
  amount: euros(1_750),
  ...overrides,
});

const untaxed = (status: UntaxedNights['status'], first: string, count: number): TouristTaxLine => ({ status, nights: nightsFrom(first, count), amount: euros(0) });

describe('A line of taxe de séjour in words', () => {
  describe('nights taxed at the category’s tariff', () => {
    it('reads in French with the sums, the amounts as "0,88 €" and the exempt persons', () =>
      expect(touristTaxLineText(twoStars, 'FR')).toBe(
        `7 nuits à partir du 12/07/2025 : 2 personnes × ${eur('0,88')} (meublé 2 étoiles ${eur('0,80')} + Taxe additionnelle départementale ${pct('10')} ${eur('0,08')}) = ${eur('12,32')} ; exonérés : 2 mineurs`,
      ));

    it('reads in English with the same figures', () =>
      expect(touristTaxLineText(twoStars, 'EN')).toBe('7 nights from 12/07/2025: 2 persons × €0.88 (2-star rental €0.80 + Taxe additionnelle départementale 10% €0.08) = €12.32; exempt: 2 minors'));

    it('writes the very text computeTouristTax’s line gives for the issue’s gîte', () => {
      const table = parseTariffTable('input', {
        authority: { kind: 'COMMUNE', inseeCode: '84050' },
        year: 2025,
        perPersonNight: { PALACE: 300, FIVE_STARS: 230, FOUR_STARS: 165, THREE_STARS: 110, TWO_STARS: 80, ONE_STAR: 70, GUEST_ROOM: 70 },
        unclassifiedRate: 5,
        additionalTaxes: [{ kind: 'DEPARTMENTAL', percent: 10 }],
      });
      const { lines } = computeTouristTax(
        'stay',
        { arrival: '2025-07-12', nightlyPrices: spreadOverNights(euros(45_000), 7), category: 'TWO_STARS', occupants: [{ maxAge: 99, count: 2 }, { maxAge: 16, count: 2 }], exemptions: {} },
        [table],
      );
      expect(lines.map((line) => touristTaxLineText(line, 'FR'))).toEqual([touristTaxLineText(twoStars, 'FR')]);
    });

    it('writes one night and one person in the singular, and no exemptions when there are none', () => {
      const one: TaxedNights = { ...twoStars, nights: ['2025-07-12'], personsTaxed: 1, personsExempt: {}, additionalTaxes: [DEPARTMENTAL(8, 8)], amount: euros(88) };
      expect(touristTaxLineText(one, 'FR')).toBe(`1 nuit à partir du 12/07/2025 : 1 personne × ${eur('0,88')} (meublé 2 étoiles ${eur('0,80')} + Taxe additionnelle départementale ${pct('10')} ${eur('0,08')}) = ${eur('0,88')}`);
      expect(touristTaxLineText(one, 'EN')).toBe('1 night from 12/07/2025: 1 person × €0.88 (2-star rental €0.80 + Taxe additionnelle départementale 10% €0.08) = €0.88');
    });

    it('names a chambre d’hôtes and the other categories in each language', () => {
      expect(touristTaxCategoryName('GUEST_ROOM', 'FR')).toBe("chambre d'hôtes");
      expect(touristTaxCategoryName('GUEST_ROOM', 'EN')).toBe('guest room');
      expect(touristTaxCategoryName('ONE_STAR', 'FR')).toBe('meublé 1 étoile');
      expect(touristTaxCategoryName('FIVE_STARS', 'EN')).toBe('5-star rental');
    });

    it('writes thousands in French with a narrow no-break space, as Intl does', () =>
      expect(touristTaxLineText({ ...twoStars, amount: euros(123_456) }, 'FR')).toContain(`= 1\u202f234,56${NBSP}€`));
  });

  describe('nights taxed at a share of the price', () => {
    it('reads the rate and the base per person in French', () =>
      expect(touristTaxLineText(proportional(), 'FR')).toBe(`7 nuits à partir du 04/07/2026 : 2 personnes × ${eur('1,25')} (${pct('5')} de ${eur('25,00')} par personne) = ${eur('17,50')} ; exonérés : 2 mineurs`));

    it('reads the rate and the base per person in English', () =>
      expect(touristTaxLineText(proportional(), 'EN')).toBe('7 nights from 04/07/2026: 2 persons × €1.25 (5% of €25.00 per person) = €17.50; exempt: 2 minors'));

    it('says where the commune’s highest tariff capped it', () => {
      const capped = proportional({ basis: { kind: 'PROPORTIONAL', ratePercent: 5, basePerPerson: euros(2_500), cap: euros(100), capApplied: true }, communalPerPersonNight: euros(100), perPersonNight: euros(100), amount: euros(1_400) });
      expect(touristTaxLineText(capped, 'FR')).toBe(`7 nuits à partir du 04/07/2026 : 2 personnes × ${eur('1,00')} (${pct('5')} de ${eur('25,00')} par personne, plafonné à ${eur('1,00')}) = ${eur('14,00')} ; exonérés : 2 mineurs`);
      expect(touristTaxLineText(capped, 'EN')).toBe('7 nights from 04/07/2026: 2 persons × €1.00 (5% of €25.00 per person, capped at €1.00) = €14.00; exempt: 2 minors');
    });

    it('keeps a cap that did not apply out of the text', () => expect(touristTaxLineText(proportional(), 'FR')).not.toContain('plafonné'));

    it('writes a rate with decimals the French and the English way', () => {
      const line = proportional({ basis: { kind: 'PROPORTIONAL', ratePercent: 2.5, basePerPerson: euros(2_500), cap: euros(300), capApplied: false } });
      expect(touristTaxLineText(line, 'FR')).toContain(`(${pct('2,5')} de ${eur('25,00')} par personne)`);
      expect(touristTaxLineText(line, 'EN')).toContain('(2.5% of €25.00 per person)');
    });

    it('lists the additional taxes after the commune’s share', () => {
      const line = proportional({ additionalTaxes: [DEPARTMENTAL(13, 182)], perPersonNight: euros(138), amount: euros(1_932) });
      expect(touristTaxLineText(line, 'FR')).toBe(
        `7 nuits à partir du 04/07/2026 : 2 personnes × ${eur('1,38')} (${pct('5')} de ${eur('25,00')} par personne + Taxe additionnelle départementale ${pct('10')} ${eur('0,13')}) = ${eur('19,32')} ; exonérés : 2 mineurs`,
      );
    });
  });

  describe('exempt persons', () => {
    it('lists each reason, one person in the singular, in French', () =>
      expect(touristTaxLineText({ ...twoStars, personsTaxed: 1, personsExempt: { MINOR: 2, SEASONAL_WORKER: 1 }, amount: euros(616) }, 'FR')).toMatch(
        / = 6,16\u00a0€ ; exonérés : 2 mineurs, 1 travailleur saisonnier$/,
      ));

    it('lists each reason in English', () =>
      expect(touristTaxLineText({ ...twoStars, personsTaxed: 0, personsExempt: { SEASONAL_WORKER: 2, EMERGENCY_HOUSING: 1, TEMPORARY_REHOUSING: 1 }, amount: euros(0) }, 'EN')).toMatch(
        /= €0\.00; exempt: 2 seasonal workers, 1 person in emergency housing, 1 person temporarily rehoused$/,
      ));

    it('says who the rent threshold exempts', () =>
      expect(touristTaxLineText({ ...twoStars, personsTaxed: 0, personsExempt: { RENT_BELOW_THRESHOLD: 2 }, amount: euros(0) }, 'FR')).toMatch(/exonérés : 2 personnes sous le seuil de loyer$/));

    it('leaves out a reason counted 0', () => expect(touristTaxLineText({ ...twoStars, personsExempt: { MINOR: 0 } }, 'EN')).not.toContain('exempt'));
  });

  describe('nights not taxed', () => {
    it('says nights after the collection period are not taxed', () => {
      const line = untaxed('OUTSIDE_COLLECTION_PERIOD', '2026-10-01', 2);
      expect(touristTaxLineText(line, 'FR')).toBe('2 nuits à partir du 01/10/2026 : hors de la période de perception, non taxées');
      expect(touristTaxLineText(line, 'EN')).toBe('2 nights from 01/10/2026: outside the collection period, not taxed');
    });

    it('names the year no table was entered for', () => {
      const line = untaxed('NO_TARIFF_FOR_YEAR', '2027-01-01', 3);
      expect(touristTaxLineText(line, 'FR')).toBe("3 nuits à partir du 01/01/2027 : aucun tarif de 2027 n'est encore saisi, non taxées");
      expect(touristTaxLineText(line, 'EN')).toBe('3 nights from 01/01/2027: no 2027 tariff entered yet, not taxed');
    });

    it.each<[UntaxedNights['status'], string]>([
      ['OUTSIDE_COLLECTION_PERIOD', '1 nuit à partir du 01/10/2026 : hors de la période de perception, non taxée'],
      ['NO_TARIFF_FOR_YEAR', "1 nuit à partir du 01/10/2026 : aucun tarif de 2026 n'est encore saisi, non taxée"],
    ])('agrees "non taxée" with a single night (%s)', (status, text) => expect(touristTaxLineText(untaxed(status, '2026-10-01', 1), 'FR')).toBe(text));

    it('writes a single night in the singular in English', () => expect(touristTaxLineText(untaxed('NO_TARIFF_FOR_YEAR', '2027-01-01', 1), 'EN')).toBe('1 night from 01/01/2027: no 2027 tariff entered yet, not taxed'));
  });
});
