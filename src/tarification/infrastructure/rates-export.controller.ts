import { Controller, Get, Header, Inject, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { Response } from 'express';
import { CATALOGUE_QUERIES, type CatalogueQueries } from '../../catalogue/contracts';
import { CurrentOwner, type AuthenticatedOwner } from '../../shared/auth/authenticated-owner';
import { commaList, required, single } from '../../shared/http/query-params';
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
export class RatesExportController {
  constructor(
    private readonly queries: QueryBus,
    @Inject(CATALOGUE_QUERIES) private readonly catalogue: CatalogueQueries,
  ) {}

  @Get('rates.xlsx')
  @Header('Cache-Control', 'no-store')
  async rates(
    @CurrentOwner() caller: AuthenticatedOwner,
    @Res() response: Response,
    @Query('accommodationId') accommodationId?: unknown,
    @Query('from') from?: unknown,
    @Query('to') to?: unknown,
    @Query('nights') nights?: unknown,
    @Query('arrivalDays') arrivalDays?: unknown,
  ): Promise<void> {
    const night = single('nights', nights);
    const filter = {
      accommodationId: required('accommodationId', accommodationId),
      from: required('from', from),
      to: required('to', to),
      nights: night === undefined || night === '' ? null : wholeNumber('nights', night),
      arrivalDays: commaList('arrivalDays', arrivalDays),
    };
    const rows: StayRateRow[] = await this.queries.execute(new ListRates(caller.ownerId, filter));
    const accommodation = await this.catalogue.accommodationForBooking(filter.accommodationId);
    const workbook = await ratesWorkbook(rows, new Map(accommodation?.ageRanges.map((range) => [range.ageRangeId, range.label])));
    response
      .status(200)
      .type(XLSX)
      .attachment(`tarifs-${filter.from}-${filter.to}.xlsx`)
      .setHeader('X-Stay-Rates', String(rows.length))
      .send(workbook);
  }
}

function wholeNumber(name: string, value: string): number {
  if (!/^\d{1,3}$/.test(value)) throw new InvalidInput(name, 'must be a whole number');
  return Number(value);
}
