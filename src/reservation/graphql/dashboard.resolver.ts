import { QueryBus } from '@nestjs/cqrs';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentOwner, type AuthenticatedOwner } from '../../shared/auth/authenticated-owner';
import { RequiresScopes } from '../../shared/auth/requires-scopes.decorator';
import { DateScalar } from '../../shared/graphql/date.scalar';
import { LangEnum, type Lang } from '../../shared/graphql/lang.type';
import { GetDashboard, type DashboardView } from '../infrastructure/dashboard.queries';
import { dashboardType, DashboardType } from './dashboard.types';

@Resolver(() => DashboardType)
export class DashboardResolver {
  constructor(private readonly queries: QueryBus) {}

  // Its lists are files with their guests: what the file lists themselves ask of a key.
  @RequiresScopes('bookings:read', 'guests:read')
  @Query(() => DashboardType, { description: 'The owner’s dashboard. Revenue by month of booking over the last `months` (12 unless said), or from/to' })
  async dashboard(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('from', { type: () => DateScalar, nullable: true }) from: string | null,
    @Args('to', { type: () => DateScalar, nullable: true }) to: string | null,
    @Args('months', { type: () => Int, nullable: true, description: 'The last 3, 6, 12… months (up to 36), the current one included; not with from/to' }) months: number | null,
    @Args('lang', { type: () => LangEnum, nullable: true, description: 'For the months’ labels and the warnings’ messages; French when left out' }) lang: Lang | null,
  ): Promise<DashboardType> {
    const view: DashboardView = await this.queries.execute(new GetDashboard(caller.ownerId, { from, to, months }));
    return dashboardType(view, lang ?? 'FR');
  }
}
