import type { RecordedEvent } from '../../event-store/event-store.port';
import type { Projection } from '../../event-store/projection/projection';
import { assertNever } from '../../shared/kernel/assert-never';
import type { OwnerEvent } from '../domain/owner/owner.decider';
import { OwnerRowSchema, type OwnerRow } from './owner.row';

type AccountEvent = Extract<OwnerEvent, { type: 'OwnerSignedUp' | 'OwnerDetailsUpdated' | 'OwnerEmailChanged' | 'OwnerPasswordChanged' | 'OwnerNumberAssigned' }>;

const HANDLED: readonly AccountEvent['type'][] = ['OwnerSignedUp', 'OwnerDetailsUpdated', 'OwnerEmailChanged', 'OwnerPasswordChanged', 'OwnerNumberAssigned'];

export function evolveOwnerRow(row: OwnerRow | null, recorded: RecordedEvent): OwnerRow | null {
  const e = recorded as unknown as AccountEvent;
  const at = new Date(recorded.metadata.occurredAt);
  switch (e.type) {
    case 'OwnerSignedUp':
      return { id: e.data.ownerId, email: e.data.email, number: null, ...e.data.details, signedUpAt: at, updatedAt: at };
    case 'OwnerDetailsUpdated':
      return row && { ...row, ...e.data.details, updatedAt: at };
    case 'OwnerEmailChanged':
      return row && { ...row, email: e.data.email, updatedAt: at };
    case 'OwnerPasswordChanged':
      return row && { ...row, updatedAt: at };
    case 'OwnerNumberAssigned':
      return row && { ...row, number: e.data.number };
    default:
      return assertNever(e);
  }
}

export const ownersProjection: Projection<OwnerRow> = {
  name: 'owners',
  entity: OwnerRowSchema,
  tables: ['owners'],
  handles: HANDLED,
  rowIds: (e) => (typeof e.data.ownerId === 'string' ? [e.data.ownerId] : []),
  evolve: evolveOwnerRow,
};
