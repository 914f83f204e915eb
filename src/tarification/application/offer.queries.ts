import { EntityManager } from '@mikro-orm/postgresql';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Position } from '../../event-store/position';
import { ReadModelWaiter } from '../../event-store/projection/read-model-waiter';
import { isUuid } from '../../shared/kernel/ids';
import { PromoCodeRowSchema, type PromoCodeRow } from '../infrastructure/promo-code.row';
import { PromotionRowSchema, type PromotionRow } from '../infrastructure/promotion.row';
import { promoCodesStream } from '../domain/promo-codes/promo-codes.decider';
import { promotionsStream } from '../domain/promotions/promotions.decider';
import { promoCodesProjection } from '../infrastructure/promo-code.projection';
import { promotionsProjection } from '../infrastructure/promotion.projection';

/** The caller's promotions, or those of one of their accommodations. */
export class ListPromotions extends Query<PromotionRow[]> {
  constructor(
    readonly ownerId: string,
    readonly accommodationId: string | null,
  ) {
    super();
  }
}

export class GetPromotion extends Query<PromotionRow | null> {
  constructor(
    readonly ownerId: string,
    readonly promotionId: string,
    readonly after: Position | null,
  ) {
    super();
  }
}

export class ListPromoCodes extends Query<PromoCodeRow[]> {
  constructor(readonly ownerId: string) {
    super();
  }
}

export class GetPromoCode extends Query<PromoCodeRow | null> {
  constructor(
    readonly ownerId: string,
    readonly promoCodeId: string,
    readonly after: Position | null,
  ) {
    super();
  }
}

@QueryHandler(ListPromotions)
export class ListPromotionsHandler implements IQueryHandler<ListPromotions> {
  constructor(private readonly em: EntityManager) {}

  execute({ ownerId, accommodationId }: ListPromotions): Promise<PromotionRow[]> {
    const where = accommodationId === null ? { ownerId } : { ownerId, accommodationIds: { $contains: [accommodationId] } };
    return this.em.fork().find(PromotionRowSchema, where, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }
}

@QueryHandler(GetPromotion)
export class GetPromotionHandler implements IQueryHandler<GetPromotion> {
  constructor(
    private readonly em: EntityManager,
    private readonly waiter: ReadModelWaiter,
  ) {}

  async execute({ ownerId, promotionId, after }: GetPromotion): Promise<PromotionRow | null> {
    if (!isUuid(promotionId)) return null;
    return this.waiter.rowAfter(after, promotionsProjection, promotionsStream(ownerId), promotionId, () => this.em.fork().findOne(PromotionRowSchema, { id: promotionId, ownerId }));
  }
}

@QueryHandler(ListPromoCodes)
export class ListPromoCodesHandler implements IQueryHandler<ListPromoCodes> {
  constructor(private readonly em: EntityManager) {}

  execute({ ownerId }: ListPromoCodes): Promise<PromoCodeRow[]> {
    return this.em.fork().find(PromoCodeRowSchema, { ownerId }, { orderBy: { code: 'asc' } });
  }
}

@QueryHandler(GetPromoCode)
export class GetPromoCodeHandler implements IQueryHandler<GetPromoCode> {
  constructor(
    private readonly em: EntityManager,
    private readonly waiter: ReadModelWaiter,
  ) {}

  async execute({ ownerId, promoCodeId, after }: GetPromoCode): Promise<PromoCodeRow | null> {
    if (!isUuid(promoCodeId)) return null;
    return this.waiter.rowAfter(after, promoCodesProjection, promoCodesStream(ownerId), promoCodeId, () => this.em.fork().findOne(PromoCodeRowSchema, { id: promoCodeId, ownerId }));
  }
}
