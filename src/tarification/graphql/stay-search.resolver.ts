import { QueryBus } from '@nestjs/cqrs';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { OptionalOwner, type AuthenticatedOwner } from '../../shared/auth/authenticated-owner';
import { Public } from '../../shared/auth/public.decorator';
import { BrowserLang } from '../../shared/graphql/guest-lang';
import { ROW_COST } from '../../shared/graphql/query-cost.plugin';
import type { Lang } from '../../shared/kernel/lang';
import type { StayOffer } from '../domain/availability/stay-search';
import { SearchStays } from '../infrastructure/search-stays.query';
import { StayOfferType, StaySearchInput, stayOfferType } from './stay-search.types';

/**
 * A search is priced as a listing of this many offers: an owner's accommodations, each quoted up
 * to nine times (the stay, and arrivals tried instead), weigh like the rows of a listing.
 */
const OFFERS_COUNTED = 20;

@Resolver(() => StayOfferType)
export class StaySearchResolver {
  constructor(private readonly queries: QueryBus) {}

  @Public()
  @Query(() => [StayOfferType], {
    description:
      'A stay searched on one accommodation or all of an owner’s, with each one’s quote and, when the dates refuse it, the nearest arrivals that would do: those that may be booked first, then the cheapest, then by name. Public; an owner sees their own hidden accommodation when they name it',
    complexity: ({ childComplexity }) => OFFERS_COUNTED * (ROW_COST + childComplexity),
  })
  async searchStays(@OptionalOwner() caller: AuthenticatedOwner | null, @BrowserLang() browserLang: Lang | null, @Args('input') input: StaySearchInput): Promise<StayOfferType[]> {
    const offers: StayOffer[] = await this.queries.execute(
      new SearchStays({
        ownerId: input.ownerId ?? null,
        accommodationId: input.accommodationId ?? null,
        arrival: input.arrival,
        nights: input.nights,
        occupants: input.occupants ?? null,
        optionalSupplementIds: input.optionalSupplementIds ?? null,
        promoCode: input.promoCode ?? null,
        viewerOwnerId: caller?.ownerId ?? null,
      }),
    );
    const lang = input.lang ?? browserLang ?? 'FR';
    return offers.map((offer) => stayOfferType(offer, lang));
  }
}
