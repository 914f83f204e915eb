import { QueryBus } from '@nestjs/cqrs';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../../shared/auth/public.decorator';
import { BrowserLang } from '../../shared/graphql/guest-lang';
import { LangEnum, type Lang } from '../../shared/graphql/lang.type';
import { GetPublicAccommodation, type PublicAccommodation } from '../infrastructure/public-accommodation.query';
import { PublicAccommodationType, publicAccommodationType } from './public-accommodation.types';

@Resolver(() => PublicAccommodationType)
export class PublicAccommodationResolver {
  constructor(private readonly queries: QueryBus) {}

  @Public()
  @Query(() => PublicAccommodationType, {
    nullable: true,
    description: 'An accommodation as guests see it, texts in `lang`, else the browser’s (Accept-Language), else French. Public; null when it is hidden, archived or unknown',
  })
  async publicAccommodation(
    @Args('id', { type: () => ID }) id: string,
    @Args('lang', { type: () => LangEnum, nullable: true }) lang: Lang | null,
    @BrowserLang() browserLang: Lang | null,
  ): Promise<PublicAccommodationType | null> {
    const found: PublicAccommodation | null = await this.queries.execute(new GetPublicAccommodation(id));
    return found && publicAccommodationType(found, lang ?? browserLang ?? 'FR');
  }
}
