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
import { parsePromoCode, type PromoCodeInput } from '../domain/promo-codes/promo-code';
import { PromoCodeNotFound, promoCodesDecider, promoCodesStream } from '../domain/promo-codes/promo-codes.decider';

/** Creates a promo code when `promoCodeId` is null, else replaces that one as a whole. */
export class SavePromoCode extends Command<{ promoCodeId: string; position: Position | null }> {
  constructor(
    readonly ownerId: string,
    readonly promoCodeId: string | null,
    readonly input: PromoCodeInput,
  ) {
    super();
  }
}

/** Stops accepting the code; stays already booked keep their price. */
export class RemovePromoCode extends Command<{ position: Position | null }> {
  constructor(
    readonly ownerId: string,
    readonly promoCodeId: string,
  ) {
    super();
  }
}

@CommandHandler(SavePromoCode)
export class SavePromoCodeHandler implements ICommandHandler<SavePromoCode> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CATALOGUE_QUERIES) private readonly catalogue: CatalogueQueries,
  ) {}

  async execute({ ownerId, promoCodeId: existingId, input }: SavePromoCode): Promise<{ promoCodeId: string; position: Position | null }> {
    if (existingId !== null && !isUuid(existingId)) throw new PromoCodeNotFound(existingId);
    const details = parsePromoCode('input', input);
    const accommodationOwners = await this.catalogue.ownersOfAccommodations(details.accommodationIds);
    const promoCodeId = existingId ?? randomUUID();
    const outcome = await handleCommand(
      this.store,
      promoCodesStream(ownerId),
      promoCodesDecider,
      existingId === null
        ? command('CreatePromoCode', { promoCodeId, ownerId, details, accommodationOwners })
        : command('UpdatePromoCode', { promoCodeId, ownerId, details, accommodationOwners }),
      newCorrelation({ kind: 'owner', id: ownerId }, this.clock.now()),
    );
    return { promoCodeId, position: outcome.position };
  }
}

@CommandHandler(RemovePromoCode)
export class RemovePromoCodeHandler implements ICommandHandler<RemovePromoCode> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ ownerId, promoCodeId }: RemovePromoCode): Promise<{ position: Position | null }> {
    if (!isUuid(promoCodeId)) throw new PromoCodeNotFound(promoCodeId);
    const outcome = await handleCommand(
      this.store,
      promoCodesStream(ownerId),
      promoCodesDecider,
      command('RemovePromoCode', { promoCodeId, ownerId }),
      newCorrelation({ kind: 'owner', id: ownerId }, this.clock.now()),
    );
    return { position: outcome.position };
  }
}
