import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../shared/graphql/date.scalar';
import { MoneyType, moneyType } from '../../shared/graphql/money.type';
import { WeekdayEnum } from '../../shared/graphql/weekday.type';
import type { Weekday } from '../../shared/kernel/calendar-date';
import type { LastRatesEntry } from '../application/last-rates-entry.query';
import { OccupancyType, occupancyType } from './rate.types';

@ObjectType('RatesPeriod', { description: 'A period of arrival dates, both ends included' })
export class RatesPeriodType {
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;
}

@ObjectType('RatesEntryDiscount', { description: 'The discount as the owner typed it: an amount or a percentage, the other null' })
export class RatesEntryDiscountType {
  @Field(() => MoneyType, { nullable: true }) amount!: MoneyType | null;
  @Field(() => Float, { nullable: true }) percent!: number | null;
}

@ObjectType('RatesEntry', { description: 'A setRates as the owner applied it, to prefill the next one ("Initialiser avec la dernière saisie")' })
export class RatesEntryType {
  @Field(() => ID) accommodationId!: string;
  @Field(() => [RatesPeriodType]) periods!: RatesPeriodType[];
  @Field(() => [Int], { description: 'Stay lengths in nights' }) nights!: number[];
  @Field(() => [WeekdayEnum], { description: 'Arrival weekdays' }) arrivalDays!: Weekday[];
  @Field(() => MoneyType) initialPrice!: MoneyType;
  @Field(() => RatesEntryDiscountType, { nullable: true, description: 'Null when none' }) discount!: RatesEntryDiscountType | null;
  @Field(() => MoneyType) salePrice!: MoneyType;
  @Field(() => OccupancyType, { nullable: true }) occupancy!: OccupancyType | null;
  @Field(() => GraphQLISODateTime) setAt!: Date;
}

export function ratesEntryType({ accommodationId, setting, setAt }: LastRatesEntry): RatesEntryType {
  const { price } = setting;
  return {
    accommodationId,
    periods: setting.periods.map(({ from, to }) => ({ from, to })),
    nights: [...setting.nights],
    arrivalDays: [...setting.arrivalDays],
    initialPrice: moneyType(price.initialPrice),
    discount: price.discount && {
      amount: price.discount.kind === 'AMOUNT' ? moneyType(price.discount.amount) : null,
      percent: price.discount.kind === 'PERCENT' ? price.discount.percent : null,
    },
    salePrice: moneyType(price.salePrice),
    occupancy: price.occupancy && occupancyType(price.occupancy),
    setAt: new Date(setAt),
  };
}
