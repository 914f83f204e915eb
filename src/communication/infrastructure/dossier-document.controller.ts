import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentOwner, type AuthenticatedOwner } from '../../shared/auth/authenticated-owner';
import { optional } from '../../shared/http/query-params';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { InvalidInput } from '../../shared/kernel/errors';
import type { Lang } from '../../shared/kernel/lang';
import { DossierContexts } from '../application/dossier-context';
import { DossierDocuments } from '../application/dossier-documents';
import { DossierFileNotFound } from '../application/send-dossier-document.handler';
import { offeredLanguage } from '../domain/settings/email-settings';
import { TERMS_MISSING_WARNING } from '../contracts';

/**
 * `GET /dossiers/:id/document.pdf?lang=fr|en` with the owner's bearer token: the file's document
 * (a proposal for an option, a contract once confirmed) as the guest would receive it. When the
 * owner asked for terms of sale and has not written them, a `Warning` header says so.
 */
@Controller('dossiers')
export class DossierDocumentController {
  constructor(
    private readonly contexts: DossierContexts,
    private readonly documents: DossierDocuments,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get(':id/document.pdf')
  async document(@CurrentOwner() caller: AuthenticatedOwner, @Param('id') id: string, @Query() params: Record<string, unknown>, @Res() response: Response): Promise<void> {
    const asked = langOf(optional('lang', params.lang));
    const context = await this.contexts.of(id, this.clock.now(), caller.ownerId);
    if (!context) throw new DossierFileNotFound(id);
    const document = await this.documents.render(context, offeredLanguage(context.settings.email, asked, (lang) => lang.toLowerCase()));
    if (document.termsMissing) response.setHeader('Warning', `299 - "${TERMS_MISSING_WARNING}"`);
    response.status(200).type('application/pdf').setHeader('Cache-Control', 'no-store').attachment(document.filename).send(document.pdf);
  }
}

function langOf(value: string | null): Lang | null {
  if (value === null) return null;
  const lang = value.toUpperCase();
  if (lang !== 'FR' && lang !== 'EN') throw new InvalidInput('lang', 'must be fr or en');
  return lang;
}
