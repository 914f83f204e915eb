import { assertOwnsAccommodation } from '../../../shared/kernel/accommodation-access';
import { assertNever } from '../../../shared/kernel/assert-never';
import type { Decider } from '../../../shared/kernel/decider';
import { event, type Command } from '../../../shared/kernel/message';
import { weekdayOf } from '../../../shared/kernel/calendar-date';
import { parseStayRateId, settingCovers, type RateSetting, type StayRate } from './rate-grid';
import { ratesEvents, type RatesEvent } from './rates.events';

export type { RatesEvent };

/** Stream `rates-<accommodationId>`: the accommodation's rate grid. */
export const ratesStream = (accommodationId: string) => `rates-${accommodationId}`;

/** `accommodationOwnerId` is whose the accommodation is, as the handler found it (null: none). */
export type RatesCommand =
  | Command<'SetRates', { accommodationId: string; ownerId: string; accommodationOwnerId: string | null; setting: RateSetting }>
  | Command<'DeleteRates', { accommodationId: string; ownerId: string; accommodationOwnerId: string | null; stayRateIds: readonly string[] }>;

/**
 * The grid as the owner built it: settings and deletions in order. A stay rate is whatever the
 * latest change naming its stay says, so a later setting replaces an earlier one. The stay rates
 * are not expanded here: a decision only ever asks about a few stays, and expanding years of
 * settings at every command would cost more with each one.
 */
export interface RateGrid {
  readonly changes: readonly GridChange[];
}

type GridChange = { readonly kind: 'set'; readonly setting: RateSetting } | { readonly kind: 'deleted'; readonly stayRateIds: ReadonlySet<string> };

/** The stay rate the grid holds for a stay, or null. */
export function stayRateIn(grid: RateGrid, stayRateId: string): StayRate | null {
  const { arrival, nights } = parseStayRateId('stayRateId', stayRateId);
  const weekday = weekdayOf(arrival);
  for (let i = grid.changes.length - 1; i >= 0; i--) {
    const change = grid.changes[i];
    if (change.kind === 'deleted') {
      if (change.stayRateIds.has(stayRateId)) return null;
    } else if (settingCovers(change.setting, arrival, weekday, nights)) {
      return { arrival, nights, ...change.setting.price };
    }
  }
  return null;
}

export function decide(command: RatesCommand, state: RateGrid): RatesEvent[] {
  const { accommodationId, ownerId, accommodationOwnerId } = command.data;
  assertOwnsAccommodation(accommodationId, accommodationOwnerId, ownerId, 'accommodationId');
  switch (command.type) {
    case 'SetRates':
      return [event('RatesSet', { accommodationId, ownerId, setting: command.data.setting })];
    case 'DeleteRates': {
      const stayRateIds = [...new Set(command.data.stayRateIds)].filter((id) => stayRateIn(state, id) !== null);
      return stayRateIds.length === 0 ? [] : [event('RatesDeleted', { accommodationId, ownerId, stayRateIds })];
    }
    default:
      return assertNever(command);
  }
}

export function evolve(state: RateGrid, e: RatesEvent): RateGrid {
  switch (e.type) {
    case 'RatesSet':
      return { changes: [...state.changes, { kind: 'set', setting: e.data.setting }] };
    case 'RatesDeleted':
      return { changes: [...state.changes, { kind: 'deleted', stayRateIds: new Set(e.data.stayRateIds) }] };
    default:
      return assertNever(e);
  }
}

export const ratesDecider: Decider<RatesCommand, RatesEvent, RateGrid> = {
  decide,
  evolve,
  initialState: () => ({ changes: [] }),
  events: ratesEvents,
};
