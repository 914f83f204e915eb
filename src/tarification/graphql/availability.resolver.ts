import { QueryBus } from '@nestjs/cqrs';
import { Args, Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { OptionalOwner, type AuthenticatedOwner } from '../../shared/auth/authenticated-owner';
import { Public } from '../../shared/auth/public.decorator';
import { DateScalar } from '../../shared/graphql/date.scalar';
import { enumType } from '../../shared/graphql/enum-type';
import { AVAILABILITY_STATES, type AvailabilityDay, type AvailabilityState } from '../domain/availability/availability';
import { GetAvailability } from '../infrastructure/availability.query';

const AvailabilityStateEnum = enumType(
  AVAILABILITY_STATES,
  'AvailabilityState',
  'AVAILABLE free to book; UNAVAILABLE taken (or past); OPTION held by an unpaid option, it may come free; UNKNOWN not communicated (no rate yet)',
);

@ObjectType('AvailabilityDay', { description: 'A day of a guest’s calendar: its night, and whether a stay may start or end that day' })
export class AvailabilityDayType {
  @Field(() => DateScalar) date!: string;
  @Field(() => AvailabilityStateEnum, { description: 'The night that starts this day' }) state!: AvailabilityState;
  @Field(() => Boolean, { description: 'A stay the booking would accept may start this day (lead time, minimum stay, closed days, free nights, a rate)' })
  arrivalAllowed!: boolean;
  @Field(() => Boolean, { description: 'A stay the booking would accept may end this day' }) departureAllowed!: boolean;
}

@Resolver(() => AvailabilityDayType)
export class AvailabilityResolver {
  constructor(private readonly queries: QueryBus) {}

  @Public()
  @Query(() => [AvailabilityDayType], {
    description: 'A guest’s calendar of an accommodation, at most 367 days, with no name or file: public; a hidden one is NOT_FOUND but to its owner',
  })
  availability(
    @OptionalOwner() caller: AuthenticatedOwner | null,
    @Args('accommodationId', { type: () => ID }) accommodationId: string,
    @Args('from', { type: () => DateScalar }) from: string,
    @Args('to', { type: () => DateScalar, description: 'Exclusive' }) to: string,
  ): Promise<AvailabilityDay[]> {
    return this.queries.execute(new GetAvailability(accommodationId, from, to, caller?.ownerId ?? null));
  }
}
