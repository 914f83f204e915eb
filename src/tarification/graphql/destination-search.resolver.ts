import { Inject } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../../shared/auth/public.decorator';
import { publicUrl, RUNTIME_CONFIG, type RuntimeConfig } from '../../shared/config/config';
import { BrowserLang } from '../../shared/graphql/guest-lang';
import type { Lang } from '../../shared/kernel/lang';
import { SearchDestination, type DestinationPage } from '../infrastructure/marketplace/destination-search.query';
import { destinationSearchConnection, DestinationSearchConnectionType, DestinationSearchInputType } from './destination-search.types';

@Resolver()
export class DestinationSearchResolver {
  constructor(
    private readonly queries: QueryBus,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  @Public()
  @Query(() => DestinationSearchConnectionType, { description: 'A guest’s search across every accommodation a destination lists: only stays that can really be booked, each priced' })
  async searchDestination(
    @Args('destinationId', { type: () => ID }) destinationId: string,
    @Args('input') input: DestinationSearchInputType,
    @BrowserLang() browserLang: Lang | null,
  ): Promise<DestinationSearchConnectionType> {
    const page: DestinationPage = await this.queries.execute(
      new SearchDestination(destinationId, { ...input, minPriceCents: input.minPrice ?? null, maxPriceCents: input.maxPrice ?? null, near: input.near ?? null }),
    );
    return destinationSearchConnection(page, { base: publicUrl(this.config), destinationId, lang: input.lang ?? browserLang ?? 'FR' });
  }
}
