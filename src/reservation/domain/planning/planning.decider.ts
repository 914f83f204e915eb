import { z } from 'zod';
import { assertOwnsAccommodation } from '../../../shared/kernel/accommodation-access';
import { assertNever } from '../../../shared/kernel/assert-never';
import { addDays, type CalendarDate } from '../../../shared/kernel/calendar-date';
import type { Decider, SnapshotContract } from '../../../shared/kernel/decider';
import { Conflict } from '../../../shared/kernel/errors';
import { calendarDateSchema } from '../../../shared/kernel/event-schemas';
import { nameBasedUuid } from '../../../shared/kernel/ids';
import { event, type Command } from '../../../shared/kernel/message';
import { HoldIndex } from './hold-index';
import { overlaps, type Hold } from './hold';
import { NightsClosed, NightsUnavailable } from './planning.errors';
import { holdSchema, planningEvents, type PlanningEvent } from './planning.events';

export type { PlanningEvent };

/**
 * Stream `planning-<accommodationId>`: every hold on the accommodation's nights goes through it,
 * whatever asks (back office, booking engine, imported calendar), and its expected revision is
 * the guard that no night is ever sold twice, under any number of writers and app instances.
 */
export const planningStream = (accommodationId: string) => `planning-${accommodationId}`;

/**
 * `accommodationOwnerId` is whose the accommodation is, as the handler found it (null: none).
 * `today` is the day the command is decided on, which tells which holds are long past.
 */
interface Addressed {
  accommodationId: string;
  ownerId: string;
  accommodationOwnerId: string | null;
  today: CalendarDate;
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
  | Command<'LiftBlocks', Addressed & { arrival: CalendarDate; departure: CalendarDate }>
  /**
   * What another platform's calendar (feed `source`) says now: `holds` are its stays (kind
   * IMPORTED), each held, moved, or recorded as a conflict when the nights are taken here;
   * `release` are the stays it no longer lists. Nothing else on the planning is ever touched.
   */
  | Command<'SyncImportedHolds', Addressed & { source: string; holds: readonly Hold[]; release: readonly string[] }>;

/** An imported stay the planning could not give its nights to, and what holds them. */
export interface ImportConflict {
  readonly source: string;
  readonly hold: Hold;
  readonly clash: Hold;
}

/**
 * The holds that still matter. Holds that ended long ago are closed (see `closing`): nights
 * before `closedBefore` can never be held again, so their holds need no longer be looked at, and
 * a planning with years of stays decides as quickly as a new one.
 */
export interface Planning {
  readonly holds: ReadonlyMap<string, Hold>;
  readonly closedBefore: CalendarDate | null;
  /** By the imported hold's id. */
  readonly conflicts: ReadonlyMap<string, ImportConflict>;
}

/** Holds that ended more than this many days ago are closed: far enough back for any correction of a stay. */
export const CLOSE_AFTER_DAYS = 60;
/** Closed in batches, so a planning is not written to for one old hold each day. */
export const CLOSE_AT_LEAST = 10;

export function decide(command: PlanningCommand, state: Planning): PlanningEvent[] {
  const { accommodationId, ownerId, accommodationOwnerId } = command.data;
  assertOwnsAccommodation(accommodationId, accommodationOwnerId, ownerId, 'accommodationId');
  const closed = closing(command.data, state);
  const open = evolveAll(state, closed);
  const decided = decideOn(command, open);
  const after = open.conflicts.size === 0 ? open : evolveAll(open, decided);
  return [...closed, ...decided, ...conflictsSettled(command.data, after)];
}

/**
 * An imported stay in conflict takes its nights the moment they come free (the file cancelled,
 * the block lifted): left free until the next fetch, they could be sold in between.
 */
function conflictsSettled({ accommodationId, ownerId }: Addressed, state: Planning): PlanningEvent[] {
  if (state.conflicts.size === 0) return [];
  const events: PlanningEvent[] = [];
  const index = new HoldIndex(state.holds.values());
  for (const { hold } of state.conflicts.values()) {
    if (index.clashWith(hold)) continue;
    events.push(event('NightsHeld', { accommodationId, ownerId, hold }));
    index.add(hold);
  }
  return events;
}

/** Closes the nights before the horizon once enough holds ended before it. */
function closing({ accommodationId, ownerId, today }: Addressed, state: Planning): PlanningEvent[] {
  const before = addDays(today, -CLOSE_AFTER_DAYS);
  const ended = [...state.holds.values()].filter((hold) => hold.departure <= before);
  return ended.length >= CLOSE_AT_LEAST ? [event('PastNightsClosed', { accommodationId, ownerId, before })] : [];
}

function decideOn(command: PlanningCommand, state: Planning): PlanningEvent[] {
  const { accommodationId, ownerId } = command.data;
  const assertOpen = (hold: Hold) => {
    if (state.closedBefore !== null && hold.arrival < state.closedBefore) throw new NightsClosed(state.closedBefore);
  };
  switch (command.type) {
    case 'HoldNights': {
      const { hold } = command.data;
      const existing = state.holds.get(hold.holdId);
      if (existing) {
        if (sameHold(existing, hold)) return [];
        throw new Conflict(`Hold ${hold.holdId} already holds other nights`);
      }
      assertOpen(hold);
      const clash = [...state.holds.values()].find((other) => overlaps(other, hold));
      if (clash) throw new NightsUnavailable(clash, hold);
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
      assertOpen(hold);
      const clash = [...state.holds.values()].find((other) => other.holdId !== holdId && overlaps(other, hold));
      if (clash) throw new NightsUnavailable(clash, hold);
      return [event('NightsReleased', { accommodationId, ownerId, hold: old }), event('NightsHeld', { accommodationId, ownerId, hold })];
    }
    case 'LiftBlocks':
      return liftBlocks(command.data, state);
    case 'SyncImportedHolds':
      return syncImported(command.data, state);
    default:
      return assertNever(command);
  }
}

/**
 * Decided on a working copy with an index of the nights, in time proportional to the stays and
 * not to their square: a calendar may list thousands.
 */
function syncImported(data: Omit<Addressed, 'today'> & { source: string; holds: readonly Hold[]; release: readonly string[] }, state: Planning): PlanningEvent[] {
  const { accommodationId, ownerId, source } = data;
  const events: PlanningEvent[] = [];
  const draft = draftOf(state);
  const index = new HoldIndex(state.holds.values());
  const apply = (e: PlanningEvent) => {
    events.push(e);
    if (e.type === 'NightsHeld') index.add(e.data.hold);
    if (e.type === 'NightsReleased') index.remove(e.data.hold);
    applyTo(draft, e);
  };
  const imported = (holdId: string): Hold | undefined => {
    const hold = draft.holds.get(holdId);
    if (hold && hold.kind !== 'IMPORTED') throw new Conflict(`Hold ${holdId} is not an imported stay`);
    return hold;
  };
  for (const holdId of data.release) {
    const held = imported(holdId);
    if (held) apply(event('NightsReleased', { accommodationId, ownerId, hold: held }));
    const conflict = draft.conflicts.get(holdId);
    if (conflict) apply(event('ImportConflictEnded', { accommodationId, ownerId, source: conflict.source, hold: conflict.hold }));
  }
  for (const hold of data.holds) {
    if (hold.kind !== 'IMPORTED') throw new Conflict(`Hold ${hold.holdId} is not an imported stay`);
    // Nights long past are closed: a calendar that still lists them changes nothing.
    if (draft.closedBefore !== null && hold.arrival < draft.closedBefore) continue;
    const existing = imported(hold.holdId);
    if (existing && sameHold(existing, hold)) continue;
    // Moved: its old nights are free on the platform, whether or not the new ones are here.
    if (existing) apply(event('NightsReleased', { accommodationId, ownerId, hold: existing }));
    const clash = index.clashWith(hold);
    if (!clash) {
      apply(event('NightsHeld', { accommodationId, ownerId, hold }));
      continue;
    }
    const known = draft.conflicts.get(hold.holdId);
    if (!known || !sameHold(known.hold, hold) || known.clash.holdId !== clash.holdId) apply(event('ImportConflicted', { accommodationId, ownerId, source, hold, clash }));
  }
  return events;
}

/** Each block touching the range is released; what it held outside the range is held again. */
function liftBlocks(data: Omit<Addressed, 'today'> & { arrival: CalendarDate; departure: CalendarDate }, state: Planning): PlanningEvent[] {
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

/** A planning being changed in place, inside one fold: copied once, not once per event. */
interface Draft {
  holds: Map<string, Hold>;
  conflicts: Map<string, ImportConflict>;
  closedBefore: CalendarDate | null;
}

const draftOf = (state: Planning): Draft => ({ holds: new Map(state.holds), conflicts: new Map(state.conflicts), closedBefore: state.closedBefore });

function applyTo(draft: Draft, e: PlanningEvent): void {
  switch (e.type) {
    case 'NightsHeld':
      draft.holds.set(e.data.hold.holdId, e.data.hold);
      draft.conflicts.delete(e.data.hold.holdId);
      return;
    case 'NightsReleased':
      draft.holds.delete(e.data.hold.holdId);
      return;
    case 'PastNightsClosed':
      for (const hold of [...draft.holds.values()]) if (hold.departure <= e.data.before) draft.holds.delete(hold.holdId);
      for (const conflict of [...draft.conflicts.values()]) if (conflict.hold.departure <= e.data.before) draft.conflicts.delete(conflict.hold.holdId);
      draft.closedBefore = e.data.before;
      return;
    case 'ImportConflicted': {
      const { source, hold, clash } = e.data;
      draft.conflicts.set(hold.holdId, { source, hold, clash });
      return;
    }
    case 'ImportConflictEnded':
      draft.conflicts.delete(e.data.hold.holdId);
      return;
    default:
      return assertNever(e);
  }
}

export function evolve(state: Planning, e: PlanningEvent): Planning {
  return evolveAll(state, [e]);
}

/** Folds many events at the cost of one copy: an import appends thousands at once. */
export function evolveAll(state: Planning, events: readonly PlanningEvent[]): Planning {
  if (events.length === 0) return state;
  const draft = draftOf(state);
  for (const e of events) applyTo(draft, e);
  return draft;
}

const conflictSchema = z.object({ source: z.string(), hold: holdSchema, clash: holdSchema });
const snapshotSchema = z.object({ holds: z.array(holdSchema), closedBefore: calendarDateSchema.nullable(), conflicts: z.array(conflictSchema) });

/**
 * A planning takes an event per hold and per release: it is read from a snapshot of its open
 * holds. Every command on the planning reads it, so its shape is checked on the first hold only:
 * the version names the shape, and this code wrote it.
 */
const planningSnapshot: SnapshotContract<Planning> = {
  // 2: with the imports in conflict.
  version: 2,
  every: 50,
  encode: (state) => ({ holds: [...state.holds.values()], closedBefore: state.closedBefore, conflicts: [...state.conflicts.values()] }),
  decode: (json) => {
    const { holds, closedBefore, conflicts } = json as z.infer<typeof snapshotSchema>;
    snapshotSchema.parse({ holds: holds.slice(0, 1), closedBefore, conflicts: conflicts.slice(0, 1) });
    return { holds: new Map(holds.map((hold) => [hold.holdId, hold])), closedBefore, conflicts: new Map(conflicts.map((c) => [c.hold.holdId, c])) };
  },
};

export const planningDecider: Decider<PlanningCommand, PlanningEvent, Planning> = {
  decide,
  evolve,
  evolveAll,
  initialState: () => ({ holds: new Map(), closedBefore: null, conflicts: new Map() }),
  events: planningEvents,
  snapshot: planningSnapshot,
};
