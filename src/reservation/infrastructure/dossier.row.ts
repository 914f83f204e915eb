import { BigIntType, EntitySchema } from '@mikro-orm/core';
import { spanOf } from '../domain/dossier/dossier';
import { guestName } from '../domain/dossier/guest';
import type { DossierDocument } from './dossier-document';

/**
 * Read model of a booking file: the file as the back office reads it (`document`), and beside it
 * the columns that lists filter and sort on. Money columns are bigint: a sum of many lines never
 * overflows them. A deleted file has no row (its events stay, for audit).
 */
export interface DossierRow {
  id: string;
  ownerId: string;
  number: number | null;
  createdAt: Date;
  status: string;
  origin: string;
  /** The destination a MARKETPLACE booking came through: its own list of bookings reads this. */
  destinationId: string | null;
  guestName: string;
  /** Lower-cased names, company and email, for the guest search. */
  guestSearch: string;
  /** The first arrival and the last departure over the file's stays. */
  arrival: string;
  departure: string;
  /** Each stay's arrival and departure: a day's arrivals are files with a stay arriving that day. */
  stayArrivals: string[];
  stayDepartures: string[];
  accommodationIds: string[];
  totalCents: number;
  paidCents: number;
  balanceCents: number;
  depositCents: number;
  depositDueDate: string;
  promoCode: string | null;
  /** The accommodation's zone: whether a deposit is late is judged on its calendar. */
  timeZone: string;
  document: DossierDocument;
}

export const DossierRowSchema = new EntitySchema<DossierRow>({
  name: 'DossierRow',
  tableName: 'dossiers',
  properties: {
    id: { type: 'uuid', primary: true },
    ownerId: { type: 'uuid' },
    number: { type: 'integer', nullable: true },
    createdAt: { type: 'datetime', columnType: 'timestamptz' },
    status: { type: 'text' },
    origin: { type: 'text' },
    destinationId: { type: 'uuid', nullable: true },
    guestName: { type: 'text' },
    guestSearch: { type: 'text' },
    arrival: { type: 'string', columnType: 'date' },
    departure: { type: 'string', columnType: 'date' },
    stayArrivals: { type: 'string[]' },
    stayDepartures: { type: 'string[]' },
    accommodationIds: { type: 'string[]' },
    totalCents: { type: new BigIntType('number') },
    paidCents: { type: new BigIntType('number') },
    balanceCents: { type: new BigIntType('number') },
    depositCents: { type: new BigIntType('number') },
    depositDueDate: { type: 'string', columnType: 'date' },
    promoCode: { type: 'text', nullable: true },
    timeZone: { type: 'text' },
    document: { type: 'json' },
  },
});

export function dossierRow(dossier: DossierDocument): DossierRow {
  const { guest } = dossier;
  const span = spanOf(dossier);
  return {
    id: dossier.dossierId,
    ownerId: dossier.ownerId,
    number: dossier.number,
    createdAt: new Date(dossier.createdAt),
    status: dossier.status,
    origin: dossier.origin,
    destinationId: dossier.destinationId,
    guestName: guestName(guest),
    guestSearch: [guest.lastName, guest.firstName, guest.company, guest.email].filter((part) => part !== null).join(' ').toLowerCase(),
    arrival: span.arrival,
    departure: span.departure,
    stayArrivals: dossier.stays.map((s) => s.arrival),
    stayDepartures: dossier.stays.map((s) => s.departure),
    accommodationIds: dossier.stays.map((s) => s.accommodationId),
    totalCents: dossier.total.cents,
    paidCents: dossier.paid.cents,
    balanceCents: dossier.balance.cents,
    depositCents: dossier.deposit.amount.cents,
    depositDueDate: dossier.deposit.dueDate,
    promoCode: dossier.promoCode,
    timeZone: dossier.timeZone,
    document: dossier,
  };
}
