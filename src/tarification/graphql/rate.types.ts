import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../../shared/graphql/date.scalar';
import { MoneyType, moneyType } from '../../shared/graphql/money.type';
import { WeekdayEnum } from '../../shared/graphql/weekday.type';
import { addDays, weekdayOf, type Weekday } from '../../shared/kernel/calendar-date';
import { euros } from '../../shared/kernel/money';
import { shownDiscountPercent, type Occupancy } from '../domain/rates/rate-price';
import { stayRateId, type StayRate } from '../domain/rates/rate-grid';

@InputType('PeriodInput')
export class PeriodInput {
  @Field(() => DateScalar, { description: 'First arrival date, included' }) from!: string;
  @Field(() => DateScalar, { description: 'Last arrival date, included' }) to!: string;
}

@InputType('RateDiscountInput', { description: 'Either cents off or a percentage off (two decimals at most)' })
export class RateDiscountInput {
  @Field(() => Int, { nullable: true }) cents?: number | null;
  @Field(() => Float, { nullable: true }) percent?: number | null;
}

@InputType('AgeRangePriceInput')
export class AgeRangePriceInput {
  @Field(() => ID) ageRangeId!: string;
  @Field(() => Int, { description: 'Cents per extra person of this age range per night' }) perNight!: number;
}

@InputType('OccupancyInput', { description: 'The price covers includedOccupants; each further person pays per night' })
export class OccupancyInput {
  @Field(() => Int) includedOccupants!: number;
  @Field(() => Int, { description: 'Cents per extra person per night, unless their age range has its own price' }) extraPerNight!: number;
  @Field(() => [AgeRangePriceInput], { nullable: true }) byAgeRange?: AgeRangePriceInput[] | null;
}

@InputType('SetRatesInput')
export class SetRatesInput {
  @Field(() => ID) accommodationId!: string;
  @Field(() => [PeriodInput], { description: 'Periods of arrival dates, both ends included' }) periods!: PeriodInput[];
  @Field(() => [Int], { description: 'Stay lengths in nights' }) nights!: number[];
  @Field(() => [WeekdayEnum], { description: 'Arrival weekdays' }) arrivalDays!: Weekday[];
  @Field(() => Int, { description: 'Cents' }) initialPrice!: number;
  @Field(() => RateDiscountInput, { nullable: true }) discount?: RateDiscountInput | null;
  @Field(() => OccupancyInput, { nullable: true }) occupancy?: OccupancyInput | null;
}

@ObjectType('SetRatesResult')
export class SetRatesResult {
  @Field(() => Int, { description: 'Stay rates written (new or replaced)' }) count!: number;
}

@ObjectType('AgeRangePrice')
export class AgeRangePriceType {
  @Field(() => ID) ageRangeId!: string;
  @Field(() => MoneyType) perNight!: MoneyType;
}

@ObjectType('Occupancy', { description: 'The price covers includedOccupants; each further person pays per night' })
export class OccupancyType {
  @Field(() => Int) includedOccupants!: number;
  @Field(() => MoneyType) extraPerNight!: MoneyType;
  @Field(() => [AgeRangePriceType]) byAgeRange!: AgeRangePriceType[];
}

@ObjectType('StayRate', { description: 'The price of a stay arriving on a day for a number of nights' })
export class StayRateType {
  @Field(() => ID, { description: 'The stay as an ISO 8601 interval, e.g. 2026-07-04/P7D' }) id!: string;
  @Field(() => DateScalar) arrival!: string;
  @Field(() => DateScalar, { description: 'Exclusive: the day the guest leaves' }) departure!: string;
  @Field(() => WeekdayEnum) arrivalDay!: Weekday;
  @Field(() => Int) nights!: number;
  @Field(() => MoneyType) initialPrice!: MoneyType;
  @Field(() => MoneyType, { description: 'Amount off the initial price; 0 when none' }) discount!: MoneyType;
  @Field(() => Float, { nullable: true, description: 'The percentage the owner set, when the discount was set as one' }) discountPercentSet!: number | null;
  @Field(() => Int, { description: 'The discount as shown to guests: a whole percent, truncated (90 € → 75 € is 16)' }) shownDiscountPercent!: number;
  @Field(() => MoneyType) salePrice!: MoneyType;
  @Field(() => OccupancyType, { nullable: true }) occupancy!: OccupancyType | null;
}

@ObjectType('NightlyPrice', { description: "A night's price on the planning" })
export class NightlyPriceType {
  @Field(() => DateScalar) date!: string;
  @Field(() => MoneyType, { nullable: true, description: 'The 1-night rate, else the lowest price per night of a stay including it; null when none' })
  price!: MoneyType | null;
}

export function stayRateType(rate: StayRate): StayRateType {
  return {
    id: stayRateId(rate.arrival, rate.nights),
    arrival: rate.arrival,
    departure: addDays(rate.arrival, rate.nights),
    arrivalDay: weekdayOf(rate.arrival),
    nights: rate.nights,
    initialPrice: moneyType(rate.initialPrice),
    discount: moneyType(euros(rate.initialPrice.cents - rate.salePrice.cents)),
    discountPercentSet: rate.discount?.kind === 'PERCENT' ? rate.discount.percent : null,
    shownDiscountPercent: shownDiscountPercent(rate),
    salePrice: moneyType(rate.salePrice),
    occupancy: rate.occupancy && occupancyType(rate.occupancy),
  };
}

export const occupancyType = (occupancy: Occupancy): OccupancyType => ({
  includedOccupants: occupancy.includedOccupants,
  extraPerNight: moneyType(occupancy.extraPerNight),
  byAgeRange: occupancy.byAgeRange.map((entry) => ({ ageRangeId: entry.ageRangeId, perNight: moneyType(entry.perNight) })),
});
