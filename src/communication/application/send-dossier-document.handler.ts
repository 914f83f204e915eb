import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { newCorrelation } from '../../event-store/command-handler';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { NotFound } from '../../shared/kernel/errors';
import type { Lang } from '../../shared/kernel/lang';
import { offeredLanguage } from '../domain/settings/email-settings';
import { DossierContexts } from './dossier-context';
import { DossierEmails, type QueuedEmails } from './dossier-emails';

/**
 * Emails the file's document to its guest (and the owner's copy when asked for), in `lang` or
 * the owner's first language. Each request is an email of its own: sending again sends again.
 */
export class SendDossierDocument extends Command<QueuedEmails> {
  constructor(
    readonly ownerId: string,
    readonly dossierId: string,
    readonly lang: Lang | null,
  ) {
    super();
  }
}

export class DossierFileNotFound extends NotFound {
  constructor(dossierId: string) {
    super('Booking file', dossierId, 'id');
  }
}

@CommandHandler(SendDossierDocument)
export class SendDossierDocumentHandler implements ICommandHandler<SendDossierDocument> {
  constructor(
    private readonly contexts: DossierContexts,
    private readonly emails: DossierEmails,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ ownerId, dossierId, lang }: SendDossierDocument): Promise<QueuedEmails> {
    const now = this.clock.now();
    const context = await this.contexts.of(dossierId, now, ownerId);
    if (!context) throw new DossierFileNotFound(dossierId);
    const chosen = offeredLanguage(context.settings.email, lang);
    // A retry of the same request is answered by the Idempotency-Key plugin; a new request is a new email.
    const cause = `send-document:${randomUUID()}`;
    return this.emails.toGuest(context, 'DOSSIER_DOCUMENT', cause, chosen, newCorrelation({ kind: 'owner', id: ownerId }, now), { withDocument: true });
  }
}
