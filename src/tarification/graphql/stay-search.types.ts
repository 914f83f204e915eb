import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../shared/graphql/date.scalar';
import { LangEnum, type Lang } from '../../shared/graphql/lang.type';
import { MoneyType, moneyType } from '../../shared/graphql/money.type';
import { OccupantsInput } from '../../shared/graphql/occupants.input';
import type { StayOffer } from '../domain/availability/stay-search';
import { QuoteType, quoteType } from './quote.types';

@InputType('StaySearchInput', { description: 'A stay a guest looks for: give ownerId or accommodationId, not both' })
export class StaySearchInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Search every accommodation of this owner a guest may see (not hidden, not archived) that is priced for a stay arriving within four weeks of `arrival`',
  })
  ownerId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Search this accommodation only' }) accommodationId?: string | null;
  @Field(() => DateScalar) arrival!: string;
  @Field(() => Int, { description: 'From 1 to 90' }) nights!: number;
  @Field(() => [OccupantsInput], {
    nullable: true,
    description:
      'Who stays, per age range, as for a quote. Left out: as few persons as each accommodation is let to (at least 1), of the owner’s first age range that counts towards capacity, the oldest (1 Adult by default)',
  })
  occupants?: OccupantsInput[] | null;
  @Field(() => [ID], {
    nullable: true,
    description: 'Optional supplements chosen; over an owner, each accommodation gets those it offers. Mandatory ones are always included',
  })
  optionalSupplementIds?: string[] | null;
  @Field(() => String, { nullable: true }) promoCode?: string | null;
  @Field(() => LangEnum, { nullable: true, description: 'The language of the refusals: else the browser’s (Accept-Language), else French' }) lang?: Lang | null;
}

@ObjectType('NearbyStay', { description: 'A stay of as many nights arriving another day, that may be booked online, at its quoted total' })
export class NearbyStayType {
  @Field(() => DateScalar) arrival!: string;
  @Field(() => DateScalar) departure!: string;
  @Field(() => MoneyType) total!: MoneyType;
}

@ObjectType('StayOffer', { description: 'What one accommodation offers for the stay searched' })
export class StayOfferType {
  @Field(() => ID) accommodationId!: string;
  @Field() accommodationName!: string;
  @Field(() => DateScalar) arrival!: string;
  @Field(() => DateScalar, { description: 'Exclusive: the day the guest leaves' }) departure!: string;
  @Field(() => Int) nights!: number;
  @Field({ description: 'The stay may be booked online now: its quote has no refusal, and the accommodation is bookable' }) bookable!: boolean;
  @Field(() => QuoteType, { description: 'The stay as the booking would price it; its refusals in the language asked' }) quote!: QuoteType;
  @Field(() => [NearbyStayType], {
    description:
      'When the dates are what refuses the stay (taken nights, the booking rules, no rate that day): up to 4 arrivals within four weeks either side, for as many nights, that may be booked; nearest first, the earlier of two as near. Empty when the stay may be booked, or is refused for what another day would not change (capacity, an accommodation not bookable online, a stay under the minimum)',
  })
  nearestArrivals!: NearbyStayType[];
}

export function stayOfferType(offer: StayOffer, lang: Lang): StayOfferType {
  const { quote } = offer;
  return {
    accommodationId: offer.accommodationId,
    accommodationName: offer.accommodationName,
    arrival: quote.arrival,
    departure: quote.departure,
    nights: quote.nights,
    bookable: quote.bookable,
    quote: quoteType(quote, lang),
    nearestArrivals: offer.nearestArrivals.map((stay) => ({ arrival: stay.arrival, departure: stay.departure, total: moneyType(stay.total) })),
  };
}
