import { addDays, type CalendarDate } from '../../../shared/kernel/calendar-date';
import { euros } from '../../../shared/kernel/money';
import type { ExemptionReason, TaxedNights, TouristTaxBasis, TouristTaxLine } from '../../../shared/kernel/tourist-tax';
import type { DossierStay, Occupants, StayTouristTax } from '../dossier/dossier';
import { touristTaxRegister, type RegisteredFile, type RegisterFacts } from './register';
import { registerRequest } from './register-request';

const AVIGNON = 'COMMUNE:84050';
const GRAND_BORNAND = 'COMMUNE:74136';
const GITE = 'gite-lavande';
const STUDIO = 'studio-tilleul';
const TWO_STARS: TouristTaxBasis = { kind: 'TARIFF', category: 'TWO_STARS' };
const FIVE_PERCENT: TouristTaxBasis = { kind: 'PROPORTIONAL', ratePercent: 5, basePerPerson: euros(2_500), cap: euros(300), capApplied: false };

const facts: RegisterFacts = {
  accommodations: new Map([
    [GITE, { name: 'Gîte Lavande', address: '12 rue des Lices, 84000 Avignon', registrationNumber: '84050123456AB' }],
    [STUDIO, { name: 'Studio Tilleul', address: null, registrationNumber: null }],
  ]),
  ageRangeMaxAges: new Map([
    ['adult', 100],
    ['child', 16],
    ['baby', 2],
  ]),
};

const JULY = registerRequest({ from: '2026-07-01', to: '2026-07-31' });

const people = (adults: number, children = 0): Occupants[] => [
  { ageRangeId: 'adult', count: adults },
  ...(children > 0 ? [{ ageRangeId: 'child', count: children }] : []),
];

const nightsOf = (arrival: CalendarDate, count: number): CalendarDate[] => Array.from({ length: count }, (_, i) => addDays(arrival, i));

function stay(stayId: string, arrival: CalendarDate, departure: CalendarDate, occupants: Occupants[], touristTaxCents: number, accommodationId = GITE): DossierStay {
  return {
    stayId,
    holdId: `hold-${stayId}`,
    accommodationId,
    arrival,
    departure,
    occupants,
    optionalSupplementIds: [],
    pricing: { accommodationPrice: euros(45_000), overridden: false, discounts: [], supplements: [], touristTax: euros(touristTaxCents) },
  };
}

function taxed(nights: CalendarDate[], perPersonNight: number, personsTaxed: number, personsExempt: Partial<Record<ExemptionReason, number>> = {}, basis = TWO_STARS): TaxedNights {
  const amount = euros(perPersonNight * personsTaxed * nights.length);
  return { status: 'TAXED', nights, personsTaxed, personsExempt, basis, communalPerPersonNight: euros(perPersonNight), additionalTaxes: [], perPersonNight: euros(perPersonNight), amount };
}

function assessed(stayId: string, lines: TouristTaxLine[], authority = AVIGNON, exemptions: StayTouristTax['exemptions'] = {}): StayTouristTax {
  const total = euros(lines.reduce((sum, line) => sum + line.amount.cents, 0));
  return { stayId, exemptions, amount: total, detail: { lines, total }, authority };
}

let numbered = 0;
function file(stays: DossierStay[], touristTaxes: StayTouristTax[] = [], overrides: Partial<RegisteredFile> = {}): RegisteredFile {
  numbered += 1;
  return { dossierId: `dossier-${numbered}`, number: numbered, status: 'CONFIRMED', cancellation: null, deletedAt: null, stays, touristTaxes, ...overrides };
}

/** A 2★ gîte of Avignon at 0.88 € (0.80 € + 10 %), 2 adults and 2 children from Saturday 4 to 11 July 2026: 0.88 × 2 × 7 = 12.32 €. */
const week = () => {
  const s = stay('week', '2026-07-04', '2026-07-11', people(2, 2), 1_232);
  return file([s], [assessed('week', [taxed(nightsOf('2026-07-04', 7), 88, 2, { MINOR: 2 })])]);
};

describe('the registre du logeur', () => {
  it('lists a stay au réel with its nights, persons taxed and exempt, rate and amount: 0.88 € × 2 × 7 = 12.32 €', () => {
    const register = touristTaxRegister([week()], JULY, facts);
    expect(register.lines).toEqual([
      expect.objectContaining({
        accommodationName: 'Gîte Lavande',
        accommodationAddress: '12 rue des Lices, 84000 Avignon',
        registrationNumber: '84050123456AB',
        arrival: '2026-07-04',
        departure: '2026-07-11',
        stayNights: 7,
        nights: 7,
        personsTaxed: 2,
        personsExempt: { MINOR: 2 },
        taxedPersonNights: 14,
        exemptPersonNights: 14,
        label: '2★',
        perPersonNight: euros(88),
        amount: euros(1_232),
        authority: AVIGNON,
      }),
    ]);
    expect(register.totals).toEqual({ stays: 1, nights: 7, taxedPersonNights: 14, exemptPersonNights: 14, exemptPersonNightsByReason: { MINOR: 14 }, amount: euros(1_232) });
  });

  it('counts only the nights inside the period of a stay crossing its end: 28 to 31 July, 0.88 € × 2 × 4 = 7.04 €', () => {
    const crossing = file([stay('late', '2026-07-28', '2026-08-04', people(2), 1_232)], [assessed('late', [taxed(nightsOf('2026-07-28', 7), 88, 2)])]);
    const [line] = touristTaxRegister([crossing], JULY, facts).lines;
    expect(line).toMatchObject({ stayNights: 7, nights: 4, taxedPersonNights: 8, amount: euros(704) });
    const [august] = touristTaxRegister([crossing], registerRequest({ from: '2026-08-01', to: '2026-08-31' }), facts).lines;
    expect(august).toMatchObject({ nights: 3, taxedPersonNights: 6, amount: euros(528) });
  });

  it('takes each year’s table over New Year: 4 nights of 2025 at 0.88 € and 3 of 2026 at 0.99 €, 2 persons, is 7.04 + 5.94 = 12.98 €', () => {
    const lines = [taxed(nightsOf('2025-12-28', 4), 88, 2), taxed(nightsOf('2026-01-01', 3), 99, 2)];
    const newYear = file([stay('ny', '2025-12-28', '2026-01-04', people(2), 1_298)], [assessed('ny', lines)]);
    const winter = touristTaxRegister([newYear], registerRequest({ from: '2025-12-01', to: '2026-01-31' }), facts);
    expect(winter.lines[0]).toMatchObject({ nights: 7, label: '2★', perPersonNight: null, amount: euros(1_298) });
    expect(winter.lines[0].rates.map((rate) => [rate.nights, rate.perPersonNight?.cents, rate.amount.cents])).toEqual([
      [4, 88, 704],
      [3, 99, 594],
    ]);
    const [december] = touristTaxRegister([newYear], registerRequest({ from: '2025-12-01', to: '2025-12-31' }), facts).lines;
    expect(december).toMatchObject({ nights: 4, perPersonNight: euros(88), amount: euros(704) });
    const [january] = touristTaxRegister([newYear], registerRequest({ from: '2026-01-01', to: '2026-01-31' }), facts).lines;
    expect(january).toMatchObject({ nights: 3, perPersonNight: euros(99), amount: euros(594) });
  });

  it('lists recorded exemptions by reason beside the minors: 3 adults, 1 seasonal worker, 1 child taxes 2, 0.88 € × 2 × 5 = 8.80 €', () => {
    const worker = file(
      [stay('w', '2026-07-13', '2026-07-18', people(3, 1), 880)],
      [assessed('w', [taxed(nightsOf('2026-07-13', 5), 88, 2, { MINOR: 1, SEASONAL_WORKER: 1 })], AVIGNON, { SEASONAL_WORKER: 1 })],
    );
    const [line] = touristTaxRegister([worker], JULY, facts).lines;
    expect(line).toMatchObject({ personsTaxed: 2, personsExempt: { MINOR: 1, SEASONAL_WORKER: 1 }, taxedPersonNights: 10, exemptPersonNights: 10, amount: euros(880) });
  });

  it('lists an unclassified stay at its share of the price: "Non classé 5 %", 1.25 € × 2 × 7 = 17.50 €', () => {
    const unclassified = file([stay('u', '2026-07-18', '2026-07-25', people(2, 2), 1_750)], [assessed('u', [taxed(nightsOf('2026-07-18', 7), 125, 2, { MINOR: 2 }, FIVE_PERCENT)])]);
    expect(touristTaxRegister([unclassified], JULY, facts).lines[0]).toMatchObject({ label: 'Non classé 5 %', perPersonNight: euros(125), amount: euros(1_750), rates: [expect.objectContaining({ kind: 'PROPORTIONAL', ratePercent: 5 })] });
  });

  it('lists nights outside the collection period untaxed, each stay night still counted', () => {
    const lines: TouristTaxLine[] = [taxed(nightsOf('2026-07-27', 5), 88, 2), { status: 'OUTSIDE_COLLECTION_PERIOD', nights: nightsOf('2026-08-01', 2), amount: euros(0) }];
    const summer = file([stay('s', '2026-07-27', '2026-08-03', people(2), 880)], [assessed('s', lines)]);
    const [line] = touristTaxRegister([summer], registerRequest({ from: '2026-07-01', to: '2026-08-31' }), facts).lines;
    expect(line).toMatchObject({ nights: 7, taxedPersonNights: 10, label: '2★ / Hors période de perception', perPersonNight: euros(88), amount: euros(880) });
  });

  describe('a stay taxed a flat amount', () => {
    it('counts minors from the age ranges and shares the amount by nights: 1.00 € × 3 adults × 5 nights = 15.00 €, 2 nights in July = 6.00 €', () => {
      const flat = file([stay('f', '2026-07-30', '2026-08-04', people(3, 1), 1_500, STUDIO)]);
      const [line] = touristTaxRegister([flat], JULY, facts).lines;
      expect(line).toMatchObject({
        accommodationName: 'Studio Tilleul',
        accommodationAddress: null,
        nights: 2,
        personsTaxed: 3,
        personsExempt: { MINOR: 1 },
        taxedPersonNights: 6,
        exemptPersonNights: 2,
        label: 'Forfait',
        perPersonNight: euros(100),
        amount: euros(600),
        authority: null,
      });
    });

    it('takes the exemptions recorded on it: 3 adults, 1 in emergency housing, 1.00 € × 2 × 5 = 10.00 €', () => {
      const s = stay('e', '2026-07-06', '2026-07-11', people(3), 1_000, STUDIO);
      const flat = file([s], [{ stayId: 'e', exemptions: { EMERGENCY_HOUSING: 1 }, amount: euros(1_000), detail: null, authority: null }]);
      expect(touristTaxRegister([flat], JULY, facts).lines[0]).toMatchObject({ personsTaxed: 2, personsExempt: { EMERGENCY_HOUSING: 1 }, perPersonNight: euros(100), amount: euros(1_000) });
    });

    it('spreads an amount that does not divide by nights as a price is, so the periods add up to it: 10.00 € over 7 nights is 4.29 € + 5.71 €', () => {
      const odd = file([stay('o', '2026-07-29', '2026-08-05', people(2), 1_000, STUDIO)]);
      const [july] = touristTaxRegister([odd], JULY, facts).lines;
      const [august] = touristTaxRegister([odd], registerRequest({ from: '2026-08-01', to: '2026-08-31' }), facts).lines;
      expect([july.amount.cents, august.amount.cents]).toEqual([429, 571]);
      expect(july.perPersonNight).toBeNull();
    });
  });

  it('leaves out cancelled and deleted files, and stays with no night in the period', () => {
    const cancelled = { ...week(), status: 'CANCELLED' as const, cancellation: { reason: null, at: '2026-06-20T10:00:00Z', by: 'GUEST' as const } };
    const deleted = { ...week(), deletedAt: '2026-06-21T10:00:00Z' };
    const june = file([stay('june', '2026-06-24', '2026-07-01', people(2), 1_232)], [assessed('june', [taxed(nightsOf('2026-06-24', 7), 88, 2)])]);
    const register = touristTaxRegister([cancelled, deleted, june], JULY, facts);
    expect(register.lines).toEqual([]);
    expect(register.totals).toEqual({ stays: 0, nights: 0, taxedPersonNights: 0, exemptPersonNights: 0, exemptPersonNightsByReason: {}, amount: euros(0) });
  });

  it('keeps to one authority’s stays when asked, flat amounts left out: Avignon’s 12.32 € without Le Grand-Bornand’s nor the flat one', () => {
    const bornand = file([stay('gb', '2026-07-11', '2026-07-18', people(2), 1_750, STUDIO)], [assessed('gb', [taxed(nightsOf('2026-07-11', 7), 125, 2, {}, FIVE_PERCENT)], GRAND_BORNAND)]);
    const flat = file([stay('f', '2026-07-20', '2026-07-22', people(2), 400, STUDIO)]);
    const files = [week(), bornand, flat];
    expect(touristTaxRegister(files, registerRequest({ from: '2026-07-01', to: '2026-07-31', authority: 'commune:84050' }), facts).totals.amount).toEqual(euros(1_232));
    const all = touristTaxRegister(files, JULY, facts);
    expect(all.lines.map((line) => line.authority)).toEqual([AVIGNON, GRAND_BORNAND, null]);
    // 12.32 + 17.50 + 1.00 × 2 × 2 = 33.82 €
    expect(all.totals).toMatchObject({ stays: 3, nights: 16, taxedPersonNights: 32, amount: euros(3_382) });
  });

  it('lists stays by arrival, then file number, each stay of a file on its own line', () => {
    const twoRooms = file([stay('b', '2026-07-20', '2026-07-22', people(1), 200, STUDIO), stay('a', '2026-07-02', '2026-07-04', people(1), 200)]);
    const early = week();
    const register = touristTaxRegister([early, twoRooms], JULY, facts);
    expect(register.lines.map((line) => [line.dossierNumber, line.arrival])).toEqual([
      [twoRooms.number, '2026-07-02'],
      [early.number, '2026-07-04'],
      [twoRooms.number, '2026-07-20'],
    ]);
  });
});

describe('what the register is asked', () => {
  it('takes a year of nights, 29 February included', () =>
    expect(registerRequest({ from: '2028-01-01', to: '2028-12-31', authority: ' intercommunality:200054781 ' })).toEqual({ from: '2028-01-01', to: '2028-12-31', authority: 'INTERCOMMUNALITY:200054781' }));

  it.each([
    ['from after to', { from: '2026-08-01', to: '2026-07-31' }, 'from', 'PERIOD_REVERSED'],
    ['a period over 366 nights', { from: '2026-01-01', to: '2027-01-02' }, 'to', 'PERIOD_TOO_LONG'],
    ['a day that does not exist', { from: '2026-02-30', to: '2026-03-31' }, 'from', undefined],
    ['an authority without its kind', { from: '2026-07-01', to: '2026-07-31', authority: '84050' }, 'authority', 'AUTHORITY_MALFORMED'],
    ['an INSEE code of 4 digits', { from: '2026-07-01', to: '2026-07-31', authority: 'COMMUNE:8405' }, 'authority', 'AUTHORITY_MALFORMED'],
    ['a SIREN of 8 digits', { from: '2026-07-01', to: '2026-07-31', authority: 'INTERCOMMUNALITY:20005478' }, 'authority', 'AUTHORITY_MALFORMED'],
  ])('refuses %s, naming the field', (_, input, field, reason) => {
    expect(() => registerRequest(input)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field, ...(reason ? { reason } : {}) }));
  });
});
