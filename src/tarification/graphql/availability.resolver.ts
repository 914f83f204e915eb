import { QueryBus } from '@nestjs/cqrs';
import { Args, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { OptionalOwner, type AuthenticatedOwner } from '../../shared/auth/authenticated-owner';
import { Public } from '../../shared/auth/public.decorator';
import { DateScalar } from '../../shared/graphql/date.scalar';
import { enumType } from '../../shared/graphql/enum-type';
import { BrowserLang } from '../../shared/graphql/guest-lang';
import { LangEnum, type Lang } from '../../shared/graphql/lang.type';
import { MoneyType, moneyType } from '../../shared/graphql/money.type';
import { AVAILABILITY_STATES, type AvailabilityDay, type AvailabilityState } from '../domain/availability/availability';
import { STAY_KINDS, type PriceTableRow, type StayKind } from '../domain/availability/price-table';
import { GetAvailability } from '../infrastructure/availability.query';
import { GetPriceTable } from '../infrastructure/price-table.query';

const AvailabilityStateEnum = enumType(
  AVAILABILITY_STATES,
  'AvailabilityState',
  'AVAILABLE free to book; UNAVAILABLE taken (or past); OPTION held by an unpaid option, it may come free; UNKNOWN not communicated (no rate yet)',
);

@ObjectType('AvailabilityDay', { description: 'A day of a guest’s calendar: its night, and whether a stay may start or end that day' })
export class AvailabilityDayType {
  @Field(() => DateScalar) date!: string;
  @Field(() => AvailabilityStateEnum, { description: 'The night that starts this day' }) state!: AvailabilityState;
  @Field(() => Boolean, { description: 'A stay the booking would accept may start this day (lead time, minimum stay, closed days, free nights, a rate)' })
  arrivalAllowed!: boolean;
  @Field(() => Boolean, { description: 'A stay the booking would accept may end this day' }) departureAllowed!: boolean;
}

const StayKindEnum = enumType(STAY_KINDS, 'StayKind', 'WEEK 7 nights; WEEKEND 2 nights from Friday or Saturday; MID_WEEK 4 nights from Monday; NIGHTS any other stay');

@ObjectType('PriceTableRow', { description: 'A length of stay offered over the period, with its lowest and highest price before occupancy extras' })
export class PriceTableRowType {
  @Field(() => StayKindEnum) kind!: StayKind;
  @Field(() => Int) nights!: number;
  @Field(() => String, { description: '"Semaine", "Week-end", "3 nuits"… in the language asked for' }) label!: string;
  @Field(() => MoneyType) min!: MoneyType;
  @Field(() => MoneyType) max!: MoneyType;
}

@Resolver(() => AvailabilityDayType)
export class AvailabilityResolver {
  constructor(private readonly queries: QueryBus) {}

  @Public()
  @Query(() => [AvailabilityDayType], {
    description: 'A guest’s calendar of an accommodation, at most 367 days, with no name or file: public; a hidden one is NOT_FOUND but to its owner',
  })
  availability(
    @OptionalOwner() caller: AuthenticatedOwner | null,
    @Args('accommodationId', { type: () => ID }) accommodationId: string,
    @Args('from', { type: () => DateScalar }) from: string,
    @Args('to', { type: () => DateScalar, description: 'Exclusive' }) to: string,
  ): Promise<AvailabilityDay[]> {
    return this.queries.execute(new GetAvailability(accommodationId, from, to, caller?.ownerId ?? null));
  }

  @Public()
  @Query(() => [PriceTableRowType], { description: 'The lengths of stay arriving in the period, shortest first, each with its price range ("Semaine 665 € – 805 €"): public' })
  async priceTable(
    @OptionalOwner() caller: AuthenticatedOwner | null,
    @Args('accommodationId', { type: () => ID }) accommodationId: string,
    @Args('from', { type: () => DateScalar }) from: string,
    @Args('to', { type: () => DateScalar, description: 'Exclusive: stays arriving before this day' }) to: string,
    @Args('lang', { type: () => LangEnum, nullable: true, description: 'Else the browser’s (Accept-Language), else French' }) lang: Lang | null,
    @BrowserLang() browserLang: Lang | null,
  ): Promise<PriceTableRowType[]> {
    const rows: PriceTableRow[] = await this.queries.execute(new GetPriceTable(accommodationId, from, to, lang ?? browserLang ?? 'FR', caller?.ownerId ?? null));
    return rows.map((row) => ({ ...row, min: moneyType(row.min), max: moneyType(row.max) }));
  }
}
