import { QueryBus } from '@nestjs/cqrs';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { OptionalOwner, type AuthenticatedOwner } from '../../shared/auth/authenticated-owner';
import { Public } from '../../shared/auth/public.decorator';
import { BrowserLang } from '../../shared/graphql/guest-lang';
import type { Lang } from '../../shared/kernel/lang';
import { GetQuote } from '../application/quote.queries';
import type { Quote } from '../domain/quote/quote';
import { QuoteInput, QuoteType, quoteType } from './quote.types';

@Resolver(() => QuoteType)
export class QuoteResolver {
  constructor(private readonly queries: QueryBus) {}

  @Public()
  @Query(() => QuoteType, { description: 'What a stay costs and whether it may be booked online. Public; an owner sees their hidden accommodations too' })
  async quote(@OptionalOwner() caller: AuthenticatedOwner | null, @BrowserLang() browserLang: Lang | null, @Args('input') input: QuoteInput): Promise<QuoteType> {
    const { lang, ...question } = input;
    const quote: Quote = await this.queries.execute(new GetQuote({ ...question, viewerOwnerId: caller?.ownerId ?? null }));
    // English when neither says: what this query answered before guests' browsers were listened to.
    return quoteType(quote, lang ?? browserLang ?? 'EN');
  }
}
