import { newWorkbook } from '../../shared/runtime/workbook';
import { localDayAndHour } from '../../shared/kernel/calendar-date';
import type { DossierStatus, Origin } from '../domain/dossier/dossier';
import { guestName } from '../domain/dossier/guest';
import type { DossierDocument } from './dossier-document';
import { personCount } from '../../tarification/contracts';
import { printedRegistrationNumber } from '../../shared/kernel/registration-number';

/** What the listing names of each accommodation. */
export interface WorkbookAccommodation {
  readonly name: string;
  /** A meublé de tourisme's, 13 characters without spaces; null when it has none. */
  readonly registrationNumber: string | null;
}

const STATUS_FR: Record<DossierStatus, string> = { OPTION: 'Option', CONFIRMED: 'Confirmé', PAID: 'Soldé', CANCELLED: 'Annulé' };
const ORIGIN_FR: Record<Origin, string> = { BACK_OFFICE: 'Back-office', ONLINE: 'En ligne', MARKETPLACE: 'Place de marché', CHANNEL: 'Channel manager', ICAL: 'Calendrier importé' };
const EUROS = '#,##0.00 "€"';
const DAY = 'dd/mm/yyyy';

/**
 * A listing of booking files as an Excel workbook, in French for the owners who open it: one row
 * per stay (a file with two rooms takes two rows, its sums on the first), real dates and euros.
 */
export async function dossiersWorkbook(files: readonly DossierDocument[], accommodations: ReadonlyMap<string, WorkbookAccommodation>): Promise<Buffer> {
  const workbook = newWorkbook();
  workbook.creator = 'OSMB';
  const sheet = workbook.addWorksheet('Dossiers', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: 'N°', key: 'number', width: 7 },
    { header: 'Créé le', key: 'createdAt', width: 12, style: { numFmt: DAY } },
    { header: 'Statut', key: 'status', width: 11 },
    { header: 'Origine', key: 'origin', width: 16 },
    { header: 'Client', key: 'guest', width: 24 },
    { header: 'Email', key: 'email', width: 28 },
    { header: 'Téléphone', key: 'phone', width: 16 },
    { header: 'Hébergement', key: 'accommodation', width: 26 },
    { header: 'Arrivée', key: 'arrival', width: 12, style: { numFmt: DAY } },
    { header: 'Départ', key: 'departure', width: 12, style: { numFmt: DAY } },
    { header: 'Personnes', key: 'persons', width: 10 },
    { header: 'Montant total', key: 'total', width: 14, style: { numFmt: EUROS } },
    { header: 'Acompte / arrhes', key: 'deposit', width: 16, style: { numFmt: EUROS } },
    { header: 'Échéance acompte', key: 'depositDue', width: 16, style: { numFmt: DAY } },
    { header: 'Réglé', key: 'paid', width: 12, style: { numFmt: EUROS } },
    { header: 'Solde', key: 'balance', width: 12, style: { numFmt: EUROS } },
    { header: 'Code promo', key: 'promoCode', width: 12 },
    { header: 'Contrat signé', key: 'contract', width: 13 },
    // Last, so that the columns owners' own sheets read keep their places.
    { header: 'N° d’enregistrement', key: 'registrationNumber', width: 18 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const file of files) {
    file.stays.forEach((stay, i) => {
      const first = i === 0;
      const accommodation = accommodations.get(stay.accommodationId);
      const registrationNumber = accommodation?.registrationNumber ?? null;
      sheet.addRow({
        number: file.number,
        // The day it was made where the accommodation is, not in UTC: a file made at 00:30 in Paris is of that day.
        createdAt: utcDay(localDayAndHour(new Date(file.createdAt), file.timeZone).date),
        status: STATUS_FR[file.status],
        origin: ORIGIN_FR[file.origin],
        guest: guestName(file.guest),
        email: file.guest.email,
        phone: file.guest.phone1,
        accommodation: accommodation?.name ?? stay.accommodationId,
        arrival: utcDay(stay.arrival),
        departure: utcDay(stay.departure),
        persons: personCount(stay.occupants),
        total: first ? file.total.cents / 100 : null,
        deposit: first ? file.deposit.amount.cents / 100 : null,
        depositDue: first ? utcDay(file.deposit.dueDate) : null,
        paid: first ? file.paid.cents / 100 : null,
        balance: first ? file.balance.cents / 100 : null,
        promoCode: file.promoCode,
        contract: file.contractSigned ? 'oui' : 'non',
        registrationNumber: registrationNumber === null ? null : printedRegistrationNumber(registrationNumber),
      });
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Excel keeps no zone: a day at UTC midnight shows as that day everywhere. */
const utcDay = (date: string): Date => new Date(`${date}T00:00:00Z`);
