import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { enumType } from '../../shared/graphql/enum-type';
import { MoneyType, moneyType } from '../../shared/graphql/money.type';
import { WeekdayEnum } from '../../shared/graphql/weekday.type';
import type { Weekday } from '../../shared/kernel/calendar-date';
import { euros } from '../../shared/kernel/money';
import { LEAD_TIME_KINDS, type LeadTimeKind } from '../domain/rules/booking-rules';
import type { PricingSettings } from '../application/pricing-settings.query';
import type { TariffPublisherKind } from '../domain/tourist-tax/tourist-tax-tariffs.events';
import { TariffPublisherEnum } from './tourist-tax-tariff.types';

const LeadTimeKindEnum = enumType(
  LEAD_TIME_KINDS,
  'LeadTimeKind',
  'How soon before arrival a stay may be booked: same day, same day until an hour, next day, next day until an hour, or N days ahead',
);

@InputType('LeadTimeInput')
export class LeadTimeInput {
  @Field(() => LeadTimeKindEnum) kind!: LeadTimeKind;
  @Field(() => Int, { nullable: true, description: 'For *_UNTIL: the local hour (1–23) before which booking is allowed' }) hour?: number | null;
  @Field(() => Int, { nullable: true, description: 'For DAYS_AHEAD: the least number of days between booking and arrival' }) days?: number | null;
}

@InputType('BookingRulesInput', { description: 'Replaces the rules as a whole; what is left out takes its default' })
export class BookingRulesInput {
  @Field(() => ID) accommodationId!: string;
  @Field(() => Int, { nullable: true, description: 'Nights; 1 by default' }) minimumStay?: number | null;
  @Field(() => LeadTimeInput, { nullable: true, description: 'SAME_DAY by default' }) leadTime?: LeadTimeInput | null;
  @Field(() => [WeekdayEnum], { nullable: true }) closedToArrival?: Weekday[] | null;
  @Field(() => [WeekdayEnum], { nullable: true }) closedToDeparture?: Weekday[] | null;
  @Field(() => String, { nullable: true, description: 'IANA time zone of the accommodation; Europe/Paris by default' }) timeZone?: string | null;
}

@ObjectType('LeadTime')
export class LeadTimeType {
  @Field(() => LeadTimeKindEnum) kind!: LeadTimeKind;
  @Field(() => Int, { nullable: true }) hour!: number | null;
  @Field(() => Int, { nullable: true }) days!: number | null;
}

@ObjectType('TouristTaxSource', { description: 'Whose tariff tables of which authority tax an accommodation' })
export class TouristTaxSourceType {
  @Field(() => TariffPublisherEnum) publisher!: TariffPublisherKind;
  @Field(() => ID, { nullable: true }) destinationId!: string | null;
  @Field({ description: 'COMMUNE:<INSEE code> or INTERCOMMUNALITY:<SIREN>' }) authority!: string;
}

@ObjectType('BookingRules', { description: 'What decides whether a stay may be booked, besides its price; and the tourist tax' })
export class BookingRulesType {
  @Field(() => ID) accommodationId!: string;
  @Field(() => Int) minimumStay!: number;
  @Field(() => LeadTimeType) leadTime!: LeadTimeType;
  @Field(() => [WeekdayEnum]) closedToArrival!: Weekday[];
  @Field(() => [WeekdayEnum]) closedToDeparture!: Weekday[];
  @Field() timeZone!: string;
  @Field(() => MoneyType, { nullable: true, description: 'Taxe de séjour per taxed person per night (minors exempt); null when none is collected' })
  touristTax!: MoneyType | null;
  @Field(() => TouristTaxSourceType, { nullable: true, description: 'Set when the tax is computed "au réel" from tariff tables; touristTax is then null' })
  touristTaxSource!: TouristTaxSourceType | null;
}

export function bookingRulesType(settings: PricingSettings): BookingRulesType {
  const { bookingRules: rules } = settings;
  return {
    accommodationId: settings.accommodationId,
    minimumStay: rules.minimumStay,
    leadTime: { kind: rules.leadTime.kind, hour: 'hour' in rules.leadTime ? rules.leadTime.hour : null, days: 'days' in rules.leadTime ? rules.leadTime.days : null },
    closedToArrival: [...rules.closedToArrival],
    closedToDeparture: [...rules.closedToDeparture],
    timeZone: rules.timeZone,
    touristTax: settings.touristTaxCents === null ? null : moneyType(euros(settings.touristTaxCents)),
    touristTaxSource: settings.touristTaxSource && {
      publisher: settings.touristTaxSource.publisher.kind,
      destinationId: settings.touristTaxSource.publisher.kind === 'DESTINATION' ? settings.touristTaxSource.publisher.id : null,
      authority: settings.touristTaxSource.authority,
    },
  };
}
