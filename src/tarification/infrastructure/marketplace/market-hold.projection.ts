import type { DecodedEvent } from '../../../event-store/event-store.port';
import type { Projection } from '../../../event-store/projection/projection';
import { planningEvents, type PlanningEvent } from '../../../reservation/contracts';
import { MarketHoldRowSchema, type MarketHoldRow } from './market-hold.row';

type HoldEvent = Extract<PlanningEvent, { type: 'NightsHeld' | 'NightsReleased' }>;

/**
 * Every hold on the planning, whatever holds it: a file, an option, a block, an imported stay, a
 * payment under way. A destination's search offers no stay touching one of them.
 */
export const marketHoldsProjection: Projection<MarketHoldRow, HoldEvent> = {
  name: 'market-holds',
  entity: MarketHoldRowSchema,
  tables: ['market_holds'],
  handles: ['NightsHeld', 'NightsReleased'],
  decode: (stored) => planningEvents.decode(stored) as HoldEvent,
  rowIds: (e) => [e.data.hold.holdId],
  evolve: (_row, e: DecodedEvent<HoldEvent>) =>
    e.type === 'NightsHeld' ? { id: e.data.hold.holdId, accommodationId: e.data.accommodationId, arrival: e.data.hold.arrival, departure: e.data.hold.departure } : null,
};
