import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { assertCallerOwns, CATALOGUE_QUERIES, type CatalogueQueries } from '../../catalogue/contracts';
import { QUOTE_SERVICE, type NightlyPrice, type QuoteQuestion, type QuoteService } from '../contracts';
import type { Quote } from '../domain/quote/quote';

export class GetQuote extends Query<Quote> {
  constructor(readonly question: QuoteQuestion) {
    super();
  }
}

/** The owner's planning prices for one of their accommodations. */
export class GetNightlyPrices extends Query<NightlyPrice[]> {
  constructor(
    readonly ownerId: string,
    readonly accommodationId: string,
    readonly from: string,
    readonly to: string,
  ) {
    super();
  }
}

@QueryHandler(GetQuote)
export class GetQuoteHandler implements IQueryHandler<GetQuote> {
  constructor(@Inject(QUOTE_SERVICE) private readonly quotes: QuoteService) {}

  execute({ question }: GetQuote): Promise<Quote> {
    return this.quotes.quote(question);
  }
}

@QueryHandler(GetNightlyPrices)
export class GetNightlyPricesHandler implements IQueryHandler<GetNightlyPrices> {
  constructor(
    @Inject(QUOTE_SERVICE) private readonly quotes: QuoteService,
    @Inject(CATALOGUE_QUERIES) private readonly catalogue: CatalogueQueries,
  ) {}

  async execute({ ownerId, accommodationId, from, to }: GetNightlyPrices): Promise<NightlyPrice[]> {
    await assertCallerOwns(this.catalogue, ownerId, accommodationId);
    return this.quotes.nightlyPrices(accommodationId, from, to);
  }
}
