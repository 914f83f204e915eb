import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { WaitForReadModels } from '../../event-store/projection/wait-for-read-models.query';
import { CurrentOwner, type AuthenticatedOwner } from '../../shared/auth/authenticated-owner';
import { GetPromoCode, ListPromoCodes } from '../application/offer.queries';
import { RemovePromoCode, SavePromoCode } from '../application/save-promo-code.handler';
import { PromoCodeNotFound } from '../domain/promo-codes/promo-codes.decider';
import type { PromoCodeRow } from '../infrastructure/promo-code.row';
import { PromoCodeInput, PromoCodeType, promoCodeType } from './offer.types';

@Resolver(() => PromoCodeType)
export class PromoCodeResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Query(() => [PromoCodeType], { description: "The caller's promo codes, by code" })
  async promoCodes(@CurrentOwner() caller: AuthenticatedOwner): Promise<PromoCodeType[]> {
    const rows: PromoCodeRow[] = await this.queries.execute(new ListPromoCodes(caller.ownerId));
    return rows.map(promoCodeType);
  }

  @Mutation(() => PromoCodeType)
  createPromoCode(@CurrentOwner() caller: AuthenticatedOwner, @Args('input') input: PromoCodeInput): Promise<PromoCodeType> {
    return this.save(caller, null, input);
  }

  @Mutation(() => PromoCodeType, { description: 'Replaces the code as a whole; stays already booked keep their price; a used single-use code stays used' })
  updatePromoCode(@CurrentOwner() caller: AuthenticatedOwner, @Args('id', { type: () => ID }) id: string, @Args('input') input: PromoCodeInput): Promise<PromoCodeType> {
    return this.save(caller, id, input);
  }

  @Mutation(() => Boolean, { description: 'Stops accepting it; stays already booked keep their price' })
  async removePromoCode(@CurrentOwner() caller: AuthenticatedOwner, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    const { position } = await this.commands.execute(new RemovePromoCode(caller.ownerId, id));
    await this.queries.execute(new WaitForReadModels(position, ['promo-codes']));
    return true;
  }

  private async save(caller: AuthenticatedOwner, id: string | null, input: PromoCodeInput): Promise<PromoCodeType> {
    const { promoCodeId, position } = await this.commands.execute(new SavePromoCode(caller.ownerId, id, input));
    const row: PromoCodeRow | null = await this.queries.execute(new GetPromoCode(caller.ownerId, promoCodeId, position));
    if (!row) throw new PromoCodeNotFound(promoCodeId);
    return promoCodeType(row);
  }
}
