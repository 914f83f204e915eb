import { Field, InputType, ObjectType } from '@nestjs/graphql';

@ObjectType('IcalExportSettings', { description: "What an accommodation's iCalendar export shows" })
export class IcalExportSettingsType {
  @Field({ description: 'Unpaid options and guests paying online are exported as TENTATIVE; off, they are left out (true by default)' })
  exportOptions!: boolean;

  @Field({ description: "Nights imported from other platforms' calendars are exported too, never back to their own (false by default)" })
  exportImported!: boolean;
}

@InputType('IcalExportSettingsInput')
export class IcalExportSettingsInput {
  @Field()
  exportOptions!: boolean;

  @Field()
  exportImported!: boolean;
}
