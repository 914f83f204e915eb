import { Inject, Injectable } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CATALOGUE_QUERIES, type CatalogueQueries } from '../../catalogue/contracts';
import { handleCommand, newCorrelation } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import type { Position } from '../../event-store/position';
import { AccommodationNotFound } from '../../shared/kernel/accommodation-access';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { isUuid } from '../../shared/kernel/ids';
import type { Decider } from '../../shared/kernel/decider';
import { command } from '../../shared/kernel/message';
import type { SetSetting, Setting, SettingSet } from '../domain/accommodation-setting.decider';
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

/** Sets a value on an accommodation's own stream, once Catalogue has said whose it is. */
@Injectable()
export class AccommodationSettings {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CATALOGUE_QUERIES) private readonly catalogue: CatalogueQueries,
  ) {}

  async set<Type extends string, EventType extends string, Value>(
    stream: string,
    decider: Decider<SetSetting<Type, Value>, SettingSet<EventType, Value>, Setting<Value>>,
    type: Type,
    ownerId: string,
    accommodationId: string,
    value: Value,
  ): Promise<{ position: Position | null }> {
    const owners = await this.catalogue.ownersOfAccommodations([accommodationId]);
    const outcome = await handleCommand(
      this.store,
      stream,
      decider,
      command(type, { accommodationId, ownerId, accommodationOwnerId: owners.get(accommodationId) ?? null, value }),
      newCorrelation({ kind: 'owner', id: ownerId }, this.clock.now()),
    );
    return { position: outcome.position };
  }
}

@CommandHandler(SetBookingRules)
export class SetBookingRulesHandler implements ICommandHandler<SetBookingRules> {
  constructor(private readonly settings: AccommodationSettings) {}

  execute({ ownerId, accommodationId, input }: SetBookingRules): Promise<{ position: Position | null }> {
    if (!isUuid(accommodationId)) throw new AccommodationNotFound(accommodationId, 'accommodationId');
    return this.settings.set(bookingRulesStream(accommodationId), bookingRulesDecider, 'SetBookingRules', ownerId, accommodationId, parseBookingRules('input', input));
  }
}

@CommandHandler(SetTouristTax)
export class SetTouristTaxHandler implements ICommandHandler<SetTouristTax> {
  constructor(private readonly settings: AccommodationSettings) {}

  execute({ ownerId, accommodationId, perPersonPerNight }: SetTouristTax): Promise<{ position: Position | null }> {
    if (!isUuid(accommodationId)) throw new AccommodationNotFound(accommodationId, 'accommodationId');
    return this.settings.set(touristTaxStream(accommodationId), touristTaxDecider, 'SetTouristTax', ownerId, accommodationId, parseTouristTax('perPersonPerNight', perPersonPerNight));
  }
}
