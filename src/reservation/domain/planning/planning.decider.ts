import { assertOwnsAccommodation } from '../../../shared/kernel/accommodation-access';
import { assertNever } from '../../../shared/kernel/assert-never';
import type { CalendarDate } from '../../../shared/kernel/calendar-date';
import type { Decider } from '../../../shared/kernel/decider';
import { Conflict } from '../../../shared/kernel/errors';
import { nameBasedUuid } from '../../../shared/kernel/ids';
import { event, type Command, type Event } from '../../../shared/kernel/message';
import { overlaps, type Hold } from './hold';
import { NightsUnavailable } from './planning.errors';

/**
 * Stream `planning-<accommodationId>`: every hold on the accommodation's nights goes through it,
 * whatever asks (back office, booking engine, imported calendar), and its expected revision is
 * the guard that no night is ever sold twice, under any number of writers and app instances.
 */
export const planningStream = (accommodationId: string) => `planning-${accommodationId}`;

export type PlanningEvent =
  | Event<'NightsHeld', { accommodationId: string; ownerId: string; hold: Hold }>
  /** Carries the hold it ends, so a reader knows which nights came free without looking back. */
  | Event<'NightsReleased', { accommodationId: string; ownerId: string; hold: Hold }>;

/** `accommodationOwnerId` is whose the accommodation is, as the handler found it (null: none). */
interface Addressed {
  accommodationId: string;
  ownerId: string;
  accommodationOwnerId: string | null;
}

export type PlanningCommand =
  | Command<'HoldNights', Addressed & { hold: Hold }>
  | Command<'ReleaseNights', Addressed & { holdId: string }>
  /**
   * Replaces one hold by another in one append: a stay that changes dates keeps its old nights
   * until the new ones are held, and may move onto nights it already holds.
   */
  | Command<'MoveHold', Addressed & { holdId: string; hold: Hold }>
  /** Frees the blocked nights in the range; a block reaching past it keeps its other nights. */
  | Command<'LiftBlocks', Addressed & { arrival: CalendarDate; departure: CalendarDate }>;

export interface Planning {
  readonly holds: ReadonlyMap<string, Hold>;
}

export function decide(command: PlanningCommand, state: Planning): PlanningEvent[] {
  const { accommodationId, ownerId, accommodationOwnerId } = command.data;
  assertOwnsAccommodation(accommodationId, accommodationOwnerId, ownerId, 'accommodationId');
  switch (command.type) {
    case 'HoldNights': {
      const { hold } = command.data;
      const existing = state.holds.get(hold.holdId);
      if (existing) {
        if (sameHold(existing, hold)) return [];
        throw new Conflict(`Hold ${hold.holdId} already holds other nights`);
      }
      const clash = [...state.holds.values()].find((other) => overlaps(other, hold));
      if (clash) throw new NightsUnavailable(clash);
      return [event('NightsHeld', { accommodationId, ownerId, hold })];
    }
    case 'ReleaseNights': {
      const hold = state.holds.get(command.data.holdId);
      return hold ? [event('NightsReleased', { accommodationId, ownerId, hold })] : [];
    }
    case 'MoveHold': {
      const { holdId, hold } = command.data;
      const existing = state.holds.get(hold.holdId);
      if (existing && hold.holdId !== holdId) {
        // Done already (a retry), or an id that names another hold, which must never be overwritten.
        if (sameHold(existing, hold) && !state.holds.has(holdId)) return [];
        throw new Conflict(`Hold ${hold.holdId} already holds other nights`);
      }
      if (existing && sameHold(existing, hold)) return [];
      const old = state.holds.get(holdId);
      if (!old) throw new Conflict(`Hold ${holdId} does not hold any nights`);
      const clash = [...state.holds.values()].find((other) => other.holdId !== holdId && overlaps(other, hold));
      if (clash) throw new NightsUnavailable(clash);
      return [event('NightsReleased', { accommodationId, ownerId, hold: old }), event('NightsHeld', { accommodationId, ownerId, hold })];
    }
    case 'LiftBlocks':
      return liftBlocks(command.data, state);
    default:
      return assertNever(command);
  }
}

/** Each block touching the range is released; what it held outside the range is held again. */
function liftBlocks(data: Addressed & { arrival: CalendarDate; departure: CalendarDate }, state: Planning): PlanningEvent[] {
  const { accommodationId, ownerId } = data;
  const events: PlanningEvent[] = [];
  for (const block of state.holds.values()) {
    if (block.kind !== 'BLOCK' || !overlaps(block, data)) continue;
    events.push(event('NightsReleased', { accommodationId, ownerId, hold: block }));
    const kept = [
      { arrival: block.arrival, departure: data.arrival },
      { arrival: data.departure, departure: block.departure },
    ].filter((part) => part.arrival < part.departure);
    for (const part of kept) {
      // Named from the block and the part, so the same lift decided twice makes the same ids.
      const holdId = nameBasedUuid(`${block.holdId}/${part.arrival}/${part.departure}`);
      events.push(event('NightsHeld', { accommodationId, ownerId, hold: { ...block, ...part, holdId } }));
    }
  }
  return events;
}

/** Holding again what is held (a retried request) is no change. */
const sameHold = (a: Hold, b: Hold): boolean => a.arrival === b.arrival && a.departure === b.departure && a.kind === b.kind;

export function evolve(state: Planning, e: PlanningEvent): Planning {
  const holds = new Map(state.holds);
  switch (e.type) {
    case 'NightsHeld':
      holds.set(e.data.hold.holdId, e.data.hold);
      return { holds };
    case 'NightsReleased':
      holds.delete(e.data.hold.holdId);
      return { holds };
    default:
      return assertNever(e);
  }
}

export const planningDecider: Decider<PlanningCommand, PlanningEvent, Planning> = {
  decide,
  evolve,
  initialState: () => ({ holds: new Map() }),
};
