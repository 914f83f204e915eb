import { newWorkbook } from '../../shared/runtime/workbook';
import type { TouristTaxRegister } from '../domain/tourist-tax-register/register';
import { cellOf, REGISTER_COLUMNS, registerRows, type RegisterColumn } from './tourist-tax-register-rows';

const EUROS = '#,##0.00 "€"';
const DAY = 'dd/mm/yyyy';
const DATES: ReadonlySet<RegisterColumn> = new Set(['arrival', 'departure']);
const AMOUNTS: ReadonlySet<RegisterColumn> = new Set(['perPersonNight', 'amount']);
const WIDTHS: Partial<Record<RegisterColumn, number>> = { accommodation: 26, address: 32, registrationNumber: 18, rate: 22, authority: 26 };

/**
 * The registre du logeur as an Excel workbook, in French for the commune and the owner who opens
 * it: the columns of the CSV, real dates and euros, and a totals row under the stays.
 */
export async function touristTaxRegisterWorkbook(register: TouristTaxRegister): Promise<Buffer> {
  const workbook = newWorkbook();
  workbook.creator = 'OSMB';
  workbook.title = `Registre du logeur – taxe de séjour, nuitées du ${frenchDay(register.from)} au ${frenchDay(register.to)}${register.authority === null ? '' : ` (${register.authority})`}`;
  const sheet = workbook.addWorksheet('Registre', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = REGISTER_COLUMNS.map(({ key, header }) => ({
    key,
    header,
    width: WIDTHS[key] ?? Math.max(12, Math.min(header.length, 20)),
    style: DATES.has(key) ? { numFmt: DAY } : AMOUNTS.has(key) ? { numFmt: EUROS } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { wrapText: true, vertical: 'top' };
  for (const row of registerRows(register)) {
    sheet.addRow(Object.fromEntries(REGISTER_COLUMNS.map(({ key }) => [key, valueOf(key, cellOf(row, key))])));
  }
  const { totals } = register;
  const totalRow = sheet.addRow({
    accommodation: `Total : ${totals.stays} séjour${totals.stays > 1 ? 's' : ''}`,
    nights: totals.nights,
    taxedPersonNights: totals.taxedPersonNights,
    exemptPersonNights: totals.exemptPersonNights,
    amount: totals.amount.cents / 100,
  });
  totalRow.font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function valueOf(key: RegisterColumn, value: string | number | null): string | number | Date | null {
  if (value === null) return null;
  if (DATES.has(key)) return utcDay(String(value));
  if (AMOUNTS.has(key)) return Number(value) / 100;
  return value;
}

/** Excel keeps no zone: a day at UTC midnight shows as that day everywhere. */
const utcDay = (date: string): Date => new Date(`${date}T00:00:00Z`);

const frenchDay = (date: string): string => date.split('-').reverse().join('/');
