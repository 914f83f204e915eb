import { EntityManager } from '@mikro-orm/postgresql';
import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { assertCallerOwns, CATALOGUE_QUERIES, type CatalogueQueries } from '../../catalogue/contracts';
import { dayRange } from '../../shared/kernel/calendar-date';
import { MAX_PLANNING_DAYS, QUOTE_SERVICE, type QuoteService } from '../../tarification/contracts';
import { planningDays, type PlanningDay } from './planning-days';

/** Each night of one of the caller's accommodations from `from` to `to` (exclusive). */
export class GetPlanning extends Query<PlanningDay[]> {
  constructor(
    readonly ownerId: string,
    readonly accommodationId: string,
    readonly from: string,
    readonly to: string,
  ) {
    super();
  }
}

@QueryHandler(GetPlanning)
export class GetPlanningHandler implements IQueryHandler<GetPlanning> {
  constructor(
    private readonly em: EntityManager,
    @Inject(CATALOGUE_QUERIES) private readonly catalogue: CatalogueQueries,
    @Inject(QUOTE_SERVICE) private readonly quotes: QuoteService,
  ) {}

  async execute({ ownerId, accommodationId, from, to }: GetPlanning): Promise<PlanningDay[]> {
    const { first, end } = dayRange(from, to, MAX_PLANNING_DAYS, 'a planning may show');
    await assertCallerOwns(this.catalogue, ownerId, accommodationId);
    return (await planningDays(this.em, this.quotes, ownerId, [accommodationId], first, end)).get(accommodationId) ?? [];
  }
}
