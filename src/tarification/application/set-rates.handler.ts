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
import { parseRateSetting, stayRateCount, type RateSettingInput } from '../domain/rates/rate-grid';
import { ratesDecider, ratesStream } from '../domain/rates/rates.decider';

export interface SetRatesInput extends RateSettingInput {
  readonly accommodationId: string;
}

/** Applies one price to every stay the setting names, replacing what those stays had. */
export class SetRates extends Command<{ count: number; position: Position | null }> {
  constructor(
    readonly ownerId: string,
    readonly input: SetRatesInput,
  ) {
    super();
  }
}

@CommandHandler(SetRates)
export class SetRatesHandler implements ICommandHandler<SetRates> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CATALOGUE_QUERIES) private readonly catalogue: CatalogueQueries,
  ) {}

  async execute({ ownerId, input }: SetRates): Promise<{ count: number; position: Position | null }> {
    const { accommodationId } = input;
    if (!isUuid(accommodationId)) throw new AccommodationNotFound(accommodationId, 'accommodationId');
    const setting = parseRateSetting('input', input);
    const accommodation = await this.catalogue.accommodationForBooking(accommodationId);
    const accommodationOwnerId = accommodation?.ownerId ?? null;
    // Only checked on the caller's own accommodation: another's gets NOT_FOUND from the decider, as an unknown one.
    if (accommodation && accommodationOwnerId === ownerId) {
      setting.price.occupancy?.byAgeRange.forEach(({ ageRangeId }, i) => {
        if (!accommodation.ageRanges.some((range) => range.ageRangeId === ageRangeId)) {
          throw new InvalidInput(`input.occupancy.byAgeRange[${i}].ageRangeId`, `${ageRangeId} is not one of your age ranges`);
        }
      });
    }
    const outcome = await handleCommand(
      this.store,
      ratesStream(accommodationId),
      ratesDecider,
      command('SetRates', { accommodationId, ownerId, accommodationOwnerId, setting }),
      newCorrelation({ kind: 'owner', id: ownerId }, this.clock.now()),
    );
    return { count: stayRateCount(setting), position: outcome.position };
  }
}
