import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentOwner, type AuthenticatedOwner } from '../../shared/auth/authenticated-owner';
import { IcalExports } from '../application/ical-exports';
import { IcalExportSettingsInput, IcalExportSettingsType } from './ical-export.types';

@Resolver()
export class IcalExportResolver {
  constructor(private readonly exports: IcalExports) {}

  @Query(() => String, { description: "The accommodation's secret iCalendar URL, to paste into Airbnb, Booking.com or a calendar" })
  icalExportUrl(@CurrentOwner() caller: AuthenticatedOwner, @Args('accommodationId', { type: () => ID }) accommodationId: string): Promise<string> {
    return this.exports.urlOf(caller.ownerId, accommodationId);
  }

  @Mutation(() => String, { description: 'A new secret iCalendar URL; the old one stops working at once' })
  regenerateIcalExportUrl(@CurrentOwner() caller: AuthenticatedOwner, @Args('accommodationId', { type: () => ID }) accommodationId: string): Promise<string> {
    return this.exports.regenerate(caller.ownerId, accommodationId);
  }

  @Query(() => IcalExportSettingsType, { description: "What the accommodation's iCalendar export shows" })
  icalExportSettings(@CurrentOwner() caller: AuthenticatedOwner, @Args('accommodationId', { type: () => ID }) accommodationId: string): Promise<IcalExportSettingsType> {
    return this.exports.settingsOf(caller.ownerId, accommodationId);
  }

  @Mutation(() => IcalExportSettingsType, { description: "Sets what the accommodation's iCalendar export shows" })
  setIcalExportSettings(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('accommodationId', { type: () => ID }) accommodationId: string,
    @Args('input', { type: () => IcalExportSettingsInput }) input: IcalExportSettingsInput,
  ): Promise<IcalExportSettingsType> {
    return this.exports.setSettings(caller.ownerId, accommodationId, { exportOptions: input.exportOptions, exportImported: input.exportImported });
  }
}
