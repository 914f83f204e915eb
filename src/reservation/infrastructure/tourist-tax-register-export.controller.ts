import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { Response } from 'express';
import { CurrentOwner, type AuthenticatedOwner } from '../../shared/auth/authenticated-owner';
import { optional, required } from '../../shared/http/query-params';
import type { TouristTaxRegister } from '../domain/tourist-tax-register/register';
import { touristTaxRegisterCsv } from './tourist-tax-register-csv';
import { registerFileName } from './tourist-tax-register-rows';
import { touristTaxRegisterWorkbook } from './tourist-tax-register-workbook';
import { GetTouristTaxRegister } from './tourist-tax-register.query';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * `GET /exports/tourist-tax-register.xlsx?from=2026-07-01&to=2026-07-31[&authority=COMMUNE:84050]`
 * and `…/tourist-tax-register.csv?…` with the owner's bearer token: the registre du logeur of
 * those nights (both days included), as a spreadsheet with totals or as the CSV a commune's
 * declaration platform imports. The columns are the README's ("Registre du logeur").
 */
@Controller('exports')
export class TouristTaxRegisterExportController {
  constructor(private readonly queries: QueryBus) {}

  @Get('tourist-tax-register.xlsx')
  @Header('Cache-Control', 'no-store')
  async workbook(@CurrentOwner() caller: AuthenticatedOwner, @Res() response: Response, @Query() params: Record<string, unknown>): Promise<void> {
    const register = await this.registerOf(caller, params);
    response
      .status(200)
      .type(XLSX)
      .attachment(`${registerFileName(register)}.xlsx`)
      .setHeader('X-Stays', String(register.totals.stays))
      .send(await touristTaxRegisterWorkbook(register));
  }

  @Get('tourist-tax-register.csv')
  @Header('Cache-Control', 'no-store')
  async csv(@CurrentOwner() caller: AuthenticatedOwner, @Res() response: Response, @Query() params: Record<string, unknown>): Promise<void> {
    const register = await this.registerOf(caller, params);
    response
      .status(200)
      .type('text/csv; charset=utf-8')
      .attachment(`${registerFileName(register)}.csv`)
      .setHeader('X-Stays', String(register.totals.stays))
      .send(touristTaxRegisterCsv(register));
  }

  private registerOf(caller: AuthenticatedOwner, params: Record<string, unknown>): Promise<TouristTaxRegister> {
    return this.queries.execute(new GetTouristTaxRegister(caller.ownerId, required('from', params.from), required('to', params.to), optional('authority', params.authority)));
  }
}
