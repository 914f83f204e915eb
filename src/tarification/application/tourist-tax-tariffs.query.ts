import { EntityManager } from '@mikro-orm/postgresql';
import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CATALOGUE_QUERIES, type CatalogueQueries } from '../../catalogue/contracts';
import type { Position } from '../../event-store/position';
import { ReadModelWaiter } from '../../event-store/projection/read-model-waiter';
import { NotFound } from '../../shared/kernel/errors';
import { isUuid } from '../../shared/kernel/ids';
import { touristTaxTariffsStream } from '../domain/tourist-tax/tourist-tax-tariffs.decider';
import type { TariffPublisher } from '../domain/tourist-tax/tourist-tax-tariffs.events';
import { touristTaxTariffsProjection } from '../infrastructure/tourist-tax-tariff.projection';
import { TouristTaxTariffRowSchema, type TouristTaxTariffRow } from '../infrastructure/tourist-tax-tariff.row';

/**
 * One publisher's tables, by authority then year; `year` keeps one year's. After a change, the
 * tables as that change left them.
 */
export class ListTouristTaxTariffs extends Query<TouristTaxTariffRow[]> {
  constructor(
    readonly publisher: TariffPublisher,
    readonly year: number | null = null,
    readonly after: Position | null = null,
  ) {
    super();
  }
}

/**
 * A destination's tables, as an owner it lists may read them to choose one: the deliberations are
 * public, but a destination that lists none of the caller's accommodations is answered as unknown.
 */
export class ListDestinationTariffsForOwner extends Query<TouristTaxTariffRow[]> {
  constructor(
    readonly ownerId: string,
    readonly destinationId: string,
    readonly year: number | null = null,
  ) {
    super();
  }
}

@QueryHandler(ListTouristTaxTariffs)
export class ListTouristTaxTariffsHandler implements IQueryHandler<ListTouristTaxTariffs> {
  constructor(
    private readonly em: EntityManager,
    private readonly waiter: ReadModelWaiter,
  ) {}

  execute({ publisher, year, after }: ListTouristTaxTariffs): Promise<TouristTaxTariffRow[]> {
    return this.waiter.rowsAfter(after, touristTaxTariffsProjection, [touristTaxTariffsStream(publisher)], () => tablesOf(this.em, publisher, year));
  }
}

@QueryHandler(ListDestinationTariffsForOwner)
export class ListDestinationTariffsForOwnerHandler implements IQueryHandler<ListDestinationTariffsForOwner> {
  constructor(
    private readonly em: EntityManager,
    @Inject(CATALOGUE_QUERIES) private readonly catalogue: CatalogueQueries,
  ) {}

  async execute({ ownerId, destinationId, year }: ListDestinationTariffsForOwner): Promise<TouristTaxTariffRow[]> {
    const accommodations = isUuid(destinationId) ? await this.catalogue.accommodationsOfOwner(ownerId) : [];
    const listed = await Promise.all(accommodations.map((a) => this.catalogue.listedBy(destinationId, ownerId, a.accommodationId)));
    if (!listed.some(Boolean)) throw new NotFound('Destination', destinationId, 'destinationId');
    return tablesOf(this.em, { kind: 'DESTINATION', id: destinationId }, year);
  }
}

async function tablesOf(em: EntityManager, publisher: TariffPublisher, year: number | null): Promise<TouristTaxTariffRow[]> {
  const where = { publisherKind: publisher.kind, publisherId: publisher.id, ...(year === null ? {} : { year }) };
  return em.fork().find(TouristTaxTariffRowSchema, where, { orderBy: { authorityKey: 'asc', year: 'asc' } });
}
