import { QueryBus } from '@nestjs/cqrs';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentOwner, type AuthenticatedOwner } from '../../shared/auth/authenticated-owner';
import { RequiresScopes } from '../../shared/auth/requires-scopes.decorator';
import { DateScalar } from '../../shared/graphql/date.scalar';
import type { TouristTaxRegister } from '../domain/tourist-tax-register/register';
import { GetTouristTaxRegister } from '../infrastructure/tourist-tax-register.query';
import { touristTaxRegisterType, TouristTaxRegisterType } from './tourist-tax-register.types';

@Resolver(() => TouristTaxRegisterType)
export class TouristTaxRegisterResolver {
  constructor(private readonly queries: QueryBus) {}

  // Stays, nights and amounts, never a guest: a key that reads bookings may read it.
  @RequiresScopes('bookings:read')
  @Query(() => TouristTaxRegisterType, {
    description:
      'The registre du logeur of the taxe de séjour for the nights from `from` to `to` (both included, at most 366), of one authority’s stays when `authority` names it ("COMMUNE:84050", "INTERCOMMUNALITY:200054781"); also as GET /exports/tourist-tax-register.xlsx and .csv',
  })
  async touristTaxRegister(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('from', { type: () => DateScalar }) from: string,
    @Args('to', { type: () => DateScalar }) to: string,
    @Args('authority', { type: () => String, nullable: true }) authority: string | null,
  ): Promise<TouristTaxRegisterType> {
    const register: TouristTaxRegister = await this.queries.execute(new GetTouristTaxRegister(caller.ownerId, from, to, authority ?? null));
    return touristTaxRegisterType(register);
  }
}
