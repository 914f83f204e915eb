import { EntityManager } from '@mikro-orm/postgresql';
import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CATALOGUE_QUERIES, type CatalogueQueries, type OwnedAccommodation } from '../../catalogue/contracts';
import { dayRange } from '../../shared/kernel/calendar-date';
import { QUOTE_SERVICE, type QuoteService } from '../../tarification/contracts';
import { planningDays, type PlanningDay } from './planning-days';

/** Three months: what "Mon planning" shows at once, every accommodation under the other. */
export const MAX_OWNER_PLANNING_DAYS = 93;

export interface AccommodationPlanning {
  readonly accommodation: OwnedAccommodation;
  readonly days: PlanningDay[];
}

/** Each night from `from` to `to` (exclusive) of every accommodation of the caller that is not archived, in the order they were made. */
export class GetOwnerPlanning extends Query<AccommodationPlanning[]> {
  constructor(
    readonly ownerId: string,
    readonly from: string,
    readonly to: string,
  ) {
    super();
  }
}

@QueryHandler(GetOwnerPlanning)
export class GetOwnerPlanningHandler implements IQueryHandler<GetOwnerPlanning> {
  constructor(
    private readonly em: EntityManager,
    @Inject(CATALOGUE_QUERIES) private readonly catalogue: CatalogueQueries,
    @Inject(QUOTE_SERVICE) private readonly quotes: QuoteService,
  ) {}

  async execute({ ownerId, from, to }: GetOwnerPlanning): Promise<AccommodationPlanning[]> {
    const { first, end } = dayRange(from, to, MAX_OWNER_PLANNING_DAYS, 'an owner’s whole planning may show');
    const accommodations = await this.catalogue.accommodationsOfOwner(ownerId);
    const days = await planningDays(
      this.em,
      this.quotes,
      ownerId,
      accommodations.map((a) => a.accommodationId),
      first,
      end,
    );
    return accommodations.map((accommodation) => ({ accommodation, days: days.get(accommodation.accommodationId) ?? [] }));
  }
}
