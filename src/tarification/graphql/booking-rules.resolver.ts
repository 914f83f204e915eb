import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentOwner, type AuthenticatedOwner } from '../../shared/auth/authenticated-owner';
import { GetPricingSettings } from '../application/pricing-settings.query';
import { SetBookingRules, SetTouristTax } from '../application/set-accommodation-settings.handler';
import { BookingRulesInput, BookingRulesType, bookingRulesType } from './booking-rules.types';

@Resolver(() => BookingRulesType)
export class BookingRulesResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Query(() => BookingRulesType, { description: "An accommodation's booking rules (the defaults until set) and tourist tax" })
  async bookingRules(@CurrentOwner() caller: AuthenticatedOwner, @Args('accommodationId', { type: () => ID }) accommodationId: string): Promise<BookingRulesType> {
    return bookingRulesType(await this.queries.execute(new GetPricingSettings(caller.ownerId, accommodationId)));
  }

  @Mutation(() => BookingRulesType)
  async setBookingRules(@CurrentOwner() caller: AuthenticatedOwner, @Args('input') input: BookingRulesInput): Promise<BookingRulesType> {
    const { position } = await this.commands.execute(new SetBookingRules(caller.ownerId, input.accommodationId, input));
    return bookingRulesType(await this.queries.execute(new GetPricingSettings(caller.ownerId, input.accommodationId, position)));
  }

  @Mutation(() => BookingRulesType, { description: 'Taxe de séjour in cents per taxed person per night; null or 0 collects none' })
  async setTouristTax(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('accommodationId', { type: () => ID }) accommodationId: string,
    @Args('perPersonPerNight', { type: () => Int, nullable: true }) perPersonPerNight: number | null,
  ): Promise<BookingRulesType> {
    const { position } = await this.commands.execute(new SetTouristTax(caller.ownerId, accommodationId, perPersonPerNight ?? null));
    return bookingRulesType(await this.queries.execute(new GetPricingSettings(caller.ownerId, accommodationId, position)));
  }
}
