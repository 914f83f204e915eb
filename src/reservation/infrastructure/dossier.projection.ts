import type { Projection } from '../../event-store/projection/projection';
import { dossierDecider, type DossierEvent } from '../domain/dossier/dossier.decider';
import { dossierRow, DossierRowSchema, type DossierRow } from './dossier.row';

const HANDLED: readonly DossierEvent['type'][] = [
  'DossierOpened',
  'DossierNumbered',
  'StayAdded',
  'StayChanged',
  'DueDatesMoved',
  'GlobalSupplementAdded',
  'DossierNotesSet',
  'ContractSigned',
  'DossierConfirmed',
  'PaymentReceived',
  'DossierCancelled',
  'DossierDeleted',
  'DossierStatusChanged',
];

/** The file's own decider folds each event into the stored file: one reading of the events, not two. */
export const dossiersProjection: Projection<DossierRow> = {
  name: 'dossiers',
  entity: DossierRowSchema,
  tables: ['dossiers'],
  handles: HANDLED,
  rowIds: (e) => {
    const id = (e.data as { dossierId?: unknown }).dossierId;
    return typeof id === 'string' ? [id] : [];
  },
  evolve: (row, recorded) => {
    const dossier = dossierDecider.evolve(row?.document ?? null, recorded as unknown as DossierEvent);
    return dossier === null || dossier.deleted ? null : dossierRow(dossier);
  },
};
