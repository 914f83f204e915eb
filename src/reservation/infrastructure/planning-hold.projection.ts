import type { DecodedEvent } from '../../event-store/event-store.port';
import type { Projection } from '../../event-store/projection/projection';
import { assertNever } from '../../shared/kernel/assert-never';
import { planningEvents, type PlanningEvent } from '../domain/planning/planning.events';
import { PlanningHoldRowSchema, type PlanningHoldRow } from './planning-hold.row';

function evolve(row: PlanningHoldRow | null, e: DecodedEvent<PlanningEvent>): PlanningHoldRow | null {
  switch (e.type) {
    case 'NightsHeld': {
      const { hold } = e.data;
      return {
        id: hold.holdId,
        accommodationId: e.data.accommodationId,
        ownerId: e.data.ownerId,
        kind: hold.kind,
        arrival: hold.arrival,
        departure: hold.departure,
        dossierId: hold.dossierId,
        reason: hold.reason,
        heldAt: new Date(e.metadata.occurredAt),
      };
    }
    case 'NightsReleased':
      return null;
    case 'PastNightsClosed':
    case 'ImportConflicted':
    case 'ImportConflictEnded':
      // Not followed (see `handles`): closing frees nothing, the past stays on the planning; a
      // conflict holds no nights (see the planning conflicts' projection).
      return row;
    default:
      return assertNever(e);
  }
}

export const planningHoldsProjection: Projection<PlanningHoldRow, PlanningEvent> = {
  name: 'planning-holds',
  entity: PlanningHoldRowSchema,
  tables: ['planning_holds'],
  handles: ['NightsHeld', 'NightsReleased'],
  decode: planningEvents.decode,
  rowIds: (e) => (e.type === 'NightsHeld' || e.type === 'NightsReleased' ? [e.data.hold.holdId] : []),
  evolve,
};
