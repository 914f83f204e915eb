import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { WaitForReadModels } from '../../event-store/projection/wait-for-read-models.query';
import { DateScalar } from '../../shared/graphql/date.scalar';
import { moneyType } from '../../shared/graphql/money.type';
import { WeekdayEnum } from '../../shared/graphql/weekday.type';
import { CurrentOwner, type AuthenticatedOwner } from '../../shared/auth/authenticated-owner';
import type { Weekday } from '../../shared/kernel/calendar-date';
import type { NightlyPrice } from '../contracts';
import { DeleteRates } from '../application/delete-rates.handler';
import { GetNightlyPrices } from '../application/quote.queries';
import { ListRates } from '../application/rate.queries';
import { SetRates } from '../application/set-rates.handler';
import { stayRateOf, type StayRateRow } from '../infrastructure/stay-rate.row';
import { NightlyPriceType, SetRatesInput, SetRatesResult, StayRateType, stayRateType } from './rate.types';

/** Projections a change to the rate grid must reach before the caller is answered. */
const RATES = ['stay-rates'];

@Resolver(() => StayRateType)
export class RateResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Mutation(() => SetRatesResult, { description: 'Applies one price to periods × stay lengths × arrival weekdays; replaces what those stays had' })
  async setRates(@CurrentOwner() caller: AuthenticatedOwner, @Args('input') input: SetRatesInput): Promise<SetRatesResult> {
    const { count, position } = await this.commands.execute(new SetRates(caller.ownerId, input));
    await this.queries.execute(new WaitForReadModels(position, RATES));
    return { count };
  }

  @Mutation(() => Int, { description: 'Removes the stay rates named by id (e.g. 2026-07-04/P7D); answers how many existed' })
  async deleteRates(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('accommodationId', { type: () => ID }) accommodationId: string,
    @Args('ids', { type: () => [ID] }) ids: string[],
  ): Promise<number> {
    const { count, position } = await this.commands.execute(new DeleteRates(caller.ownerId, accommodationId, ids));
    await this.queries.execute(new WaitForReadModels(position, RATES));
    return count;
  }

  @Query(() => [StayRateType], { description: 'Stay rates arriving from `from` to `to` (both included), by arrival then length' })
  async rates(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('accommodationId', { type: () => ID }) accommodationId: string,
    @Args('from', { type: () => DateScalar }) from: string,
    @Args('to', { type: () => DateScalar }) to: string,
    @Args('nights', { type: () => Int, nullable: true }) nights: number | null,
    @Args('arrivalDays', { type: () => [WeekdayEnum], nullable: true }) arrivalDays: Weekday[] | null,
  ): Promise<StayRateType[]> {
    const rows: StayRateRow[] = await this.queries.execute(new ListRates(caller.ownerId, { accommodationId, from, to, nights, arrivalDays }));
    return rows.map((row) => stayRateType(stayRateOf(row)));
  }

  @Query(() => [NightlyPriceType], { description: "Each night's price from `from` to `to` (exclusive), as the planning shows it" })
  async nightlyPrices(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Args('accommodationId', { type: () => ID }) accommodationId: string,
    @Args('from', { type: () => DateScalar }) from: string,
    @Args('to', { type: () => DateScalar }) to: string,
  ): Promise<NightlyPriceType[]> {
    const prices: NightlyPrice[] = await this.queries.execute(new GetNightlyPrices(caller.ownerId, accommodationId, from, to));
    return prices.map(({ date, price }) => ({ date, price: price && moneyType(price) }));
  }
}
