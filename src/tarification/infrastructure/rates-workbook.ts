import { newWorkbook } from '../../shared/runtime/workbook';
import { addDays, weekdayOf } from '../../shared/kernel/calendar-date';
import { formatMoney } from '../../shared/kernel/money';
import { stayRateId } from '../domain/rates/rate-grid';
import type { StayRateRow } from './stay-rate.row';

const FRENCH_WEEKDAYS = { MONDAY: 'lundi', TUESDAY: 'mardi', WEDNESDAY: 'mercredi', THURSDAY: 'jeudi', FRIDAY: 'vendredi', SATURDAY: 'samedi', SUNDAY: 'dimanche' };
const EUROS = '#,##0.00 "€"';
const DAY = 'dd/mm/yyyy';

/**
 * A rate listing as an Excel workbook, in French for the owners who open it: real dates and
 * amounts in euros (not cents), so the sheet sorts and sums as they expect.
 */
export async function ratesWorkbook(rows: readonly StayRateRow[], ageRangeLabels: ReadonlyMap<string, string>): Promise<Buffer> {
  const workbook = newWorkbook();
  workbook.creator = 'OSMB';
  const sheet = workbook.addWorksheet('Tarifs', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: 'Arrivée', key: 'arrival', width: 12, style: { numFmt: DAY } },
    { header: 'Jour', key: 'day', width: 11 },
    { header: 'Départ', key: 'departure', width: 12, style: { numFmt: DAY } },
    { header: 'Nuits', key: 'nights', width: 7 },
    { header: 'Prix initial', key: 'initial', width: 13, style: { numFmt: EUROS } },
    { header: 'Remise', key: 'discount', width: 11, style: { numFmt: EUROS } },
    { header: 'Prix de vente', key: 'sale', width: 14, style: { numFmt: EUROS } },
    { header: 'Personnes incluses', key: 'included', width: 19 },
    { header: 'Personne en plus, par nuit', key: 'extra', width: 25, style: { numFmt: EUROS } },
    { header: 'Par tranche d’âge, par nuit', key: 'byAgeRange', width: 30 },
    { header: 'Id', key: 'id', width: 16 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow({
      arrival: utcDay(row.arrival),
      day: FRENCH_WEEKDAYS[weekdayOf(row.arrival)],
      departure: utcDay(addDays(row.arrival, row.nights)),
      nights: row.nights,
      initial: row.initialCents / 100,
      discount: (row.initialCents - row.saleCents) / 100,
      sale: row.saleCents / 100,
      included: row.occupancy?.includedOccupants ?? null,
      extra: row.occupancy ? row.occupancy.extraPerNight.cents / 100 : null,
      byAgeRange: row.occupancy?.byAgeRange.map((entry) => `${ageRangeLabels.get(entry.ageRangeId) ?? entry.ageRangeId} ${formatMoney(entry.perNight)}`).join('; ') || null,
      id: stayRateId(row.arrival, row.nights),
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Excel keeps no zone: a day at UTC midnight shows as that day everywhere. */
const utcDay = (date: string): Date => new Date(`${date}T00:00:00Z`);
