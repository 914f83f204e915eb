import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { WaitForReadModels } from '../../event-store/projection/wait-for-read-models.query';
import { CurrentOwner, type AuthenticatedOwner } from '../../shared/auth/authenticated-owner';
import { RemoveSupplement } from '../application/remove-supplement.handler';
import { SaveSupplement } from '../application/save-supplement.handler';
import { GetSupplement, ListSupplements } from '../application/supplement.queries';
import { SupplementNotFound } from '../domain/supplement/supplement.errors';
import type { SupplementRow } from '../infrastructure/supplement.row';
import { SupplementInput, SupplementType, supplementType } from './supplement.types';

@Resolver(() => SupplementType)
export class SupplementResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Query(() => [SupplementType], { description: "The caller's supplements, mandatory first; or those applying to one accommodation" })
  async supplements(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('accommodationId', { type: () => ID, nullable: true }) accommodationId: string | null,
  ): Promise<SupplementType[]> {
    const rows: SupplementRow[] = await this.queries.execute(new ListSupplements(caller.ownerId, accommodationId ?? null));
    return rows.map(supplementType);
  }

  @Mutation(() => SupplementType)
  defineSupplement(@CurrentOwner() caller: AuthenticatedOwner, @Args('input') input: SupplementInput): Promise<SupplementType> {
    return this.save(caller, null, input);
  }

  @Mutation(() => SupplementType, { description: 'Replaces the whole supplement; booking files already priced keep their lines' })
  updateSupplement(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: SupplementInput,
  ): Promise<SupplementType> {
    return this.save(caller, id, input);
  }

  @Mutation(() => Boolean, { description: 'Stops offering it; booking files already priced keep their lines' })
  async removeSupplement(@CurrentOwner() caller: AuthenticatedOwner, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    const { position } = await this.commands.execute(new RemoveSupplement(caller.ownerId, id));
    await this.queries.execute(new WaitForReadModels(position, ['supplements']));
    return true;
  }

  private async save(caller: AuthenticatedOwner, id: string | null, input: SupplementInput): Promise<SupplementType> {
    const { supplementId, position } = await this.commands.execute(new SaveSupplement(caller.ownerId, id, input));
    const row: SupplementRow | null = await this.queries.execute(new GetSupplement(caller.ownerId, supplementId, position));
    if (!row) throw new SupplementNotFound(supplementId);
    return supplementType(row);
  }
}
