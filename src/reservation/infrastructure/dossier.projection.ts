import type { Projection } from '../../event-store/projection/projection';
import { dossierEvents, type DossierEvent } from '../domain/dossier/dossier.events';
import { evolveDossierDocument } from './dossier-document';
import { dossierRow, DossierRowSchema, type DossierRow } from './dossier.row';

/**
 * One row per booking file that is not deleted, its document folded from the file's events. The
 * dashboard's sums per day (`dashboard_days`) follow these rows by a trigger in the same
 * transaction; a rebuild empties them with the rows.
 */
export const dossiersProjection: Projection<DossierRow, DossierEvent> = {
  name: 'dossiers',
  entity: DossierRowSchema,
  tables: ['dossiers', 'dashboard_days'],
  handles: dossierEvents.types,
  decode: dossierEvents.decode,
  rowIds: (e) => [e.data.dossierId],
  evolve: (row, e) => {
    const document = evolveDossierDocument(row?.document ?? null, e);
    return document === null || document.deletedAt !== null ? null : dossierRow(document);
  },
};
