import type { CalendarDate } from '../../../shared/kernel/calendar-date';
import type { IcalExportSettings } from './ical-export.decider';
import type { ExportedStay } from './write-ical-feed';

/** A hold on the accommodation's planning, as Reservation tells it: no guest, no file. */
export interface HoldToExport {
  readonly holdId: string;
  /** The booking file holding the nights (or to hold them once paid); null for a block. */
  readonly dossierId: string | null;
  /** DOSSIER, BLOCK, PENDING_PAYMENT or IMPORTED; any other kind is exported as unavailable. */
  readonly kind: string;
  readonly arrival: CalendarDate;
  readonly departure: CalendarDate;
  /** An unpaid option, or nights held while a guest pays online: they may come free. */
  readonly option: boolean;
  /** When the hold took these nights: a move is a new taking. */
  readonly heldAt: Date;
}

/** SEQUENCE counts from here, in seconds: 2020 is before any hold this product ever made. */
const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1);

/**
 * What the feed shows of each hold, for a platform whose own stays are `readersOwn`. SEQUENCE must grow each time a hold moves (RFC 5545 §3.8.7.4)
 * so that a reader replaces its copy: a hold moves by taking its new nights, so the seconds from
 * 2020 to that moment grow with every move, and a rebuilt read model gives the same numbers. It
 * stays within the 31 bits an INTEGER allows until 2088.
 */
export function exportedStays(holds: readonly HoldToExport[], settings: IcalExportSettings, readersOwn: ReadonlySet<string> = new Set()): ExportedStay[] {
  return holds
    .filter((hold) => settings.exportOptions || !hold.option)
    // Stays imported from other calendars only if the owner wants them passed on, and never back
    // to the calendar they came from (`readersOwn`: the hold ids of the feed reading this export).
    .filter((hold) => hold.kind !== 'IMPORTED' || (settings.exportImported && !readersOwn.has(hold.holdId)))
    .map((hold) => ({
      // A file's stay that moves takes a new hold; its UID follows the file, so a platform moves
      // its copy rather than seeing one booking end and another begin.
      uid: `${hold.dossierId ?? hold.holdId}@osmb`,
      arrival: hold.arrival,
      departure: hold.departure,
      sequence: Math.max(0, Math.floor((hold.heldAt.getTime() - SEQUENCE_EPOCH) / 1000)),
      tentative: hold.option,
      // Platforms show this to the owner beside their own bookings: the kind of hold, never who.
      summary: hold.kind === 'DOSSIER' || hold.kind === 'PENDING_PAYMENT' ? 'Réservé' : 'Indisponible',
      changedAt: hold.heldAt,
    }));
}
