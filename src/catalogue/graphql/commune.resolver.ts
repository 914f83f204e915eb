import { QueryBus } from '@nestjs/cqrs';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../../shared/auth/public.decorator';
import { FindCommunes } from '../application/commune.queries';
import type { Commune } from '../domain/address/french-postal-address';
import { CommuneType } from './commune.types';

@Resolver(() => CommuneType)
export class CommuneResolver {
  constructor(private readonly queries: QueryBus) {}

  @Public()
  @Query(() => [CommuneType], {
    description: 'The communes a French postal code serves, by name, to choose the city of an address: public reference data. Empty for a code the official list does not hold',
  })
  async communes(@Args('postalCode', { description: '5 digits' }) postalCode: string): Promise<CommuneType[]> {
    const communes: readonly Commune[] = await this.queries.execute(new FindCommunes(postalCode));
    return communes.map((commune) => ({ ...commune }));
  }
}
