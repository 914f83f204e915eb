import { Args, Context, ID, Int, Query, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentOwner, type AuthenticatedOwner } from '../../shared/auth/authenticated-owner';
import { Authenticator } from '../../shared/auth/authenticator';
import { Unauthenticated } from '../../shared/kernel/errors';
import { RequiresScopes } from '../../shared/auth/requires-scopes.decorator';
import { followFeed } from '../application/event-subscription';
import { IntegrationFeed, MAX_PAGE, type PublicEvent } from '../application/integration-feed';
import { PublicEventWakeups } from '../infrastructure/public-event-wakeups';
import { IntegrationEventConnectionType, IntegrationEventType } from './integration-event.types';

const TYPES = 'Only these types (see the README’s list); all your key may read when omitted';
const ACCOMMODATION = 'Only the events about this accommodation';

/**
 * The public events, by pull (a cursor-paged feed) or push (a graphql-ws subscription). Open to
 * API keys: which types a key reads is its scopes' business (IntegrationFeed), so no one scope
 * is required here.
 */
@Resolver()
export class IntegrationEventsResolver {
  constructor(
    private readonly feed: IntegrationFeed,
    private readonly wakeups: PublicEventWakeups,
    private readonly authenticator: Authenticator,
  ) {}

  @RequiresScopes()
  @Query(() => IntegrationEventConnectionType, { description: 'Your public events in their one order: store the last cursor and you never miss one' })
  async integrationEvents(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('after', { type: () => String, nullable: true, description: 'The cursor of the last event read; from the first event when omitted' }) after: string | null,
    @Args('first', { type: () => Int, nullable: true, description: `100 by default, at most ${MAX_PAGE}` }) first: number | null,
    @Args('types', { type: () => [String], nullable: true, description: TYPES }) types: string[] | null,
    @Args('accommodationId', { type: () => ID, nullable: true, description: ACCOMMODATION }) accommodationId: string | null,
  ): Promise<IntegrationEventConnectionType> {
    const page = await this.feed.page(caller, { after: after ?? null, types: types ?? null, accommodationId: accommodationId ?? null }, first ?? null);
    return { nodes: [...page.events], pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage } };
  }

  @RequiresScopes()
  @Subscription(() => IntegrationEventType, {
    description: 'Your public events as they happen, over graphql-ws; with `after`, first every event since that cursor, then live, with no gap and no repeat',
    resolve: (event: PublicEvent) => event,
  })
  bookingEvents(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('after', { type: () => String, nullable: true, description: 'The cursor of the last event received; from now on when omitted' }) after: string | null,
    @Args('types', { type: () => [String], nullable: true, description: TYPES }) types: string[] | null,
    @Args('accommodationId', { type: () => ID, nullable: true, description: ACCOMMODATION }) accommodationId: string | null,
    @Context('bearer') bearer: string | undefined,
  ): AsyncIterableIterator<PublicEvent> {
    const selection = this.feed.select(caller, { after: after ?? null, types: types ?? null, accommodationId: accommodationId ?? null });
    const recheck = async () => {
      if (!bearer) throw new Unauthenticated('This subscription needs a bearer value in its handshake');
      // The same key or token, and still the same reader: a key's scopes do not change, a revoked one fails.
      await this.authenticator.authenticate(bearer);
    };
    return followFeed(this.feed, this.wakeups, selection, recheck);
  }
}
