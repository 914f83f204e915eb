import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CATALOGUE_QUERIES, type CatalogueQueries } from '../../catalogue/contracts';
import { handleCommand, newCorrelation } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import type { Position } from '../../event-store/position';
import { AccommodationNotFound } from '../../shared/kernel/accommodation-access';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { InvalidInput } from '../../shared/kernel/errors';
import { isUuid } from '../../shared/kernel/ids';
import { command } from '../../shared/kernel/message';
import { MAX_STAY_RATES_PER_SETTING, parseStayRateId } from '../domain/rates/rate-grid';
import { ratesDecider, ratesStream } from '../domain/rates/rates.decider';

/** Removes the named stay rates; ids that name no rate are left alone and not counted. */
export class DeleteRates extends Command<{ count: number; position: Position | null }> {
  constructor(
    readonly ownerId: string,
    readonly accommodationId: string,
    readonly stayRateIds: readonly string[],
  ) {
    super();
  }
}

@CommandHandler(DeleteRates)
export class DeleteRatesHandler implements ICommandHandler<DeleteRates> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CATALOGUE_QUERIES) private readonly catalogue: CatalogueQueries,
  ) {}

  async execute({ ownerId, accommodationId, stayRateIds }: DeleteRates): Promise<{ count: number; position: Position | null }> {
    if (!isUuid(accommodationId)) throw new AccommodationNotFound(accommodationId, 'accommodationId');
    if (stayRateIds.length > MAX_STAY_RATES_PER_SETTING) throw new InvalidInput('ids', `must list at most ${MAX_STAY_RATES_PER_SETTING} stay rates`);
    stayRateIds.forEach((id, i) => parseStayRateId(`ids[${i}]`, id));
    const owners = await this.catalogue.ownersOfAccommodations([accommodationId]);
    const outcome = await handleCommand(
      this.store,
      ratesStream(accommodationId),
      ratesDecider,
      command('DeleteRates', { accommodationId, ownerId, accommodationOwnerId: owners.get(accommodationId) ?? null, stayRateIds }),
      newCorrelation({ kind: 'owner', id: ownerId }, this.clock.now()),
    );
    const deleted = outcome.events.reduce((sum, e) => sum + (e.type === 'RatesDeleted' ? e.data.stayRateIds.length : 0), 0);
    return { count: deleted, position: outcome.position };
  }
}
