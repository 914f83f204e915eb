import { Controller, Get, Header, Inject, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { Response } from 'express';
import { CATALOGUE_QUERIES, type CatalogueQueries } from '../../catalogue/contracts';
import { CurrentOwner, type AuthenticatedOwner } from '../../shared/auth/authenticated-owner';
import { commaList, optional } from '../../shared/http/query-params';
import { InvalidInput } from '../../shared/kernel/errors';
import type { DossierDocument } from './dossier-document';
import { ListDossiers } from './dossier.queries';
import { MAX_PAGE, type DossierFilter, type DossierPage } from './dossier-listing';
import { dossiersWorkbook } from './dossiers-workbook';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A season of a busy owner fits many times over; a runaway export does not take the server. */
export const MAX_EXPORTED_FILES = 10_000;

/**
 * `GET /exports/dossiers.xlsx` with the owner's bearer token and the `dossiers` filters as
 * parameters (`arrivalFrom`, `arrivalTo`, `guest`, `accommodationId`, `number`,
 * `status=OPTION,CONFIRMED`, `balance`, `origin`, `promoCode`): the listing as a spreadsheet.
 */
@Controller('exports')
export class DossiersExportController {
  constructor(
    private readonly queries: QueryBus,
    @Inject(CATALOGUE_QUERIES) private readonly catalogue: CatalogueQueries,
  ) {}

  @Get('dossiers.xlsx')
  @Header('Cache-Control', 'no-store')
  async dossiers(@CurrentOwner() caller: AuthenticatedOwner, @Res() response: Response, @Query() params: Record<string, unknown>): Promise<void> {
    const files = await this.allFiles(caller.ownerId, filterOf(params));
    const accommodationIds = [...new Set(files.flatMap((f) => f.stays.map((s) => s.accommodationId)))];
    const accommodations = await Promise.all(accommodationIds.map((id) => this.catalogue.accommodationForBooking(id)));
    const named = new Map(accommodations.filter((a) => a !== null).map((a) => [a.accommodationId, { name: a.name, registrationNumber: a.registrationNumber }]));
    response
      .status(200)
      .type(XLSX)
      .attachment('dossiers.xlsx')
      .setHeader('X-Dossiers', String(files.length))
      .send(await dossiersWorkbook(files, named));
  }

  private async allFiles(ownerId: string, filter: DossierFilter): Promise<DossierDocument[]> {
    const files: DossierDocument[] = [];
    let after: string | null = null;
    for (;;) {
      const page: DossierPage = await this.queries.execute(new ListDossiers(ownerId, filter, MAX_PAGE, after));
      files.push(...page.files);
      if (files.length > MAX_EXPORTED_FILES) throw new InvalidInput('filter', `matches more than ${MAX_EXPORTED_FILES} booking files: narrow it, by arrival dates for instance`);
      if (!page.hasNextPage) return files;
      after = page.endCursor;
    }
  }
}

function filterOf(params: Record<string, unknown>): DossierFilter {
  const number = optional('number', params.number);
  if (number !== null && !/^\d{1,9}$/.test(number)) throw new InvalidInput('number', 'must be a whole number');
  const balance = optional('balance', params.balance)?.toUpperCase() ?? null;
  if (balance !== null && balance !== 'PAID' && balance !== 'UNPAID') throw new InvalidInput('balance', 'must be PAID or UNPAID');
  return {
    arrivalFrom: optional('arrivalFrom', params.arrivalFrom),
    arrivalTo: optional('arrivalTo', params.arrivalTo),
    guest: optional('guest', params.guest),
    accommodationId: optional('accommodationId', params.accommodationId),
    number: number === null ? null : Number(number),
    status: commaList('status', params.status),
    balance,
    origin: optional('origin', params.origin)?.toUpperCase() ?? null,
    promoCode: optional('promoCode', params.promoCode),
  };
}
