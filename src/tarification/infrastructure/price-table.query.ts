import { EntityManager } from '@mikro-orm/postgresql';
import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CATALOGUE_QUERIES, type CatalogueQueries, visibleAccommodation } from '../../catalogue/contracts';
import { dayRange } from '../../shared/kernel/calendar-date';
import type { Lang } from '../../shared/kernel/lang';
import { MAX_PLANNING_DAYS } from '../contracts';
import { priceTable, type PriceTableRow } from '../domain/availability/price-table';
import { StayRateRowSchema } from './stay-rate.row';

/** The lengths of stay arriving from `from` to `to` (exclusive), with their price range. Public, as the calendar. */
export class GetPriceTable extends Query<PriceTableRow[]> {
  constructor(
    readonly accommodationId: string,
    readonly from: string,
    readonly to: string,
    readonly lang: Lang,
    readonly viewerOwnerId: string | null,
  ) {
    super();
  }
}

@QueryHandler(GetPriceTable)
export class GetPriceTableHandler implements IQueryHandler<GetPriceTable> {
  constructor(
    private readonly em: EntityManager,
    @Inject(CATALOGUE_QUERIES) private readonly catalogue: CatalogueQueries,
  ) {}

  async execute({ accommodationId, from, to, lang, viewerOwnerId }: GetPriceTable): Promise<PriceTableRow[]> {
    const { first, end } = dayRange(from, to, MAX_PLANNING_DAYS, 'a price table may span');
    await visibleAccommodation(this.catalogue, accommodationId, viewerOwnerId, 'accommodationId');
    const rates = await this.em.fork().find(StayRateRowSchema, { accommodationId, arrival: { $gte: first, $lt: end } }, { fields: ['arrival', 'nights', 'saleCents'] });
    return priceTable(rates, lang);
  }
}
