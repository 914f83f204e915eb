import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentOwner, type AuthenticatedOwner } from '../../shared/auth/authenticated-owner';
import { pageCost } from '../../shared/graphql/query-cost.plugin';
import { DEFAULT_NOTIFICATIONS, ListNotifications, MarkNotificationsSeen, MAX_NOTIFICATIONS, type OwnerNotifications } from '../infrastructure/notifications.queries';
import { OwnerNotificationsType, ownerNotificationsType } from './notifications.types';

/** The owner's own: an integrator's key neither reads nor clears what the owner has to look at. */
@Resolver(() => OwnerNotificationsType)
export class NotificationsResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Query(() => OwnerNotificationsType, {
    description: 'Online bookings, calendar conflicts and failed emails of the last 30 days, newest first, and how many you have not seen',
    complexity: pageCost(DEFAULT_NOTIFICATIONS, MAX_NOTIFICATIONS),
  })
  async notifications(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('first', { type: () => Int, nullable: true, description: '20 by default, at most 100' }) first: number | null,
    @Args('unseenOnly', { type: () => Boolean, nullable: true, description: 'Only those not seen yet' }) unseenOnly: boolean | null,
  ): Promise<OwnerNotificationsType> {
    const view: OwnerNotifications = await this.queries.execute(new ListNotifications(caller.ownerId, first ?? null, unseenOnly ?? false));
    return ownerNotificationsType(view);
  }

  @Mutation(() => Int, { description: 'Marks seen the notifications named, or those of one file, or (neither given) all of yours; answers how many were not seen yet' })
  markNotificationsSeen(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('ids', { type: () => [ID], nullable: true, description: 'At most 500' }) ids: string[] | null,
    @Args('dossierId', { type: () => ID, nullable: true }) dossierId: string | null,
  ): Promise<number> {
    return this.commands.execute(new MarkNotificationsSeen(caller.ownerId, { ids: ids ?? null, dossierId: dossierId ?? null }));
  }
}
