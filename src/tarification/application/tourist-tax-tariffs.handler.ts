import { EntityManager } from '@mikro-orm/postgresql';
import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertCallerOwns, CATALOGUE_QUERIES, type CatalogueQueries } from '../../catalogue/contracts';
import { handleCommand, newCorrelation } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import type { Position } from '../../event-store/position';
import { AccommodationNotFound } from '../../shared/kernel/accommodation-access';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { InvalidInput } from '../../shared/kernel/errors';
import { isUuid } from '../../shared/kernel/ids';
import { command } from '../../shared/kernel/message';
import { touristTaxDecider, touristTaxStream } from '../domain/rules/tourist-tax.decider';
import { authorityReference, parseTariffTable, type TouristTaxTariffInput } from '../domain/tourist-tax/tourist-tax-tariff';
import { touristTaxTariffsDecider, touristTaxTariffsStream } from '../domain/tourist-tax/tourist-tax-tariffs.decider';
import type { TariffPublisher } from '../domain/tourist-tax/tourist-tax-tariffs.events';
import { TouristTaxTariffRowSchema } from '../infrastructure/tourist-tax-tariff.row';
import { AccommodationSettings } from './set-accommodation-settings.handler';

export type AuthorityInput = Pick<TouristTaxTariffInput['authority'], 'kind' | 'inseeCode' | 'siren'>;

const actorOf = (publisher: TariffPublisher) => ({ kind: publisher.kind === 'OWNER' ? ('owner' as const) : ('destination' as const), id: publisher.id });

/** Enters (or replaces) the publisher's table of one authority for one year, checked against that year's law. */
export class SetTouristTaxTariff extends Command<{ position: Position | null; authority: string; year: number }> {
  constructor(
    readonly publisher: TariffPublisher,
    readonly input: TouristTaxTariffInput,
  ) {
    super();
  }
}

export class RemoveTouristTaxTariff extends Command<{ position: Position | null }> {
  constructor(
    readonly publisher: TariffPublisher,
    readonly authority: AuthorityInput,
    readonly year: number,
  ) {
    super();
  }
}

/**
 * Taxes an accommodation "au réel" from one authority's tables: the owner's own, or those of a
 * destination that lists the accommodation (a tourist office enters its communes' tables once
 * for all its owners).
 */
export class SetTouristTaxTariffSource extends Command<{ position: Position | null }> {
  constructor(
    readonly ownerId: string,
    readonly accommodationId: string,
    readonly source: { readonly destinationId?: string | null; readonly authority: AuthorityInput },
  ) {
    super();
  }
}

export class NoTouristTaxTariff extends InvalidInput {
  override readonly reason = 'NO_TOURIST_TAX_TARIFF';

  constructor(field: string, authority: string, destination: boolean) {
    super(field, `${destination ? 'the destination has' : 'you have'} entered no tariff table for ${authority}: enter the commune's table first`);
  }
}

export class NotListedByDestination extends InvalidInput {
  override readonly reason = 'NOT_LISTED';

  constructor(field: string) {
    super(field, "a destination's tables tax only the accommodations it lists; join it and have it list this accommodation first");
  }
}

@CommandHandler(SetTouristTaxTariff)
export class SetTouristTaxTariffHandler implements ICommandHandler<SetTouristTaxTariff> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ publisher, input }: SetTouristTaxTariff): Promise<{ position: Position | null; authority: string; year: number }> {
    const tariff = parseTariffTable('input', input);
    const outcome = await handleCommand(this.store, touristTaxTariffsStream(publisher), touristTaxTariffsDecider, command('SetTouristTaxTariff', { publisher, tariff }), newCorrelation(actorOf(publisher), this.clock.now()));
    return { position: outcome.position, authority: authorityReference('input.authority', input.authority), year: tariff.year };
  }
}

@CommandHandler(RemoveTouristTaxTariff)
export class RemoveTouristTaxTariffHandler implements ICommandHandler<RemoveTouristTaxTariff> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ publisher, authority, year }: RemoveTouristTaxTariff): Promise<{ position: Position | null }> {
    const key = authorityReference('authority', authority);
    const outcome = await handleCommand(this.store, touristTaxTariffsStream(publisher), touristTaxTariffsDecider, command('RemoveTouristTaxTariff', { publisher, authority: key, year }), newCorrelation(actorOf(publisher), this.clock.now()));
    return { position: outcome.position };
  }
}

@CommandHandler(SetTouristTaxTariffSource)
export class SetTouristTaxTariffSourceHandler implements ICommandHandler<SetTouristTaxTariffSource> {
  constructor(
    private readonly em: EntityManager,
    private readonly settings: AccommodationSettings,
    @Inject(CATALOGUE_QUERIES) private readonly catalogue: CatalogueQueries,
  ) {}

  async execute({ ownerId, accommodationId, source }: SetTouristTaxTariffSource): Promise<{ position: Position | null }> {
    if (!isUuid(accommodationId)) throw new AccommodationNotFound(accommodationId, 'accommodationId');
    await assertCallerOwns(this.catalogue, ownerId, accommodationId);
    const authority = authorityReference('source.authority', source.authority);
    const destinationId = source.destinationId ?? null;
    if (destinationId !== null && !(isUuid(destinationId) && (await this.catalogue.listedBy(destinationId, ownerId, accommodationId)))) throw new NotListedByDestination('source.destinationId');
    const publisher: TariffPublisher = destinationId === null ? { kind: 'OWNER', id: ownerId } : { kind: 'DESTINATION', id: destinationId };
    const tables = await this.em.fork().count(TouristTaxTariffRowSchema, { publisherKind: publisher.kind, publisherId: publisher.id, authorityKey: authority });
    if (tables === 0) throw new NoTouristTaxTariff('source.authority', authority, destinationId !== null);
    return this.settings.set(touristTaxStream(accommodationId), touristTaxDecider, 'SetTouristTax', ownerId, accommodationId, { kind: 'TARIFF', publisher, authority });
  }
}
