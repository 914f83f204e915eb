import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import type { Position } from '../../event-store/position';
import { CurrentOwner, type AuthenticatedOwner } from '../../shared/auth/authenticated-owner';
import { Public } from '../../shared/auth/public.decorator';
import { moneyType } from '../../shared/graphql/money.type';
import { euros } from '../../shared/kernel/money';
import { GetAccommodation, ListAccommodations, type OwnerAccommodation } from '../application/accommodation.queries';
import { ListSupplements } from '../application/supplement.queries';
import { ChangeAccommodation, type AccommodationChange } from '../application/change-accommodation.handler';
import { CreateAccommodation } from '../application/create-accommodation.handler';
import type { Visibility } from '../domain/accommodation/accommodation.decider';
import { AccommodationNotFound } from '../domain/accommodation/accommodation.errors';
import { characteristic, CHARACTERISTICS, type Characteristic } from '../domain/accommodation/characteristics';
import type { SupplementRow } from '../infrastructure/supplement.row';
import { AccommodationInput, AccommodationRegistrationInput, AccommodationType, VisibilityEnum } from './accommodation.types';
import { CharacteristicType, characteristicType } from './characteristic.types';
import { photoTypes } from './photo.types';
import { SupplementType, supplementType } from './supplement.types';

@Resolver(() => AccommodationType)
export class AccommodationResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Public()
  @Query(() => [CharacteristicType], { description: 'The fixed catalogue of characteristics, grouped, with French and English labels' })
  characteristics(): CharacteristicType[] {
    return CHARACTERISTICS.map(characteristicType);
  }

  @Query(() => [AccommodationType], { description: "The caller's accommodations in the order they were created" })
  async accommodations(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('includeArchived', { defaultValue: false }) includeArchived: boolean,
  ): Promise<AccommodationType[]> {
    const rows: OwnerAccommodation[] = await this.queries.execute(new ListAccommodations(caller.ownerId, includeArchived));
    return rows.map(accommodationType);
  }

  @Query(() => AccommodationType, { nullable: true, description: 'Null unless the accommodation exists and is the caller\'s' })
  async accommodation(@CurrentOwner() caller: AuthenticatedOwner, @Args('id', { type: () => ID }) id: string): Promise<AccommodationType | null> {
    const row: OwnerAccommodation | null = await this.queries.execute(new GetAccommodation(caller.ownerId, id));
    return row && accommodationType(row);
  }

  @Mutation(() => AccommodationType, { description: 'Created HIDDEN, with the next reference of the owner' })
  async createAccommodation(@CurrentOwner() caller: AuthenticatedOwner, @Args('input') input: AccommodationInput): Promise<AccommodationType> {
    const { accommodationId, position } = await this.commands.execute(new CreateAccommodation(caller.ownerId, input));
    return this.read(caller, accommodationId, position);
  }

  @Mutation(() => AccommodationType, { description: 'Replaces the whole description' })
  updateAccommodation(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: AccommodationInput,
  ): Promise<AccommodationType> {
    return this.change(caller, id, { kind: 'update', input });
  }

  @Mutation(() => AccommodationType)
  setAccommodationVisibility(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('id', { type: () => ID }) id: string,
    @Args('visibility', { type: () => VisibilityEnum }) visibility: Visibility,
  ): Promise<AccommodationType> {
    return this.change(caller, id, { kind: 'visibility', visibility });
  }

  @Mutation(() => AccommodationType, {
    description:
      'Sets its registration number, whether its commune requires one, and the day its classement was decided, all at once. A commune that requires a number and none given: refused while it is BOOKABLE, as making it BOOKABLE is then',
  })
  setAccommodationRegistration(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: AccommodationRegistrationInput,
  ): Promise<AccommodationType> {
    return this.change(caller, id, { kind: 'registration', input });
  }

  @Mutation(() => AccommodationType, { description: 'Hides it and takes it out of lists; its history stays. Restore to change it again' })
  archiveAccommodation(@CurrentOwner() caller: AuthenticatedOwner, @Args('id', { type: () => ID }) id: string): Promise<AccommodationType> {
    return this.change(caller, id, { kind: 'archive' });
  }

  @Mutation(() => AccommodationType, { description: 'Brings an archived accommodation back, still HIDDEN' })
  restoreAccommodation(@CurrentOwner() caller: AuthenticatedOwner, @Args('id', { type: () => ID }) id: string): Promise<AccommodationType> {
    return this.change(caller, id, { kind: 'restore' });
  }

  @ResolveField(() => [SupplementType], { description: 'The supplements that apply to it, mandatory first' })
  async supplements(@Parent() accommodation: AccommodationType): Promise<SupplementType[]> {
    const rows: SupplementRow[] = await this.queries.execute(new ListSupplements(accommodation.ownerId, accommodation.id));
    return rows.map(supplementType);
  }

  private async change(caller: AuthenticatedOwner, id: string, change: AccommodationChange): Promise<AccommodationType> {
    const { position } = await this.commands.execute(new ChangeAccommodation(caller.ownerId, id, change));
    return this.read(caller, id, position);
  }

  private async read(caller: AuthenticatedOwner, id: string, position: Position | null): Promise<AccommodationType> {
    const row: OwnerAccommodation | null = await this.queries.execute(new GetAccommodation(caller.ownerId, id, position));
    if (!row) throw new AccommodationNotFound(id, 'id');
    return accommodationType(row);
  }
}

function accommodationType(row: OwnerAccommodation): AccommodationType {
  return {
    ...row,
    registrationRequired: row.communeRequiresRegistration,
    kind: row.kind as AccommodationType['kind'],
    orientation: row.orientation as AccommodationType['orientation'],
    visibility: row.visibility as Visibility,
    securityDeposit: row.securityDepositCents === null ? null : moneyType(euros(row.securityDepositCents)),
    description: { fr: row.descriptionFr, en: row.descriptionEn },
    photos: photoTypes(row.photos),
    characteristics: row.characteristics.map(characteristic).filter((c): c is Characteristic => c !== undefined).map(characteristicType),
  };
}
