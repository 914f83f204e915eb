import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../shared/graphql/date.scalar';
import { enumType } from '../../shared/graphql/enum-type';
import { MoneyType } from '../../shared/graphql/money.type';
import { LangEnum } from '../../shared/graphql/lang.type';
import { PageInfoType } from '../../shared/graphql/page-info.type';
import type { Lang } from '../../shared/kernel/lang';
import { bookingPageUrl } from '../../reservation/contracts';
import { SEARCH_SORTS, type SearchSort } from '../domain/marketplace/destination-search';
import type { DestinationOffer, DestinationPage } from '../infrastructure/marketplace/destination-search.query';

const SearchSortEnum = enumType(SEARCH_SORTS, 'DestinationSearchSort', 'PRICE: cheapest first; DISTANCE: nearest the point searched around first');

@InputType('SearchPointInput', { description: 'Around a point, within a radius' })
export class SearchPointInput {
  @Field(() => Float) latitude!: number;
  @Field(() => Float) longitude!: number;
  @Field(() => Float, { description: 'At most 200 km' }) radiusKm!: number;
}

@InputType('DestinationSearchInput')
export class DestinationSearchInputType {
  @Field(() => DateScalar, { nullable: true, description: 'The arrival day; or `month` for a flexible search' }) arrival?: string | null;
  @Field(() => String, { nullable: true, description: 'Any arrival in this month ("2027-07"): each accommodation’s cheapest' }) month?: string | null;
  @Field(() => Int) nights!: number;
  @Field(() => Int, { description: 'Guests who stay: the accommodation must sleep them all' }) guests!: number;
  @Field(() => String, { nullable: true, description: 'A French department code: "24", "2A", "971"' }) department?: string | null;
  @Field(() => String, { nullable: true, description: 'A commune’s name, in any case, with or without accents and dashes' }) commune?: string | null;
  @Field(() => String, { nullable: true }) postalCode?: string | null;
  @Field(() => SearchPointInput, { nullable: true }) near?: SearchPointInput | null;
  @Field(() => String, { nullable: true, description: 'HOLIDAY_RENTAL or GUEST_ROOM' }) kind?: string | null;
  @Field(() => Int, { nullable: true }) minStars?: number | null;
  @Field(() => [String], { nullable: true, description: 'Characteristic codes (see `characteristics`), all required' }) characteristics?: string[] | null;
  @Field(() => Int, { nullable: true, description: 'In cents, for the whole stay' }) minPrice?: number | null;
  @Field(() => Int, { nullable: true, description: 'In cents, for the whole stay' }) maxPrice?: number | null;
  @Field(() => SearchSortEnum, { nullable: true, description: 'PRICE unless said' }) sort?: SearchSort | null;
  @Field(() => Int, { nullable: true, description: '20 unless said; at most 50' }) first?: number | null;
  @Field(() => String, { nullable: true }) after?: string | null;
  @Field(() => LangEnum, { nullable: true, description: 'The language of the booking pages the results link to; the browser’s, else French, unless said' }) lang?: Lang | null;
}

@ObjectType('DestinationOffer', { description: 'An accommodation a destination lists, bookable for the stay searched' })
export class DestinationOfferType {
  @Field(() => ID) accommodationId!: string;
  @Field() name!: string;
  @Field() kind!: string;
  @Field(() => Int) stars!: number;
  @Field() city!: string;
  @Field(() => String, { nullable: true }) postalCode!: string | null;
  @Field(() => String, { nullable: true }) department!: string | null;
  @Field(() => Int) maxCapacity!: number;
  @Field(() => String, { nullable: true }) photoUrl!: string | null;
  @Field(() => DateScalar) arrival!: string;
  @Field(() => DateScalar) departure!: string;
  @Field(() => Int) nights!: number;
  @Field(() => MoneyType, { description: 'The stay for that many guests as its rates price it; supplements, promotions and the tourist tax come in the booking’s quote' })
  price!: MoneyType;
  @Field(() => Float, { nullable: true, description: 'From the point searched around, in km' }) distanceKm!: number | null;
  @Field() cursor!: string;
  @Field({ description: 'The app’s booking page for this stay through this destination (the booking’s origin is then MARKETPLACE); the guest chooses who stays there' })
  bookingUrl!: string;
}

@ObjectType('DestinationSearchConnection')
export class DestinationSearchConnectionType {
  @Field(() => [DestinationOfferType]) nodes!: DestinationOfferType[];
  @Field(() => PageInfoType) pageInfo!: PageInfoType;
}

/** Where each result sends the guest to book it: the app's booking page, through this destination. */
export interface OfferLinks {
  readonly base: string;
  readonly destinationId: string;
  readonly lang: Lang;
}

const offerType = (offer: DestinationOffer, links: OfferLinks): DestinationOfferType => ({
  ...offer,
  price: { cents: offer.priceCents, currency: 'EUR' },
  distanceKm: offer.distanceKm === null ? null : Math.round(offer.distanceKm * 10) / 10,
  bookingUrl: bookingPageUrl(links.base, { accommodationId: offer.accommodationId, arrival: offer.arrival, departure: offer.departure, destinationId: links.destinationId, lang: links.lang }),
});

export const destinationSearchConnection = (page: DestinationPage, links: OfferLinks): DestinationSearchConnectionType => ({
  nodes: page.offers.map((offer) => offerType(offer, links)),
  pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
});
