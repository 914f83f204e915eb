import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { handleCommand, loadState, newCorrelation } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import type { Position } from '../../event-store/position';
import { assertNever } from '../../shared/kernel/assert-never';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { isUuid } from '../../shared/kernel/ids';
import { command } from '../../shared/kernel/message';
import { accommodationDecider, accommodationStream } from '../domain/accommodation/accommodation.decider';
import {
  destinationListingDecider,
  destinationListingStream,
  MAX_LISTED_ACCOMMODATIONS,
  type AccommodationStanding,
  type DestinationListingCommand,
} from '../domain/destination/destination-listing.decider';
import { destinationDecider, destinationStream } from '../domain/destination/destination.decider';
import { DestinationNotFound, TooManyListed } from '../domain/destination/destination.errors';

export type DestinationListingChange =
  | { readonly kind: 'join'; readonly accommodationIds: readonly string[] }
  | { readonly kind: 'change'; readonly accommodationIds: readonly string[] }
  | { readonly kind: 'leave' };

/** An owner joins a destination, changes what it lists of theirs, or leaves it. */
export class ChangeDestinationListing extends Command<{ position: Position | null }> {
  constructor(
    readonly ownerId: string,
    readonly destinationId: string,
    readonly change: DestinationListingChange,
  ) {
    super();
  }
}

/**
 * The accommodations are read from their own streams, not a read model, so that one made
 * bookable a moment ago can be listed at once. Whether they stay bookable afterwards is not this
 * listing's business: the marketplace's search filters on it. The listing stream's expected
 * revision settles two tabs joining at once: the second decides again on the first's join.
 */
@CommandHandler(ChangeDestinationListing)
export class ChangeDestinationListingHandler implements ICommandHandler<ChangeDestinationListing> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ ownerId, destinationId, change }: ChangeDestinationListing): Promise<{ position: Position | null }> {
    if (!isUuid(destinationId) || (await loadState(this.store, destinationStream(destinationId), destinationDecider)).status === 'none') {
      throw new DestinationNotFound(destinationId);
    }
    const decided = await this.toCommand(ownerId, destinationId, change);
    const context = newCorrelation({ kind: 'owner', id: ownerId }, this.clock.now());
    const outcome = await handleCommand(this.store, destinationListingStream(destinationId, ownerId), destinationListingDecider, decided, context);
    return { position: outcome.position };
  }

  private async toCommand(ownerId: string, destinationId: string, change: DestinationListingChange): Promise<DestinationListingCommand> {
    switch (change.kind) {
      case 'join':
        return command('JoinDestination', { destinationId, ownerId, accommodations: await this.standings(change.accommodationIds) });
      case 'change':
        return command('ChangeDestinationListing', { destinationId, ownerId, accommodations: await this.standings(change.accommodationIds) });
      case 'leave':
        return command('LeaveDestination', { destinationId, ownerId });
      default:
        return assertNever(change);
    }
  }

  /** Each chosen accommodation as its stream now stands, in the order chosen; each stream read once. */
  private async standings(accommodationIds: readonly string[]): Promise<AccommodationStanding[]> {
    if (accommodationIds.length > MAX_LISTED_ACCOMMODATIONS) throw new TooManyListed('accommodationIds', MAX_LISTED_ACCOMMODATIONS);
    const unique = [...new Set(accommodationIds)];
    const found = new Map(await Promise.all(unique.map(async (id) => [id, await this.standing(id)] as const)));
    return accommodationIds.map((id) => found.get(id) ?? { accommodationId: id, exists: false });
  }

  private async standing(accommodationId: string): Promise<AccommodationStanding> {
    if (!isUuid(accommodationId)) return { accommodationId, exists: false };
    const state = await loadState(this.store, accommodationStream(accommodationId), accommodationDecider);
    if (state.status === 'none') return { accommodationId, exists: false };
    return { accommodationId, exists: true, ownerId: state.ownerId, visibility: state.visibility, archived: state.status === 'archived' };
  }
}
