import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CATALOGUE_QUERIES, type CatalogueQueries } from '../../catalogue/contracts';
import { handleCommand, newCorrelation } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import type { Position } from '../../event-store/position';
import { AccommodationNotFound } from '../../shared/kernel/accommodation-access';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { isUuid } from '../../shared/kernel/ids';
import { command } from '../../shared/kernel/message';
import { parseBookingRules, type BookingRulesInput } from '../domain/rules/booking-rules';
import { bookingRulesDecider, bookingRulesStream } from '../domain/rules/booking-rules.decider';
import { parseTouristTax } from '../domain/rules/tourist-tax';
import { touristTaxDecider, touristTaxStream } from '../domain/rules/tourist-tax.decider';

/** Replaces an accommodation's booking rules as a whole; what is left out takes its default. */
export class SetBookingRules extends Command<{ position: Position | null }> {
  constructor(
    readonly ownerId: string,
    readonly accommodationId: string,
    readonly input: BookingRulesInput,
  ) {
    super();
  }
}

/** Sets the tourist tax per taxed person per night; null or 0 stops collecting it. */
export class SetTouristTax extends Command<{ position: Position | null }> {
  constructor(
    readonly ownerId: string,
    readonly accommodationId: string,
    readonly perPersonPerNight: number | null,
  ) {
    super();
  }
}

@CommandHandler(SetBookingRules)
export class SetBookingRulesHandler implements ICommandHandler<SetBookingRules> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CATALOGUE_QUERIES) private readonly catalogue: CatalogueQueries,
  ) {}

  async execute({ ownerId, accommodationId, input }: SetBookingRules): Promise<{ position: Position | null }> {
    if (!isUuid(accommodationId)) throw new AccommodationNotFound(accommodationId, 'accommodationId');
    const value = parseBookingRules('input', input);
    const owners = await this.catalogue.ownersOfAccommodations([accommodationId]);
    const outcome = await handleCommand(
      this.store,
      bookingRulesStream(accommodationId),
      bookingRulesDecider,
      command('SetBookingRules', { accommodationId, ownerId, accommodationOwnerId: owners.get(accommodationId) ?? null, value }),
      newCorrelation({ kind: 'owner', id: ownerId }, this.clock.now()),
    );
    return { position: outcome.position };
  }
}

@CommandHandler(SetTouristTax)
export class SetTouristTaxHandler implements ICommandHandler<SetTouristTax> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CATALOGUE_QUERIES) private readonly catalogue: CatalogueQueries,
  ) {}

  async execute({ ownerId, accommodationId, perPersonPerNight }: SetTouristTax): Promise<{ position: Position | null }> {
    if (!isUuid(accommodationId)) throw new AccommodationNotFound(accommodationId, 'accommodationId');
    const value = parseTouristTax('perPersonPerNight', perPersonPerNight);
    const owners = await this.catalogue.ownersOfAccommodations([accommodationId]);
    const outcome = await handleCommand(
      this.store,
      touristTaxStream(accommodationId),
      touristTaxDecider,
      command('SetTouristTax', { accommodationId, ownerId, accommodationOwnerId: owners.get(accommodationId) ?? null, value }),
      newCorrelation({ kind: 'owner', id: ownerId }, this.clock.now()),
    );
    return { position: outcome.position };
  }
}
