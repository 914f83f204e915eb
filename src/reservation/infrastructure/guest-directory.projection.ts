import type { DecodedEvent } from '../../event-store/event-store.port';
import type { Projection } from '../../event-store/projection/projection';
import { assertNever } from '../../shared/kernel/assert-never';
import type { Guest } from '../domain/dossier/guest';
import { dossierEvents, type DossierEvent } from '../domain/dossier/dossier.events';
import { backOfficeName, foldText, guestIdOf, guestSearchText } from '../domain/guests/guest-identity';
import { GuestFileRowSchema, type GuestFileRow, type GuestFileStay } from './guest-directory.row';

const HANDLED = ['DossierOpened', 'StayAdded', 'StayChanged', 'GuestChanged', 'DossierStatusChanged', 'DossierDeleted', 'GuestErased'] as const;
type Handled = Extract<DossierEvent, { type: (typeof HANDLED)[number] }>;

function withGuest(ownerId: string, guest: Guest, at: string): Pick<GuestFileRow, 'guestId' | 'guest' | 'guestAt' | 'label' | 'sortName' | 'search'> {
  const label = backOfficeName(guest);
  return { guestId: guestIdOf(ownerId, guest), guest, guestAt: new Date(at), label, sortName: foldText(label), search: guestSearchText(guest) };
}

function withStays(stays: readonly GuestFileStay[]): Pick<GuestFileRow, 'stays' | 'arrival' | 'departure'> {
  const arrivals = stays.map((s) => s.arrival).sort();
  const departures = stays.map((s) => s.departure).sort();
  return { stays: [...stays], arrival: arrivals[0], departure: departures[departures.length - 1] };
}

const stayOf = ({ stayId, arrival, departure }: GuestFileStay): GuestFileStay => ({ stayId, arrival, departure });

function evolve(row: GuestFileRow | null, e: DecodedEvent<Handled>): GuestFileRow | null {
  if (e.type === 'DossierOpened') {
    const { dossierId, ownerId, guest, createdAt, stays } = e.data;
    return { id: dossierId, ownerId, ...withGuest(ownerId, guest, e.metadata.occurredAt), createdAt: new Date(createdAt), status: 'OPTION', ...withStays(stays.map(stayOf)) };
  }
  if (row === null) return null;
  switch (e.type) {
    case 'StayAdded':
      return { ...row, ...withStays([...row.stays, stayOf(e.data.stay)]) };
    case 'StayChanged':
      return { ...row, ...withStays(row.stays.map((s) => (s.stayId === e.data.stay.stayId ? stayOf(e.data.stay) : s))) };
    case 'GuestChanged':
      return { ...row, ...withGuest(row.ownerId, e.data.guest, e.metadata.occurredAt) };
    case 'DossierStatusChanged':
      return { ...row, status: e.data.to };
    // The guest erased: the file no longer names anyone, and leaves the directory.
    case 'DossierDeleted':
    case 'GuestErased':
      return null;
    default:
      return assertNever(e);
  }
}

/**
 * The guest directory: each file's guest, from which the database keeps one entry per guest of an
 * owner (latest details, number of files, latest stay). Follows `changeDossierGuest`; a deleted
 * file, or one whose guest was erased, leaves its guest's entry, which goes with its last file.
 */
export const guestDirectoryProjection: Projection<GuestFileRow, Handled> = {
  name: 'guest-directory',
  entity: GuestFileRowSchema,
  tables: ['guest_directory_files', 'guest_directory'],
  handles: HANDLED,
  decode: (stored) => dossierEvents.decode(stored) as Handled,
  rowIds: (e) => [e.data.dossierId],
  evolve,
};
