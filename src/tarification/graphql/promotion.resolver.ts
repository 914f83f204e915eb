import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { WaitForReadModels } from '../../event-store/projection/wait-for-read-models.query';
import { CurrentOwner, type AuthenticatedOwner } from '../../shared/auth/authenticated-owner';
import { GetPromotion, ListPromotions } from '../application/offer.queries';
import { RemovePromotion, SavePromotion } from '../application/save-promotion.handler';
import { PromotionNotFound } from '../domain/promotions/promotions.decider';
import type { PromotionRow } from '../infrastructure/promotion.row';
import { PromotionInput, PromotionType, promotionType } from './offer.types';

@Resolver(() => PromotionType)
export class PromotionResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Query(() => [PromotionType], { description: "The caller's promotions, or those of one accommodation" })
  async promotions(@CurrentOwner() caller: AuthenticatedOwner, @Args('accommodationId', { type: () => ID, nullable: true }) accommodationId: string | null): Promise<PromotionType[]> {
    const rows: PromotionRow[] = await this.queries.execute(new ListPromotions(caller.ownerId, accommodationId ?? null));
    return rows.map(promotionType);
  }

  @Mutation(() => PromotionType)
  createPromotion(@CurrentOwner() caller: AuthenticatedOwner, @Args('input') input: PromotionInput): Promise<PromotionType> {
    return this.save(caller, null, input);
  }

  @Mutation(() => PromotionType, { description: 'Replaces the promotion as a whole; stays already booked keep their price' })
  updatePromotion(@CurrentOwner() caller: AuthenticatedOwner, @Args('id', { type: () => ID }) id: string, @Args('input') input: PromotionInput): Promise<PromotionType> {
    return this.save(caller, id, input);
  }

  @Mutation(() => Boolean, { description: 'Stops offering it; stays already booked keep their price' })
  async removePromotion(@CurrentOwner() caller: AuthenticatedOwner, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    const { position } = await this.commands.execute(new RemovePromotion(caller.ownerId, id));
    await this.queries.execute(new WaitForReadModels(position, ['promotions']));
    return true;
  }

  private async save(caller: AuthenticatedOwner, id: string | null, input: PromotionInput): Promise<PromotionType> {
    const { promotionId, position } = await this.commands.execute(new SavePromotion(caller.ownerId, id, input));
    const row: PromotionRow | null = await this.queries.execute(new GetPromotion(caller.ownerId, promotionId, position));
    if (!row) throw new PromotionNotFound(promotionId);
    return promotionType(row);
  }
}
