import { euros } from '../../shared/kernel/money';
import type { RegisterLine, TouristTaxRegister } from '../domain/tourist-tax-register/register';
import { touristTaxRegisterCsv } from './tourist-tax-register-csv';

const line = (overrides: Partial<RegisterLine>): RegisterLine => {
  const rate = { kind: 'FLAT' as const, category: null, ratePercent: null, label: 'Forfait', nights: 3, personsTaxed: 2, personsExempt: { MINOR: 1 }, perPersonNight: euros(150), taxedPersonNights: 6, exemptPersonNights: 3, amount: euros(900) };
  return {
    dossierId: 'd1',
    dossierNumber: 12,
    stayId: 's1',
    accommodationId: 'a1',
    accommodationName: 'Gîte',
    accommodationAddress: null,
    registrationNumber: '84050123456AB',
    arrival: '2025-07-10',
    departure: '2025-07-13',
    stayNights: 3,
    nights: 3,
    personsTaxed: 2,
    personsExempt: { MINOR: 1 },
    taxedPersonNights: 6,
    exemptPersonNights: 3,
    label: 'Forfait',
    perPersonNight: euros(150),
    amount: euros(900),
    authority: null,
    rates: [rate],
    ...overrides,
  };
};

const register = (lines: RegisterLine[]): TouristTaxRegister => ({
  from: '2025-07-01',
  to: '2025-07-31',
  authority: null,
  lines,
  totals: { stays: lines.length, nights: 3, taxedPersonNights: 6, exemptPersonNights: 3, exemptPersonNightsByReason: { MINOR: 3 }, amount: euros(900) },
});

const rowsOf = (csv: Buffer): string[] => csv.toString('utf8').slice(1).split('\r\n');

describe('the register as CSV', () => {
  it('writes days as dd/mm/yyyy, euros with a decimal comma, the registration number as communes print it, and every column of a row even when its last is empty', () => {
    const [, row, end] = rowsOf(touristTaxRegisterCsv(register([line({})])));
    expect(row).toBe('12;Gîte;;84050 123456 AB;10/07/2025;13/07/2025;3;2;1;0;0;0;0;6;3;Forfait;1,50;9,00;');
    expect(row.split(';')).toHaveLength(19);
    expect(end).toBe('');
  });

  it('quotes a field holding the separator or a quote, and keeps a name a spreadsheet would run as a formula as text', () => {
    const [, row] = rowsOf(touristTaxRegisterCsv(register([line({ accommodationName: '=HYPERLINK("http://x");1', accommodationAddress: 'Mas "Les Oliviers"; route de Gordes' })])));
    expect(row.startsWith(`12;"'=HYPERLINK(""http://x"");1";"Mas ""Les Oliviers""; route de Gordes";`)).toBe(true);
  });
});
