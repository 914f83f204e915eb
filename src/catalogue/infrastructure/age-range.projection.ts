import type { RecordedEvent } from '../../event-store/event-store.port';
import type { Projection } from '../../event-store/projection/projection';
import type { OwnerEvent } from '../domain/owner/owner.decider';
import { AgeRangeRowSchema, type AgeRangeRow } from './age-range.row';

type AgeRangeEvent = Extract<OwnerEvent, { type: 'AgeRangeDefined' | 'AgeRangeChanged' | 'AgeRangeRemoved' }>;

const HANDLED: readonly AgeRangeEvent['type'][] = ['AgeRangeDefined', 'AgeRangeChanged', 'AgeRangeRemoved'];

export function evolveAgeRangeRow(_: AgeRangeRow | null, recorded: RecordedEvent): AgeRangeRow | null {
  const e = recorded as unknown as AgeRangeEvent;
  if (e.type === 'AgeRangeRemoved') return null;
  const { ageRangeId, ownerId, label, minAge, maxAge } = e.data;
  return { id: ageRangeId, ownerId, label, minAge, maxAge };
}

export const ageRangesProjection: Projection<AgeRangeRow> = {
  name: 'age-ranges',
  entity: AgeRangeRowSchema,
  tables: ['age_ranges'],
  handles: HANDLED,
  rowIds: (e) => (typeof e.data.ageRangeId === 'string' ? [e.data.ageRangeId] : []),
  evolve: evolveAgeRangeRow,
};
