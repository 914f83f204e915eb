import { Controller, Get, Header, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentOwner, type AuthenticatedOwner } from '../../shared/auth/authenticated-owner';
import { GuestDataExporter } from '../application/guest-data-export';

/**
 * `GET /exports/guests/<guestId>.json` with the owner's own bearer token: everything the owner
 * holds about that guest of their directory, as the file to hand over (the same JSON as the
 * `exportGuest` query); 404 for any other guest.
 */
@Controller('exports/guests')
export class GuestDataExportController {
  constructor(private readonly exporter: GuestDataExporter) {}

  @Get(':file')
  @Header('Cache-Control', 'no-store')
  async download(@CurrentOwner() caller: AuthenticatedOwner, @Param('file') file: string, @Res() response: Response): Promise<void> {
    const exported = await this.exporter.export(caller.ownerId, file.replace(/\.json$/, ''));
    response.status(200).type('application/json; charset=utf-8').attachment(exported.fileName).send(exported.json);
  }
}
