import { QueryBus } from '@nestjs/cqrs';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentOwner, type AuthenticatedOwner } from '../../shared/auth/authenticated-owner';
import { GetLastRatesEntry, type LastRatesEntry } from '../application/last-rates-entry.query';
import { RatesEntryType, ratesEntryType } from './rates-entry.types';

@Resolver(() => RatesEntryType)
export class RatesEntryResolver {
  constructor(private readonly queries: QueryBus) {}

  @Query(() => RatesEntryType, {
    nullable: true,
    description: "The accommodation's last setRates as the owner typed it, to prefill the next entry; null before the first",
  })
  async lastRatesEntry(@CurrentOwner() caller: AuthenticatedOwner, @Args('accommodationId', { type: () => ID }) accommodationId: string): Promise<RatesEntryType | null> {
    const entry: LastRatesEntry | null = await this.queries.execute(new GetLastRatesEntry(caller.ownerId, accommodationId));
    return entry && ratesEntryType(entry);
  }
}
