import type { DecodedEvent } from '../../event-store/event-store.port';
import type { Projection } from '../../event-store/projection/projection';
import { assertNever } from '../../shared/kernel/assert-never';
import { ownerEvents, type OwnerEvent } from '../domain/owner/owner.events';
import { AgeRangeRowSchema, type AgeRangeRow } from './age-range.row';
import { decodeOnly } from './decode-only';

const HANDLED = ['AgeRangeDefined', 'AgeRangeChanged', 'AgeRangeRemoved'] as const;

type AgeRangeEvent = Extract<OwnerEvent, { type: (typeof HANDLED)[number] }>;

export function evolveAgeRangeRow(_: AgeRangeRow | null, e: DecodedEvent<AgeRangeEvent>): AgeRangeRow | null {
  switch (e.type) {
    case 'AgeRangeDefined':
    case 'AgeRangeChanged': {
      const { ageRangeId, ownerId, label, minAge, maxAge, countsTowardsCapacity } = e.data;
      return { id: ageRangeId, ownerId, label, minAge, maxAge, countsTowardsCapacity };
    }
    case 'AgeRangeRemoved':
      return null;
    default:
      return assertNever(e);
  }
}

export const ageRangesProjection: Projection<AgeRangeRow, AgeRangeEvent> = {
  name: 'age-ranges',
  entity: AgeRangeRowSchema,
  tables: ['age_ranges'],
  handles: HANDLED,
  decode: decodeOnly(ownerEvents, HANDLED),
  rowIds: (e) => [e.data.ageRangeId],
  evolve: evolveAgeRangeRow,
};
