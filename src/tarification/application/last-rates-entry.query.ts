import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { assertCallerOwns, CATALOGUE_QUERIES, type CatalogueQueries } from '../../catalogue/contracts';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import type { RateSetting } from '../domain/rates/rate-grid';
import { ratesStream } from '../domain/rates/rates.decider';
import { ratesEvents } from '../domain/rates/rates.events';

/** The last `setRates` of an accommodation, as the owner applied it ("la dernière saisie"). */
export interface LastRatesEntry {
  readonly accommodationId: string;
  readonly setting: RateSetting;
  /** When the owner applied it (ISO instant). */
  readonly setAt: string;
}

/** Null until the owner first sets rates on it; rates deleted since leave the entry as it was typed. */
export class GetLastRatesEntry extends Query<LastRatesEntry | null> {
  constructor(
    readonly ownerId: string,
    readonly accommodationId: string,
  ) {
    super();
  }
}

/**
 * Read from the accommodation's `rates-<id>` stream, whose `RatesSet` events keep each setting
 * whole: the same read every `setRates` makes to decide, so it costs no more than the entry it
 * prefills, and it shows an entry made an instant ago.
 */
@QueryHandler(GetLastRatesEntry)
export class GetLastRatesEntryHandler implements IQueryHandler<GetLastRatesEntry> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CATALOGUE_QUERIES) private readonly catalogue: CatalogueQueries,
  ) {}

  async execute({ ownerId, accommodationId }: GetLastRatesEntry): Promise<LastRatesEntry | null> {
    await assertCallerOwns(this.catalogue, ownerId, accommodationId);
    const recorded = await this.store.readStream(ratesStream(accommodationId));
    const last = recorded.findLast((stored) => stored.type === 'RatesSet');
    if (!last) return null;
    const entry = ratesEvents.decode(last);
    return entry.type === 'RatesSet' ? { accommodationId, setting: entry.data.setting, setAt: last.metadata.occurredAt } : null;
  }
}
