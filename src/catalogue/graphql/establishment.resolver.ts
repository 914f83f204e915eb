import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { CurrentOwner, type AuthenticatedOwner } from '../../shared/auth/authenticated-owner';
import { DescribeEstablishment } from '../application/describe-establishment.handler';
import { GetEstablishment } from '../application/establishment.query';
import type { EstablishmentRow } from '../infrastructure/establishment.row';
import { EstablishmentInput, EstablishmentType } from './establishment.types';
import { photoTypes } from './photo.types';

@Resolver(() => EstablishmentType)
export class EstablishmentResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Query(() => EstablishmentType, { nullable: true, description: "The caller's establishment; null until first described" })
  async establishment(@CurrentOwner() caller: AuthenticatedOwner): Promise<EstablishmentType | null> {
    const row: EstablishmentRow | null = await this.queries.execute(new GetEstablishment(caller.ownerId));
    return row && establishmentType(row);
  }

  @Mutation(() => EstablishmentType)
  async updateEstablishment(@CurrentOwner() caller: AuthenticatedOwner, @Args('input') input: EstablishmentInput): Promise<EstablishmentType> {
    const { position } = await this.commands.execute(new DescribeEstablishment(caller.ownerId, input));
    const row: EstablishmentRow | null = await this.queries.execute(new GetEstablishment(caller.ownerId, position));
    if (!row) throw new Error('The establishment read model did not show a change it was told about');
    return establishmentType(row);
  }
}

function establishmentType(row: EstablishmentRow): EstablishmentType {
  return {
    name: row.name,
    slogan: row.slogan,
    description: { fr: row.descriptionFr, en: row.descriptionEn },
    photos: photoTypes(row.photos),
    updatedAt: row.updatedAt,
  };
}
