import type { DecodedEvent } from '../../event-store/event-store.port';
import type { Projection } from '../../event-store/projection/projection';
import { assertNever } from '../../shared/kernel/assert-never';
import { planningEvents, type PlanningEvent } from '../domain/planning/planning.events';
import { PlanningConflictRowSchema, type PlanningConflictRow } from './planning-conflict.row';

function evolve(row: PlanningConflictRow | null, e: DecodedEvent<PlanningEvent>): PlanningConflictRow | null {
  switch (e.type) {
    case 'ImportConflicted': {
      const { hold, clash } = e.data;
      // Two calendars listing the same nights is most often one stay seen through both
      // platforms' own sync, and sells nothing twice here: not a conflict for the owner to sort out.
      if (clash.kind === 'IMPORTED') return null;
      return {
        id: hold.holdId,
        accommodationId: e.data.accommodationId,
        ownerId: e.data.ownerId,
        source: e.data.source,
        label: hold.reason,
        arrival: hold.arrival,
        departure: hold.departure,
        clashHoldId: clash.holdId,
        clashKind: clash.kind,
        clashDossierId: clash.dossierId,
        clashArrival: clash.arrival,
        clashDeparture: clash.departure,
        // The conflict is as old as its first sighting, however often its clash changes.
        since: row?.since ?? new Date(e.metadata.occurredAt),
      };
    }
    // Ended, or the imported stay got its nights.
    case 'ImportConflictEnded':
    case 'NightsHeld':
      return null;
    case 'NightsReleased':
    case 'PastNightsClosed':
      return row;
    default:
      return assertNever(e);
  }
}

export const planningConflictsProjection: Projection<PlanningConflictRow, PlanningEvent> = {
  name: 'planning-conflicts',
  entity: PlanningConflictRowSchema,
  tables: ['planning_conflicts'],
  handles: ['ImportConflicted', 'ImportConflictEnded', 'NightsHeld'],
  decode: planningEvents.decode,
  // A hold taken by a file or a block never had a conflict: only imported ones are looked up.
  rowIds: (e) => (e.type === 'ImportConflicted' || e.type === 'ImportConflictEnded' || (e.type === 'NightsHeld' && e.data.hold.kind === 'IMPORTED') ? [e.data.hold.holdId] : []),
  evolve,
};
