import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { GUEST_BOOKING_ACCESS, type GuestBookingAccess } from '../../reservation/contracts';
import { CurrentOwner, type AuthenticatedOwner } from '../../shared/auth/authenticated-owner';
import { Public } from '../../shared/auth/public.decorator';
import { optional } from '../../shared/http/query-params';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { InvalidInput, NotFound } from '../../shared/kernel/errors';
import { langOfCode, type Lang } from '../../shared/kernel/lang';
import { DossierContexts, type DossierContext } from '../application/dossier-context';
import { DossierDocuments } from '../application/dossier-documents';
import { DossierFileNotFound } from '../application/send-dossier-document.handler';
import { offeredLanguage } from '../domain/settings/email-settings';
import { TERMS_MISSING_WARNING } from '../contracts';

/**
 * `GET /dossiers/:id/document.pdf?lang=fr|en` with the owner's bearer token: the file's document
 * (a proposal for an option, a contract once confirmed) as the guest would receive it. When the
 * owner asked for terms of sale and has not written them, a `Warning` header says so. The guest
 * who booked online gets it at `GET /guest/bookings/:token/document.pdf`.
 */
@Controller()
export class DossierDocumentController {
  constructor(
    private readonly contexts: DossierContexts,
    private readonly documents: DossierDocuments,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(GUEST_BOOKING_ACCESS) private readonly guestBookings: GuestBookingAccess,
  ) {}

  @Get('dossiers/:id/document.pdf')
  async document(@CurrentOwner() caller: AuthenticatedOwner, @Param('id') id: string, @Query() params: Record<string, unknown>, @Res() response: Response): Promise<void> {
    const context = await this.contexts.of(id, this.clock.now(), caller.ownerId);
    if (!context) throw new DossierFileNotFound(id);
    await this.send(context, params, response, true);
  }

  /** The same document for the guest who booked online, through their link alone; no owner's warning. */
  @Public()
  @Get('guest/bookings/:token/document.pdf')
  async guestDocument(@Param('token') token: string, @Query() params: Record<string, unknown>, @Res() response: Response): Promise<void> {
    const dossierId = await this.guestBookings.dossierIdOf(token);
    const context = dossierId === null ? null : await this.contexts.of(dossierId, this.clock.now());
    if (!context) throw new NotFound('Booking', 'for this link');
    response.setHeader('Referrer-Policy', 'no-referrer');
    // In the language the guest booked in, unless the link asks for another.
    const booked = dossierId === null ? null : await this.guestBookings.factsOf(dossierId);
    await this.send(context, params, response, false, booked?.lang ?? null);
  }

  private async send(context: DossierContext, params: Record<string, unknown>, response: Response, forOwner: boolean, byDefault: Lang | null = null): Promise<void> {
    const asked = langOf(optional('lang', params.lang)) ?? byDefault;
    const document = await this.documents.render(context, offeredLanguage(context.settings.email, asked, (lang) => lang.toLowerCase()));
    if (forOwner && document.termsMissing) response.setHeader('Warning', `299 - "${TERMS_MISSING_WARNING}"`);
    response.status(200).type('application/pdf').setHeader('Cache-Control', 'no-store').attachment(document.filename).send(document.pdf);
  }
}

function langOf(value: string | null): Lang | null {
  if (value === null) return null;
  const lang = langOfCode(value);
  if (lang === null) throw new InvalidInput('lang', 'must be fr or en');
  return lang;
}
