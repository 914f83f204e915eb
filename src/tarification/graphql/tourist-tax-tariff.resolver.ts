import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DestinationOperation, type AuthenticatedDestination } from '../../shared/auth/authenticated-destination';
import { CurrentDestination, CurrentOwner, type AuthenticatedOwner } from '../../shared/auth/authenticated-owner';
import { GetPricingSettings } from '../application/pricing-settings.query';
import { RemoveTouristTaxTariff, SetTouristTaxTariff, SetTouristTaxTariffSource } from '../application/tourist-tax-tariffs.handler';
import { ListDestinationTariffsForOwner, ListTouristTaxTariffs } from '../application/tourist-tax-tariffs.query';
import type { TariffPublisher } from '../domain/tourist-tax/tourist-tax-tariffs.events';
import type { TouristTaxTariffRow } from '../infrastructure/tourist-tax-tariff.row';
import { BookingRulesType, bookingRulesType } from './booking-rules.types';
import { domainTariffInput, TaxingAuthorityInput, TouristTaxTariffInput, TouristTaxTariffSourceInput, TouristTaxTariffType, touristTaxTariffType } from './tourist-tax-tariff.types';

/**
 * Tariff tables of the taxe de séjour "au réel": an owner enters their communes' own, a
 * destination those of its communes for the owners it lists; an accommodation then names whose
 * tables of which authority tax it.
 */
@Resolver(() => TouristTaxTariffType)
export class TouristTaxTariffResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Query(() => [TouristTaxTariffType], { description: "The caller's tariff tables; with destinationId, those of a destination that lists one of the caller's accommodations" })
  async touristTaxTariffs(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('destinationId', { type: () => ID, nullable: true }) destinationId: string | null,
    @Args('year', { type: () => Int, nullable: true }) year: number | null,
  ): Promise<TouristTaxTariffType[]> {
    const rows: TouristTaxTariffRow[] = await this.queries.execute(
      destinationId ? new ListDestinationTariffsForOwner(caller.ownerId, destinationId, year ?? null) : new ListTouristTaxTariffs({ kind: 'OWNER', id: caller.ownerId }, year ?? null),
    );
    return rows.map(touristTaxTariffType);
  }

  @Mutation(() => [TouristTaxTariffType], { description: 'Enters or replaces a table of one authority and year, checked against that year’s legal scale; answers the caller’s tables of that year' })
  setTouristTaxTariff(@CurrentOwner() caller: AuthenticatedOwner, @Args('input') input: TouristTaxTariffInput): Promise<TouristTaxTariffType[]> {
    return this.set({ kind: 'OWNER', id: caller.ownerId }, input);
  }

  @Mutation(() => Boolean, { description: 'Removes a table: the nights of that year are then untaxed until one is entered again' })
  removeTouristTaxTariff(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('authority') authority: TaxingAuthorityInput,
    @Args('year', { type: () => Int }) year: number,
  ): Promise<boolean> {
    return this.remove({ kind: 'OWNER', id: caller.ownerId }, authority, year);
  }

  @DestinationOperation()
  @Query(() => [TouristTaxTariffType], { description: "The destination's own tariff tables" })
  async destinationTouristTaxTariffs(@CurrentDestination() caller: AuthenticatedDestination, @Args('year', { type: () => Int, nullable: true }) year: number | null): Promise<TouristTaxTariffType[]> {
    const rows: TouristTaxTariffRow[] = await this.queries.execute(new ListTouristTaxTariffs({ kind: 'DESTINATION', id: caller.destinationId }, year ?? null));
    return rows.map(touristTaxTariffType);
  }

  @DestinationOperation()
  @Mutation(() => [TouristTaxTariffType], { description: 'A destination enters or replaces a table for one of its communes, for the owners it lists' })
  setDestinationTouristTaxTariff(@CurrentDestination() caller: AuthenticatedDestination, @Args('input') input: TouristTaxTariffInput): Promise<TouristTaxTariffType[]> {
    return this.set({ kind: 'DESTINATION', id: caller.destinationId }, input);
  }

  @DestinationOperation()
  @Mutation(() => Boolean)
  removeDestinationTouristTaxTariff(
    @CurrentDestination() caller: AuthenticatedDestination,
    @Args('authority') authority: TaxingAuthorityInput,
    @Args('year', { type: () => Int }) year: number,
  ): Promise<boolean> {
    return this.remove({ kind: 'DESTINATION', id: caller.destinationId }, authority, year);
  }

  @Mutation(() => BookingRulesType, { description: 'Taxes the accommodation "au réel" from these tables, each night by its year’s table and the accommodation’s classement; setTouristTax goes back to a flat amount' })
  async setTouristTaxTariffSource(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('accommodationId', { type: () => ID }) accommodationId: string,
    @Args('source') source: TouristTaxTariffSourceInput,
  ): Promise<BookingRulesType> {
    const { position } = await this.commands.execute(new SetTouristTaxTariffSource(caller.ownerId, accommodationId, source));
    return bookingRulesType(await this.queries.execute(new GetPricingSettings(caller.ownerId, accommodationId, position)));
  }

  private async set(publisher: TariffPublisher, input: TouristTaxTariffInput): Promise<TouristTaxTariffType[]> {
    const { position, year } = await this.commands.execute(new SetTouristTaxTariff(publisher, domainTariffInput(input)));
    const rows: TouristTaxTariffRow[] = await this.queries.execute(new ListTouristTaxTariffs(publisher, year, position));
    return rows.map(touristTaxTariffType);
  }

  private async remove(publisher: TariffPublisher, authority: TaxingAuthorityInput, year: number): Promise<boolean> {
    const { position } = await this.commands.execute(new RemoveTouristTaxTariff(publisher, authority, year));
    await this.queries.execute(new ListTouristTaxTariffs(publisher, year, position));
    return true;
  }
}
