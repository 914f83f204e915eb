import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { WaitForReadModels } from '../../event-store/projection/wait-for-read-models.query';
import { CurrentOwner, type AuthenticatedOwner } from '../../shared/auth/authenticated-owner';
import { GetAgeRange, ListAgeRanges } from '../application/age-range.queries';
import { ChangeAgeRanges, type AgeRangeChange } from '../application/change-age-ranges.handler';
import { AgeRangeNotFound } from '../domain/owner/age-ranges';
import type { AgeRangeRow } from '../infrastructure/age-range.row';
import { AgeRangeInput, AgeRangeType } from './age-range.types';

@Resolver(() => AgeRangeType)
export class AgeRangeResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Query(() => [AgeRangeType], { description: "The caller's age ranges, oldest first; new owners start with Adult, Child and Baby" })
  ageRanges(@CurrentOwner() caller: AuthenticatedOwner): Promise<AgeRangeType[]> {
    return this.queries.execute(new ListAgeRanges(caller.ownerId));
  }

  @Mutation(() => AgeRangeType)
  defineAgeRange(@CurrentOwner() caller: AuthenticatedOwner, @Args('input') input: AgeRangeInput): Promise<AgeRangeType> {
    return this.change(caller, { kind: 'define', input });
  }

  @Mutation(() => AgeRangeType, { description: 'Renames it, moves its bounds, or says whether it counts towards capacity' })
  updateAgeRange(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: AgeRangeInput,
  ): Promise<AgeRangeType> {
    return this.change(caller, { kind: 'change', ageRangeId: id, input });
  }

  @Mutation(() => Boolean, { description: 'Refused for the last remaining range' })
  async removeAgeRange(@CurrentOwner() caller: AuthenticatedOwner, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    const { position } = await this.commands.execute(new ChangeAgeRanges(caller.ownerId, { kind: 'remove', ageRangeId: id }));
    await this.queries.execute(new WaitForReadModels(position, ['age-ranges']));
    return true;
  }

  private async change(caller: AuthenticatedOwner, change: AgeRangeChange): Promise<AgeRangeType> {
    const { ageRangeId, position } = await this.commands.execute(new ChangeAgeRanges(caller.ownerId, change));
    const row: AgeRangeRow | null = await this.queries.execute(new GetAgeRange(caller.ownerId, ageRangeId, position));
    if (!row) throw new AgeRangeNotFound(ageRangeId);
    return row;
  }
}
