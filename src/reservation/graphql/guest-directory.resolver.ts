import { QueryBus } from '@nestjs/cqrs';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentOwner, type AuthenticatedOwner } from '../../shared/auth/authenticated-owner';
import { RequiresScopes } from '../../shared/auth/requires-scopes.decorator';
import { pageCost } from '../../shared/graphql/query-cost.plugin';
import { DEFAULT_GUEST_PAGE, MAX_GUEST_PAGE, SearchGuests, type GuestPage } from '../infrastructure/guest-directory.queries';
import { DirectoryGuestConnectionType, directoryGuestConnection } from './guest-directory.types';

@Resolver(() => DirectoryGuestConnectionType)
export class GuestDirectoryResolver {
  constructor(private readonly queries: QueryBus) {}

  @RequiresScopes('bookings:read', 'guests:read')
  @Query(() => DirectoryGuestConnectionType, {
    description: 'The guests of your files, by name as listed (“DUPONT Marie”), each with the details they gave last; `search` finds them by part of their name, company, email, town or phone, in any case and with or without accents',
    complexity: pageCost(DEFAULT_GUEST_PAGE, MAX_GUEST_PAGE),
  })
  async guests(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('search', { type: () => String, nullable: true }) search: string | null,
    @Args('first', { type: () => Int, nullable: true, description: '20 by default, at most 100' }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<DirectoryGuestConnectionType> {
    const page: GuestPage = await this.queries.execute(new SearchGuests(caller.ownerId, search ?? null, first ?? null, after ?? null));
    return directoryGuestConnection(page);
  }
}
