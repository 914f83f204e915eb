import type { RecordedEvent } from '../../event-store/event-store.port';
import type { Projection } from '../../event-store/projection/projection';
import { assertNever } from '../../shared/kernel/assert-never';
import type { SupplementDetails } from '../domain/supplement/supplement-details';
import type { SupplementEvent } from '../domain/supplement/supplement.decider';
import { SupplementRowSchema, type SupplementRow } from './supplement.row';

const HANDLED: readonly SupplementEvent['type'][] = ['SupplementDefined', 'SupplementUpdated', 'SupplementRemoved'];

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

export function evolveSupplementRow(row: SupplementRow | null, recorded: RecordedEvent): SupplementRow | null {
  const e = recorded as unknown as SupplementEvent;
  const at = new Date(recorded.metadata.occurredAt);
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

export const supplementsProjection: Projection<SupplementRow> = {
  name: 'supplements',
  entity: SupplementRowSchema,
  tables: ['supplements'],
  handles: HANDLED,
  rowIds: (e) => (typeof e.data.supplementId === 'string' ? [e.data.supplementId] : []),
  evolve: evolveSupplementRow,
};
