import type { TouristTaxRegister } from '../domain/tourist-tax-register/register';
import { cellOf, REGISTER_COLUMNS, registerRows, type RegisterColumn } from './tourist-tax-register-rows';

const BOM = '\uFEFF';
const SEPARATOR = ';';
const LINE_END = '\r\n';
const DATES: ReadonlySet<RegisterColumn> = new Set(['arrival', 'departure']);
const AMOUNTS: ReadonlySet<RegisterColumn> = new Set(['perPersonNight', 'amount']);
const TEXTS: ReadonlySet<RegisterColumn> = new Set(['accommodation', 'address']);

/**
 * The register as the CSV French declaration platforms import and French spreadsheets open with a
 * double click: UTF-8 with a byte order mark (else Excel reads it as Windows-1252), `;` between
 * fields (the comma is the decimal mark), amounts with a decimal comma and no currency sign, days
 * as dd/mm/yyyy, one header line, then one line per stay and rate, no totals line (an import would
 * read it as a stay). Written here rather than by exceljs's CSV writer, which ends a row at its last
 * non-empty cell and writes numbers with a decimal point.
 */
export function touristTaxRegisterCsv(register: TouristTaxRegister): Buffer {
  const lines = [REGISTER_COLUMNS.map(({ header }) => field(header)), ...registerRows(register).map((row) => REGISTER_COLUMNS.map(({ key }) => field(formatted(key, cellOf(row, key)))))];
  return Buffer.from(BOM + lines.map((cells) => cells.join(SEPARATOR)).join(LINE_END) + LINE_END, 'utf8');
}

function formatted(key: RegisterColumn, value: string | number | null): string {
  if (value === null) return '';
  if (DATES.has(key)) return String(value).split('-').reverse().join('/');
  if (AMOUNTS.has(key)) return (Number(value) / 100).toFixed(2).replace('.', ',');
  if (TEXTS.has(key)) return neutralised(String(value));
  return String(value);
}

/** Quoted when it holds the separator, a quote or a line break, its quotes doubled (RFC 4180). */
const field = (value: string): string => (/[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/**
 * A name the owner typed that a spreadsheet would run as a formula ("=HYPERLINK(…)") is kept as
 * text by a leading apostrophe (OWASP, "CSV injection").
 */
const neutralised = (text: string): string => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
