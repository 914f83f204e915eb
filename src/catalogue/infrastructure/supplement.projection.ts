import type { DecodedEvent } from '../../event-store/event-store.port';
import type { Projection } from '../../event-store/projection/projection';
import { assertNever } from '../../shared/kernel/assert-never';
import type { SupplementDetails } from '../domain/supplement/supplement-details';
import { supplementEvents, type SupplementEvent } from '../domain/supplement/supplement.events';
import { SupplementRowSchema, type SupplementRow } from './supplement.row';

function detailColumns(details: SupplementDetails) {
  return {
    nameFr: details.name.fr,
    nameEn: details.name.en,
    mandatory: details.mandatory,
    priceCents: details.price.cents,
    unit: details.unit,
    accommodationIds: [...details.accommodationIds],
  };
}

export function evolveSupplementRow(row: SupplementRow | null, e: DecodedEvent<SupplementEvent>): SupplementRow | null {
  const at = new Date(e.metadata.occurredAt);
  switch (e.type) {
    case 'SupplementDefined':
      return { id: e.data.supplementId, ownerId: e.data.ownerId, ...detailColumns(e.data.details), createdAt: at, updatedAt: at };
    case 'SupplementUpdated':
      return row && { ...row, ...detailColumns(e.data.details), updatedAt: at };
    case 'SupplementRemoved':
      return null;
    default:
      return assertNever(e);
  }
}

export const supplementsProjection: Projection<SupplementRow, SupplementEvent> = {
  name: 'supplements',
  entity: SupplementRowSchema,
  tables: ['supplements'],
  handles: ['SupplementDefined', 'SupplementUpdated', 'SupplementRemoved'],
  decode: (stored) => supplementEvents.decode(stored),
  rowIds: (e) => [e.data.supplementId],
  evolve: evolveSupplementRow,
};
