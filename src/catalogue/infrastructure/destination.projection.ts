import type { DecodedEvent } from '../../event-store/event-store.port';
import type { Projection } from '../../event-store/projection/projection';
import { assertNever } from '../../shared/kernel/assert-never';
import { destinationEvents, type DestinationEvent } from '../domain/destination/destination.events';
import { DestinationRowSchema, type DestinationRow } from './destination.row';

export function evolveDestinationRow(row: DestinationRow | null, e: DecodedEvent<DestinationEvent>): DestinationRow | null {
  switch (e.type) {
    case 'DestinationRegistered': {
      const { destinationId, name, kind, area, website, registeredAt } = e.data;
      return { id: destinationId, name, kind, area: [...area], website, email: null, registeredAt: new Date(registeredAt), sessionVersion: 0 };
    }
    case 'DestinationCredentialsSet':
      // The first credentials come with the registration; each later set ends the tokens issued before.
      return row && { ...row, email: e.data.email, sessionVersion: row.email === null ? row.sessionVersion : row.sessionVersion + 1 };
    default:
      return assertNever(e);
  }
}

export const destinationsProjection: Projection<DestinationRow, DestinationEvent> = {
  name: 'destinations',
  entity: DestinationRowSchema,
  tables: ['destinations'],
  handles: destinationEvents.types,
  decode: destinationEvents.decode,
  rowIds: (e) => [e.data.destinationId],
  evolve: evolveDestinationRow,
};
