import { Controller, Get, Header, Query, Res, UseFilters } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { Response } from 'express';
import { CurrentOwner, type AuthenticatedOwner } from '../../shared/auth/authenticated-owner';
import { DomainErrorFilter } from '../../shared/http/domain-error.filter';
import { InvalidInput } from '../../shared/kernel/errors';
import { ListRates } from '../application/rate.queries';
import { ratesWorkbook } from './rates-workbook';
import type { StayRateRow } from './stay-rate.row';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * `GET /exports/rates.xlsx?accommodationId=…&from=…&to=…[&nights=7][&arrivalDays=SATURDAY,SUNDAY]`
 * with the owner's bearer token: the `rates` listing, same filters, as a spreadsheet.
 */
@Controller('exports')
@UseFilters(DomainErrorFilter)
export class RatesExportController {
  constructor(private readonly queries: QueryBus) {}

  @Get('rates.xlsx')
  @Header('Cache-Control', 'no-store')
  async rates(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Res() response: Response,
    @Query('accommodationId') accommodationId?: string,
    @Query('from') from?: string,
    @Query('to') to?: string,
    @Query('nights') nights?: string,
    @Query('arrivalDays') arrivalDays?: string | string[],
  ): Promise<void> {
    const filter = {
      accommodationId: required('accommodationId', accommodationId),
      from: required('from', from),
      to: required('to', to),
      nights: nights === undefined || nights === '' ? null : wholeNumber('nights', nights),
      arrivalDays: arrivalDays === undefined ? null : [arrivalDays].flat().flatMap((days) => days.split(',')).map((day) => day.trim().toUpperCase()).filter(Boolean),
    };
    const rows: StayRateRow[] = await this.queries.execute(new ListRates(caller.ownerId, filter));
    const workbook = await ratesWorkbook(rows);
    response
      .status(200)
      .type(XLSX)
      .attachment(`tarifs-${filter.from}-${filter.to}.xlsx`)
      .setHeader('X-Stay-Rates', String(rows.length))
      .send(workbook);
  }
}

function required(name: string, value: string | undefined): string {
  if (value === undefined || value.trim() === '') throw new InvalidInput(name, 'is required');
  return value.trim();
}

function wholeNumber(name: string, value: string): number {
  if (!/^\d{1,3}$/.test(value)) throw new InvalidInput(name, 'must be a whole number');
  return Number(value);
}
