import { isDeepStrictEqual } from 'node:util';
import { assertNever } from '../../../shared/kernel/assert-never';
import type { Decider } from '../../../shared/kernel/decider';
import { Conflict, NotFound } from '../../../shared/kernel/errors';
import { event, type Command } from '../../../shared/kernel/message';
import { authorityKey, type TouristTaxTariff } from './tourist-tax-tariff';
import { touristTaxTariffsEvents, type TariffPublisher, type TouristTaxTariffsEvent } from './tourist-tax-tariffs.events';

export type { TariffPublisher, TouristTaxTariffsEvent };

/**
 * Stream `tourist-tax-tariffs-<owner|destination>-<id>`: every table one publisher entered, so
 * that a table is one per authority and year under concurrent writes from two tabs.
 */
export const touristTaxTariffsStream = (publisher: TariffPublisher) => `tourist-tax-tariffs-${publisher.kind.toLowerCase()}-${publisher.id}`;

/** A destination of a few dozen communes keeps each one's table for a few years. */
export const MAX_TARIFFS_PER_PUBLISHER = 300;

export { authorityKey };

const tableKey = (authority: string, year: number): string => `${authority}/${year}`;

export type TouristTaxTariffsCommand =
  | Command<'SetTouristTaxTariff', { publisher: TariffPublisher; tariff: TouristTaxTariff }>
  /** `authority` as `authorityKey` writes it. */
  | Command<'RemoveTouristTaxTariff', { publisher: TariffPublisher; authority: string; year: number }>;

/** The publisher's tables by authority and year. */
export type TouristTaxTariffs = ReadonlyMap<string, TouristTaxTariff>;

export class TouristTaxTariffNotFound extends NotFound {
  constructor(authority: string, year: number) {
    super('Tourist tax tariff', `${authority} for ${year}`, 'authority');
  }
}

export class TooManyTouristTaxTariffs extends Conflict {
  override readonly reason = 'TOO_MANY_TOURIST_TAX_TARIFFS';

  constructor() {
    super(`At most ${MAX_TARIFFS_PER_PUBLISHER} tourist tax tables may be kept; remove a past year's first`);
  }
}

export function decide(command: TouristTaxTariffsCommand, state: TouristTaxTariffs): TouristTaxTariffsEvent[] {
  const { publisher } = command.data;
  switch (command.type) {
    case 'SetTouristTaxTariff': {
      const { tariff } = command.data;
      const current = state.get(tableKey(authorityKey(tariff.authority), tariff.year));
      // Compared by value: jsonb does not keep key order.
      if (current && isDeepStrictEqual(current, tariff)) return [];
      if (!current && state.size >= MAX_TARIFFS_PER_PUBLISHER) throw new TooManyTouristTaxTariffs();
      return [event('TouristTaxTariffSet', { publisher, tariff })];
    }
    case 'RemoveTouristTaxTariff': {
      const { authority, year } = command.data;
      const current = state.get(tableKey(authority, year));
      if (!current) throw new TouristTaxTariffNotFound(authority, year);
      return [event('TouristTaxTariffRemoved', { publisher, authority: current.authority, year })];
    }
    default:
      return assertNever(command);
  }
}

export function evolve(state: TouristTaxTariffs, e: TouristTaxTariffsEvent): TouristTaxTariffs {
  const next = new Map(state);
  switch (e.type) {
    case 'TouristTaxTariffSet':
      next.set(tableKey(authorityKey(e.data.tariff.authority), e.data.tariff.year), e.data.tariff);
      return next;
    case 'TouristTaxTariffRemoved':
      next.delete(tableKey(authorityKey(e.data.authority), e.data.year));
      return next;
    default:
      return assertNever(e);
  }
}

export const touristTaxTariffsDecider: Decider<TouristTaxTariffsCommand, TouristTaxTariffsEvent, TouristTaxTariffs> = {
  decide,
  evolve,
  initialState: () => new Map(),
  events: touristTaxTariffsEvents,
};
