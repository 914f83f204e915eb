import type { DecodedEvent } from '../../event-store/event-store.port';
import type { Projection } from '../../event-store/projection/projection';
import { assertNever } from '../../shared/kernel/assert-never';
import { ownerEvents, type OwnerEvent } from '../domain/owner/owner.events';
import { decodeOnly } from './decode-only';
import { OwnerRowSchema, type OwnerRow } from './owner.row';

const HANDLED = ['OwnerSignedUp', 'OwnerDetailsUpdated', 'OwnerEmailChanged', 'OwnerPasswordChanged', 'OwnerNumberAssigned'] as const;

type AccountEvent = Extract<OwnerEvent, { type: (typeof HANDLED)[number] }>;

export function evolveOwnerRow(row: OwnerRow | null, e: DecodedEvent<AccountEvent>): OwnerRow | null {
  const at = new Date(e.metadata.occurredAt);
  switch (e.type) {
    case 'OwnerSignedUp':
      return { id: e.data.ownerId, email: e.data.email, number: null, ...e.data.details, signedUpAt: at, updatedAt: at, sessionVersion: 0 };
    case 'OwnerDetailsUpdated':
      return row && { ...row, ...e.data.details, updatedAt: at };
    case 'OwnerEmailChanged':
      return row && { ...row, email: e.data.email, updatedAt: at, sessionVersion: row.sessionVersion + 1 };
    case 'OwnerPasswordChanged':
      return row && { ...row, updatedAt: at, sessionVersion: row.sessionVersion + 1 };
    case 'OwnerNumberAssigned':
      return row && { ...row, number: e.data.number };
    default:
      return assertNever(e);
  }
}

export const ownersProjection: Projection<OwnerRow, AccountEvent> = {
  name: 'owners',
  entity: OwnerRowSchema,
  tables: ['owners'],
  handles: HANDLED,
  decode: decodeOnly(ownerEvents, HANDLED),
  rowIds: (e) => [e.data.ownerId],
  evolve: evolveOwnerRow,
};
