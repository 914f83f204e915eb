import { EntitySchema } from '@mikro-orm/core';
import type { Guest } from '../domain/dossier/guest';

/** A stay of a file, as the directory needs it: when. */
export interface GuestFileStay {
  readonly stayId: string;
  readonly arrival: string;
  readonly departure: string;
}

/**
 * The guest directory's fold of one booking file: who it is for, under which directory entry
 * (`guestId`), and when its stays are. The database keeps `guest_directory`, one row per guest of
 * an owner, from these rows in the transaction that writes them (a trigger, see
 * `Migration20261209000200GuestDirectoryAndNotifications`): a file changing guest moves from one
 * entry to another without the projection having to know the entries.
 */
export interface GuestFileRow {
  /** The file's id. */
  id: string;
  ownerId: string;
  guestId: string;
  guest: Guest;
  /** When these details were given: the latest given are the entry's. */
  guestAt: Date;
  /** "DUPONT Marie" (see `backOfficeName`). */
  label: string;
  /** The label folded, for ordering the directory. */
  sortName: string;
  /** Folded names, company, email, town and phone digits. */
  search: string;
  createdAt: Date;
  status: string;
  stays: GuestFileStay[];
  /** The first arrival and the last departure over the file's stays. */
  arrival: string;
  departure: string;
}

export const GuestFileRowSchema = new EntitySchema<GuestFileRow>({
  name: 'GuestFileRow',
  tableName: 'guest_directory_files',
  properties: {
    id: { type: 'uuid', primary: true },
    ownerId: { type: 'uuid' },
    guestId: { type: 'uuid' },
    guest: { type: 'json' },
    guestAt: { type: 'datetime', columnType: 'timestamptz' },
    label: { type: 'text' },
    sortName: { type: 'text' },
    search: { type: 'text' },
    createdAt: { type: 'datetime', columnType: 'timestamptz' },
    status: { type: 'text' },
    stays: { type: 'json' },
    arrival: { type: 'string', columnType: 'date' },
    departure: { type: 'string', columnType: 'date' },
  },
});
