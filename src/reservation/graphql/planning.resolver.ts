import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { WaitForReadModels } from '../../event-store/projection/wait-for-read-models.query';
import { CurrentOwner, hasScope, type AuthenticatedOwner } from '../../shared/auth/authenticated-owner';
import { RequiresScopes } from '../../shared/auth/requires-scopes.decorator';
import { DateScalar } from '../../shared/graphql/date.scalar';
import { BlockNights, UnblockNights } from '../application/block-nights.handler';
import type { PlanningDay } from '../infrastructure/planning-days';
import { GetPlanning } from '../infrastructure/planning.query';
import { BlockType, blockType, PlanningDayType, planningDayType } from './planning.types';

const PLANNING = ['planning-holds'];

@Resolver(() => PlanningDayType)
export class PlanningResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @RequiresScopes('availability:read')
  @Query(() => [PlanningDayType], { description: 'Each night from `from` to `to` (exclusive): its state, holder and price' })
  async planning(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('accommodationId', { type: () => ID }) accommodationId: string,
    @Args('from', { type: () => DateScalar }) from: string,
    @Args('to', { type: () => DateScalar }) to: string,
  ): Promise<PlanningDayType[]> {
    const days: PlanningDay[] = await this.queries.execute(new GetPlanning(caller.ownerId, accommodationId, from, to));
    const showsGuests = hasScope(caller, 'guests:read');
    return days.map((day) => planningDayType(day, showsGuests));
  }

  @RequiresScopes('blocks:write')
  @Mutation(() => BlockType, { description: 'Closes the nights from `from` to `to` (exclusive) to sale; UNAVAILABLE if any is held' })
  async blockNights(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('accommodationId', { type: () => ID }) accommodationId: string,
    @Args('from', { type: () => DateScalar }) from: string,
    @Args('to', { type: () => DateScalar }) to: string,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
  ): Promise<BlockType> {
    const { block, position } = await this.commands.execute(new BlockNights(caller.ownerId, accommodationId, from, to, reason ?? null));
    await this.queries.execute(new WaitForReadModels(position, PLANNING));
    return blockType(accommodationId, block);
  }

  @RequiresScopes('blocks:write')
  @Mutation(() => Int, { description: 'Reopens the blocked nights from `from` to `to` (exclusive), splitting a block that reaches past them; answers how many nights came free' })
  async unblockNights(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('accommodationId', { type: () => ID }) accommodationId: string,
    @Args('from', { type: () => DateScalar }) from: string,
    @Args('to', { type: () => DateScalar }) to: string,
  ): Promise<number> {
    const { nights, position } = await this.commands.execute(new UnblockNights(caller.ownerId, accommodationId, from, to));
    await this.queries.execute(new WaitForReadModels(position, PLANNING));
    return nights;
  }
}
