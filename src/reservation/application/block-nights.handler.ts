import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CATALOGUE_QUERIES, type CatalogueQueries } from '../../catalogue/contracts';
import { handleCommand, newCorrelation } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import type { Position } from '../../event-store/position';
import { AccommodationNotFound } from '../../shared/kernel/accommodation-access';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { isUuid } from '../../shared/kernel/ids';
import { command } from '../../shared/kernel/message';
import { optionalText, TEXT_LIMITS } from '../../shared/kernel/text';
import { nightsOf, type Hold } from '../domain/planning/hold';
import { nightRange } from '../domain/planning/night-range';
import { planningDecider, planningStream } from '../domain/planning/planning.decider';
import { PLANNING_ATTEMPTS } from './dossier-steps';


/** Closes nights to sale ("interdiction de vente"); `to` is exclusive, like a departure. */
export class BlockNights extends Command<{ block: Hold; position: Position | null }> {
  constructor(
    readonly ownerId: string,
    readonly accommodationId: string,
    readonly from: string,
    readonly to: string,
    readonly reason: string | null,
  ) {
    super();
  }
}

/** Reopens the blocked nights from `from` to `to` (exclusive); answers how many came free. */
export class UnblockNights extends Command<{ nights: number; position: Position | null }> {
  constructor(
    readonly ownerId: string,
    readonly accommodationId: string,
    readonly from: string,
    readonly to: string,
  ) {
    super();
  }
}

@CommandHandler(BlockNights)
export class BlockNightsHandler implements ICommandHandler<BlockNights> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CATALOGUE_QUERIES) private readonly catalogue: CatalogueQueries,
  ) {}

  private today(): string {
    return this.clock.now().toISOString().slice(0, 10);
  }

  async execute({ ownerId, accommodationId, from, to, reason }: BlockNights): Promise<{ block: Hold; position: Position | null }> {
    if (!isUuid(accommodationId)) throw new AccommodationNotFound(accommodationId, 'accommodationId');
    const range = nightRange(from, to);
    const block: Hold = { holdId: randomUUID(), kind: 'BLOCK', ...range, dossierId: null, reason: optionalText('reason', reason, TEXT_LIMITS.line) };
    const owners = await this.catalogue.ownersOfAccommodations([accommodationId]);
    const outcome = await handleCommand(
      this.store,
      planningStream(accommodationId),
      planningDecider,
      command('HoldNights', { accommodationId, ownerId, accommodationOwnerId: owners.get(accommodationId) ?? null, today: this.today(), hold: block }),
      newCorrelation({ kind: 'owner', id: ownerId }, this.clock.now()),
      { maxAttempts: PLANNING_ATTEMPTS },
    );
    return { block, position: outcome.position };
  }
}

@CommandHandler(UnblockNights)
export class UnblockNightsHandler implements ICommandHandler<UnblockNights> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CATALOGUE_QUERIES) private readonly catalogue: CatalogueQueries,
  ) {}

  private today(): string {
    return this.clock.now().toISOString().slice(0, 10);
  }

  async execute({ ownerId, accommodationId, from, to }: UnblockNights): Promise<{ nights: number; position: Position | null }> {
    if (!isUuid(accommodationId)) throw new AccommodationNotFound(accommodationId, 'accommodationId');
    const range = nightRange(from, to);
    const owners = await this.catalogue.ownersOfAccommodations([accommodationId]);
    const outcome = await handleCommand(
      this.store,
      planningStream(accommodationId),
      planningDecider,
      command('LiftBlocks', { accommodationId, ownerId, accommodationOwnerId: owners.get(accommodationId) ?? null, today: this.today(), ...range }),
      newCorrelation({ kind: 'owner', id: ownerId }, this.clock.now()),
      { maxAttempts: PLANNING_ATTEMPTS },
    );
    const nights = outcome.events.reduce((sum, e) => sum + (e.type === 'NightsReleased' ? nightsOf(e.data.hold) : e.type === 'NightsHeld' ? -nightsOf(e.data.hold) : 0), 0);
    return { nights, position: outcome.position };
  }
}
