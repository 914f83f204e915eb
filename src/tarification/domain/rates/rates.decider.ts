import { assertOwnsAccommodation } from '../../../shared/kernel/accommodation-access';
import { assertNever } from '../../../shared/kernel/assert-never';
import type { Decider } from '../../../shared/kernel/decider';
import { event, type Command, type Event } from '../../../shared/kernel/message';
import { expandRateSetting, stayRateId, type RateSetting, type StayRate } from './rate-grid';

/** Stream `rates-<accommodationId>`: the accommodation's rate grid. */
export const ratesStream = (accommodationId: string) => `rates-${accommodationId}`;

export type RatesEvent =
  | Event<'RatesSet', { accommodationId: string; ownerId: string; setting: RateSetting }>
  | Event<'RatesDeleted', { accommodationId: string; ownerId: string; stayRateIds: string[] }>;

/** `accommodationOwnerId` is whose the accommodation is, as the handler found it (null: none). */
export type RatesCommand =
  | Command<'SetRates', { accommodationId: string; ownerId: string; accommodationOwnerId: string | null; setting: RateSetting }>
  | Command<'DeleteRates', { accommodationId: string; ownerId: string; accommodationOwnerId: string | null; stayRateIds: readonly string[] }>;

/** Later settings replace earlier ones for the same arrival and length, so a map by stay. */
export interface RateGrid {
  readonly rates: ReadonlyMap<string, StayRate>;
}

export function decide(command: RatesCommand, state: RateGrid): RatesEvent[] {
  const { accommodationId, ownerId, accommodationOwnerId } = command.data;
  assertOwnsAccommodation(accommodationId, accommodationOwnerId, ownerId, 'accommodationId');
  switch (command.type) {
    case 'SetRates':
      return [event('RatesSet', { accommodationId, ownerId, setting: command.data.setting })];
    case 'DeleteRates': {
      const stayRateIds = [...new Set(command.data.stayRateIds)].filter((id) => state.rates.has(id));
      return stayRateIds.length === 0 ? [] : [event('RatesDeleted', { accommodationId, ownerId, stayRateIds })];
    }
    default:
      return assertNever(command);
  }
}

export function evolve(state: RateGrid, e: RatesEvent): RateGrid {
  const rates = new Map(state.rates);
  switch (e.type) {
    case 'RatesSet':
      for (const rate of expandRateSetting(e.data.setting)) rates.set(stayRateId(rate.arrival, rate.nights), rate);
      return { rates };
    case 'RatesDeleted':
      for (const id of e.data.stayRateIds) rates.delete(id);
      return { rates };
    default:
      return assertNever(e);
  }
}

export const ratesDecider: Decider<RatesCommand, RatesEvent, RateGrid> = {
  decide,
  evolve,
  initialState: () => ({ rates: new Map() }),
};
