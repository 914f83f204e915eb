import { QueryBus } from '@nestjs/cqrs';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentOwner, hasScope, type AuthenticatedOwner } from '../../shared/auth/authenticated-owner';
import { RequiresScopes } from '../../shared/auth/requires-scopes.decorator';
import { DateScalar } from '../../shared/graphql/date.scalar';
import { ROW_COST } from '../../shared/graphql/query-cost.plugin';
import { GetOwnerPlanning, type AccommodationPlanning } from '../infrastructure/owner-planning.query';
import { AccommodationPlanningType } from './owner-planning.types';
import { planningDayType } from './planning.types';

/** What a request is priced at: an owner's accommodations are few, and this many is already many. */
const ACCOMMODATIONS_COUNTED = 20;

@Resolver(() => AccommodationPlanningType)
export class OwnerPlanningResolver {
  constructor(private readonly queries: QueryBus) {}

  @RequiresScopes('availability:read')
  @Query(() => [AccommodationPlanningType], {
    description: 'Every accommodation of yours that is not archived, in the order made, each with its nights from `from` to `to` (exclusive, at most 93 days) as `planning` gives them ("Mon planning")',
    complexity: ({ childComplexity }) => ACCOMMODATIONS_COUNTED * (ROW_COST + childComplexity),
  })
  async ownerPlanning(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('from', { type: () => DateScalar }) from: string,
    @Args('to', { type: () => DateScalar }) to: string,
  ): Promise<AccommodationPlanningType[]> {
    const plannings: AccommodationPlanning[] = await this.queries.execute(new GetOwnerPlanning(caller.ownerId, from, to));
    const showsGuests = hasScope(caller, 'guests:read');
    return plannings.map(({ accommodation, days }) => ({
      accommodationId: accommodation.accommodationId,
      reference: accommodation.reference,
      name: accommodation.name,
      days: days.map((day) => planningDayType(day, showsGuests)),
    }));
  }
}
