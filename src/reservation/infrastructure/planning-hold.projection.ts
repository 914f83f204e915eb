import type { RecordedEvent } from '../../event-store/event-store.port';
import type { Projection } from '../../event-store/projection/projection';
import { assertNever } from '../../shared/kernel/assert-never';
import type { PlanningEvent } from '../domain/planning/planning.decider';
import { PlanningHoldRowSchema, type PlanningHoldRow } from './planning-hold.row';

const HANDLED: readonly PlanningEvent['type'][] = ['NightsHeld', 'NightsReleased'];

function evolve(_: PlanningHoldRow | null, recorded: RecordedEvent): PlanningHoldRow | null {
  const e = recorded as unknown as PlanningEvent;
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
        heldAt: new Date(recorded.metadata.occurredAt),
      };
    }
    case 'NightsReleased':
      return null;
    default:
      return assertNever(e);
  }
}

export const planningHoldsProjection: Projection<PlanningHoldRow> = {
  name: 'planning-holds',
  entity: PlanningHoldRowSchema,
  tables: ['planning_holds'],
  handles: HANDLED,
  rowIds: (e) => {
    const hold = (e.data as { hold?: { holdId?: unknown } }).hold;
    return typeof hold?.holdId === 'string' ? [hold.holdId] : [];
  },
  evolve,
};
