import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentOwner, type AuthenticatedOwner } from '../../shared/auth/authenticated-owner';
import { ROW_COST } from '../../shared/graphql/query-cost.plugin';
import { ChangeDestinationListing, type DestinationListingChange } from '../application/change-destination-listing.handler';
import { MAX_LISTED_ACCOMMODATIONS } from '../domain/destination/destination-listing.decider';
import { DestinationNotJoined } from '../domain/destination/destination.errors';
import { GetOwnerDestination, ListOwnerDestinations, MAX_DESTINATIONS_LISTED, type OwnerDestination } from '../infrastructure/destination.queries';
import { MyDestinationListingType, publicDestinationType } from './destination.types';

const CHOICE = `Your accommodations for it to list, at most ${MAX_LISTED_ACCOMMODATIONS}: only your own, bookable online (BOOKABLE) and not archived. One that later stops being bookable, or is archived, stays in your choice; marketplace searches leave it out meanwhile`;

const myListing = (found: OwnerDestination): MyDestinationListingType => ({
  destination: publicDestinationType(found.destination),
  joinedAt: found.joinedAt,
  changedAt: found.changedAt,
  accommodations: found.accommodations.map((a) => ({ ...a })),
});

/** An owner's memberships of destinations' marketplaces. */
@Resolver(() => MyDestinationListingType)
export class DestinationListingResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Mutation(() => MyDestinationListingType, {
    description: 'Joins a destination’s marketplace with the accommodations it is to list. Joining again with the same choice changes nothing; with another, it is refused (CONFLICT): change it with setDestinationListing',
  })
  joinDestination(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('destinationId', { type: () => ID }) destinationId: string,
    @Args('accommodationIds', { type: () => [ID], description: CHOICE }) accommodationIds: string[],
  ): Promise<MyDestinationListingType> {
    return this.change(caller.ownerId, destinationId, { kind: 'join', accommodationIds });
  }

  @Mutation(() => MyDestinationListingType, { description: 'Replaces which of your accommodations a destination you joined lists: the whole list, as you now want it' })
  setDestinationListing(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('destinationId', { type: () => ID }) destinationId: string,
    @Args('accommodationIds', { type: () => [ID], description: CHOICE }) accommodationIds: string[],
  ): Promise<MyDestinationListingType> {
    return this.change(caller.ownerId, destinationId, { kind: 'change', accommodationIds });
  }

  @Mutation(() => Boolean, { description: 'Leaves a destination at any time: it lists none of your accommodations any more. Leaving one you are not a member of changes nothing' })
  async leaveDestination(@CurrentOwner() caller: AuthenticatedOwner, @Args('destinationId', { type: () => ID }) destinationId: string): Promise<boolean> {
    const { position } = await this.commands.execute(new ChangeDestinationListing(caller.ownerId, destinationId, { kind: 'leave' }));
    await this.queries.execute(new GetOwnerDestination(caller.ownerId, destinationId, position));
    return true;
  }

  @Query(() => [MyDestinationListingType], {
    description: 'The destinations you joined, in the order you joined them, each with the accommodations you chose',
    complexity: ({ childComplexity }) => MAX_DESTINATIONS_LISTED * (ROW_COST + childComplexity),
  })
  async myDestinations(@CurrentOwner() caller: AuthenticatedOwner): Promise<MyDestinationListingType[]> {
    const found: OwnerDestination[] = await this.queries.execute(new ListOwnerDestinations(caller.ownerId));
    return found.map(myListing);
  }

  private async change(ownerId: string, destinationId: string, change: DestinationListingChange): Promise<MyDestinationListingType> {
    const { position } = await this.commands.execute(new ChangeDestinationListing(ownerId, destinationId, change));
    const found: OwnerDestination | null = await this.queries.execute(new GetOwnerDestination(ownerId, destinationId, position));
    // Only a leave from another tab in between answers nothing.
    if (!found) throw new DestinationNotJoined(destinationId);
    return myListing(found);
  }
}
