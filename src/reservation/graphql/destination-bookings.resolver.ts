import { QueryBus } from '@nestjs/cqrs';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { DestinationOperation, type AuthenticatedDestination } from '../../shared/auth/authenticated-destination';
import { CurrentDestination } from '../../shared/auth/authenticated-owner';
import { pageCost } from '../../shared/graphql/query-cost.plugin';
import { DEFAULT_DESTINATION_BOOKINGS, ListDestinationBookings, MAX_DESTINATION_BOOKINGS, type DestinationBookingPage } from '../infrastructure/destination-bookings.query';
import { DestinationBookingConnectionType, destinationBookingConnection } from './destination-bookings.types';

/** A destination's own bookings: those guests made through its marketplace, and no other file. */
@Resolver(() => DestinationBookingConnectionType)
export class DestinationBookingsResolver {
  constructor(private readonly queries: QueryBus) {}

  @DestinationOperation()
  @Query(() => DestinationBookingConnectionType, {
    description: 'The bookings guests made through your marketplace (a destination’s token only), newest first',
    complexity: pageCost(DEFAULT_DESTINATION_BOOKINGS, MAX_DESTINATION_BOOKINGS),
  })
  async destinationBookings(
    @CurrentDestination() caller: AuthenticatedDestination,
    @Args('first', { type: () => Int, nullable: true, description: `${DEFAULT_DESTINATION_BOOKINGS} by default, at most ${MAX_DESTINATION_BOOKINGS}` }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<DestinationBookingConnectionType> {
    const page: DestinationBookingPage = await this.queries.execute(new ListDestinationBookings(caller.destinationId, first ?? null, after ?? null));
    return destinationBookingConnection(page);
  }
}
