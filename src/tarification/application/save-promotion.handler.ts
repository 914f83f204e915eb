import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CATALOGUE_QUERIES, type CatalogueQueries } from '../../catalogue/contracts';
import { handleCommand, newCorrelation } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import type { Position } from '../../event-store/position';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { isUuid } from '../../shared/kernel/ids';
import { command } from '../../shared/kernel/message';
import { parsePromotion, type PromotionInput } from '../domain/promotions/promotion';
import { PromotionNotFound, promotionsDecider, promotionsStream } from '../domain/promotions/promotions.decider';

/** Creates a promotion when `promotionId` is null, else replaces that one as a whole. */
export class SavePromotion extends Command<{ promotionId: string; position: Position | null }> {
  constructor(
    readonly ownerId: string,
    readonly promotionId: string | null,
    readonly input: PromotionInput,
  ) {
    super();
  }
}

/** Stops offering it; stays already booked keep their price. */
export class RemovePromotion extends Command<{ position: Position | null }> {
  constructor(
    readonly ownerId: string,
    readonly promotionId: string,
  ) {
    super();
  }
}

@CommandHandler(SavePromotion)
export class SavePromotionHandler implements ICommandHandler<SavePromotion> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CATALOGUE_QUERIES) private readonly catalogue: CatalogueQueries,
  ) {}

  async execute({ ownerId, promotionId: existingId, input }: SavePromotion): Promise<{ promotionId: string; position: Position | null }> {
    if (existingId !== null && !isUuid(existingId)) throw new PromotionNotFound(existingId);
    const details = parsePromotion('input', input);
    const accommodationOwners = await this.catalogue.ownersOfAccommodations(details.accommodationIds);
    const promotionId = existingId ?? randomUUID();
    const outcome = await handleCommand(
      this.store,
      promotionsStream(ownerId),
      promotionsDecider,
      existingId === null
        ? command('CreatePromotion', { promotionId, ownerId, details, accommodationOwners })
        : command('UpdatePromotion', { promotionId, ownerId, details, accommodationOwners }),
      newCorrelation({ kind: 'owner', id: ownerId }, this.clock.now()),
    );
    return { promotionId, position: outcome.position };
  }
}

@CommandHandler(RemovePromotion)
export class RemovePromotionHandler implements ICommandHandler<RemovePromotion> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ ownerId, promotionId }: RemovePromotion): Promise<{ position: Position | null }> {
    if (!isUuid(promotionId)) throw new PromotionNotFound(promotionId);
    const outcome = await handleCommand(
      this.store,
      promotionsStream(ownerId),
      promotionsDecider,
      command('RemovePromotion', { promotionId, ownerId }),
      newCorrelation({ kind: 'owner', id: ownerId }, this.clock.now()),
    );
    return { position: outcome.position };
  }
}
