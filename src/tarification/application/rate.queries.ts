import { raw } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { assertCallerOwns, CATALOGUE_QUERIES, type CatalogueQueries } from '../../catalogue/contracts';
import { calendarDate, daysBetween, WEEKDAYS, type Weekday } from '../../shared/kernel/calendar-date';
import { InvalidInput } from '../../shared/kernel/errors';
import { MAX_STAY_NIGHTS } from '../../shared/kernel/stay';
import { MAX_PERIOD_DAYS } from '../domain/rates/rate-grid';
import { StayRateRowSchema, type StayRateRow } from '../infrastructure/stay-rate.row';

/** A listing and its spreadsheet are built whole in memory: beyond this, ask for less. */
export const MAX_LISTED_RATES = 10_000;

export interface RateFilter {
  readonly accommodationId: string;
  /** Arrivals from `from` to `to`, both included. */
  readonly from: string;
  readonly to: string;
  readonly nights?: number | null;
  readonly arrivalDays?: readonly string[] | null;
}

/** The caller's stay rates of one accommodation, by arrival then length. */
export class ListRates extends Query<StayRateRow[]> {
  constructor(
    readonly ownerId: string,
    readonly filter: RateFilter,
  ) {
    super();
  }
}

@QueryHandler(ListRates)
export class ListRatesHandler implements IQueryHandler<ListRates> {
  constructor(
    private readonly em: EntityManager,
    @Inject(CATALOGUE_QUERIES) private readonly catalogue: CatalogueQueries,
  ) {}

  async execute({ ownerId, filter }: ListRates): Promise<StayRateRow[]> {
    const from = calendarDate('from', filter.from);
    const to = calendarDate('to', filter.to);
    if (to < from) throw new InvalidInput('to', 'must not be before from');
    if (daysBetween(from, to) >= MAX_PERIOD_DAYS) throw new InvalidInput('to', `a listing may span at most ${MAX_PERIOD_DAYS} days`);
    const { nights } = filter;
    if (nights !== null && nights !== undefined && (!Number.isInteger(nights) || nights < 1 || nights > MAX_STAY_NIGHTS)) {
      throw new InvalidInput('nights', `must be a whole number from 1 to ${MAX_STAY_NIGHTS}`);
    }
    const days = filter.arrivalDays ?? null;
    days?.forEach((day, i) => {
      if (!(WEEKDAYS as readonly string[]).includes(day)) throw new InvalidInput(`arrivalDays[${i}]`, `must be one of ${WEEKDAYS.join(', ')}`);
    });
    await assertCallerOwns(this.catalogue, ownerId, filter.accommodationId);
    // Weekdays are filtered by the database, before the cap: ISO weekdays of a `date` have no zone.
    const isoDays = days && days.length > 0 ? days.map((day) => WEEKDAYS.indexOf(day as Weekday) + 1) : null;
    const rows = await this.em.fork().find(
      StayRateRowSchema,
      {
        accommodationId: filter.accommodationId,
        ownerId,
        arrival: { $gte: from, $lte: to },
        ...(nights ? { nights } : {}),
        ...(isoDays ? { [raw((alias) => `extract(isodow from ${alias}.arrival)`)]: { $in: isoDays } } : {}),
      },
      { orderBy: { arrival: 'asc', nights: 'asc' }, limit: MAX_LISTED_RATES + 1 },
    );
    if (rows.length > MAX_LISTED_RATES) throw new InvalidInput('to', `lists more than ${MAX_LISTED_RATES} stay rates; narrow the period or choose a stay length`);
    return rows;
  }
}
