import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { WaitForReadModels } from '../../event-store/projection/wait-for-read-models.query';
import type { Position } from '../../event-store/position';
import { CurrentOwner, type AuthenticatedOwner } from '../../shared/auth/authenticated-owner';
import { ChangeDossierTerms } from '../application/dossier-terms.handler';
import { SetStayTouristTaxExemptions } from '../application/stay-tourist-tax.handler';
import { TouristTaxExemptionInput } from '../../tarification/contracts';
import { GetReservationSettings, SetUnpaidOptionRelease } from '../application/reservation-settings.handler';
import type { ReservationSettings } from '../domain/settings/reservation-settings.decider';
import { optionReleaseSettingsProjection } from '../infrastructure/option-release-setting.projection';
import { DossierDiscountInput, DossierTermsInput, ReservationSettingsType, reservationSettingsType } from './dossier-terms.types';
import { answerDossier } from './dossier-answer';
import { DossierType } from './dossier.types';

/**
 * What the owner sets by hand on one file (the deposit's percentage and due dates, a stay's price,
 * a discount, the total agreed), and how the owner's files are run (unpaid options released).
 */
@Resolver()
export class DossierTermsResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Mutation(() => DossierType, {
    description: 'Sets the deposit’s percentage and when the deposit and the balance fall due (more time to pay: "relance"); a term left out stays as it is',
  })
  setDossierTerms(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => DossierTermsInput }) input: DossierTermsInput,
  ): Promise<DossierType> {
    return this.answer(caller, new ChangeDossierTerms(caller.ownerId, id, { type: 'SetDepositTerms', ...input }));
  }

  @Mutation(() => DossierType, {
    description: 'Sets a stay’s accommodation price by hand (name accommodationId when the file has several): it replaces the quote’s price and discounts, supplements still apply, and re-pricing keeps it',
  })
  setDossierStayPrice(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('id', { type: () => ID }) id: string,
    @Args('cents', { type: () => Int }) cents: number,
    @Args('accommodationId', { type: () => ID, nullable: true }) accommodationId: string | null,
  ): Promise<DossierType> {
    return this.answer(caller, new ChangeDossierTerms(caller.ownerId, id, { type: 'SetStayPrice', cents, accommodationId: accommodationId ?? null }));
  }

  @Mutation(() => DossierType, { description: 'Gives the file a discount in euros or percent off its accommodation prices, replacing any before it; null takes it back' })
  setDossierDiscount(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('id', { type: () => ID }) id: string,
    @Args('discount', { type: () => DossierDiscountInput, nullable: true }) discount: DossierDiscountInput | null,
  ): Promise<DossierType> {
    return this.answer(caller, new ChangeDossierTerms(caller.ownerId, id, { type: 'SetDiscount', discount: discount ?? null }));
  }

  @Mutation(() => DossierType, { description: 'Sets the total agreed with the guest: what the file’s lines come to beyond it becomes its discount, replacing any before it' })
  setDossierTotal(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('id', { type: () => ID }) id: string,
    @Args('cents', { type: () => Int }) cents: number,
    @Args('label', { type: () => String, nullable: true, description: 'The discount’s label on the document' }) label: string | null,
  ): Promise<DossierType> {
    return this.answer(caller, new ChangeDossierTerms(caller.ownerId, id, { type: 'SetTotal', cents, label: label ?? null }));
  }

  @Mutation(() => DossierType, {
    description:
      'Records which adults of a stay are exempt from the taxe de séjour (seasonal workers employed in the commune, emergency housing, temporary rehousing), replacing the list before; the stay’s tax is assessed again on its own price and nights (name accommodationId when the file has several)',
  })
  setStayTouristTaxExemptions(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('id', { type: () => ID }) id: string,
    @Args('exemptions', { type: () => [TouristTaxExemptionInput] }) exemptions: TouristTaxExemptionInput[],
    @Args('accommodationId', { type: () => ID, nullable: true }) accommodationId: string | null,
  ): Promise<DossierType> {
    return answerDossier(this.commands, this.queries, caller.ownerId, new SetStayTouristTaxExemptions(caller.ownerId, id, accommodationId ?? null, exemptions));
  }

  @Query(() => ReservationSettingsType, { description: 'How your booking files are run' })
  async reservationSettings(@CurrentOwner() caller: AuthenticatedOwner): Promise<ReservationSettingsType> {
    const settings: ReservationSettings = await this.queries.execute(new GetReservationSettings(caller.ownerId));
    return reservationSettingsType(settings);
  }

  @Mutation(() => ReservationSettingsType, {
    description: 'Releases options whose deposit is still unpaid this many days (1 to 60) after it fell due, the guest being told the day first; 0 or null: keep them until you decide (the default)',
  })
  async setUnpaidOptionRelease(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('afterDays', { type: () => Int, nullable: true }) afterDays: number | null,
  ): Promise<ReservationSettingsType> {
    const { settings, position }: { settings: ReservationSettings; position: Position | null } = await this.commands.execute(new SetUnpaidOptionRelease(caller.ownerId, afterDays ?? null));
    await this.queries.execute(new WaitForReadModels(position, [optionReleaseSettingsProjection.name]));
    return reservationSettingsType(settings);
  }

  private answer(caller: AuthenticatedOwner, change: ChangeDossierTerms): Promise<DossierType> {
    return answerDossier(this.commands, this.queries, caller.ownerId, change);
  }
}
