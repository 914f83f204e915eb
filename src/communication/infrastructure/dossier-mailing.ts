import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Position } from '../../event-store/position';
import { isUuid } from '../../shared/kernel/ids';
import type { Lang } from '../../shared/kernel/lang';
import { SendDossierDocument } from '../application/send-dossier-document.handler';
import type { QueuedEmails } from '../application/dossier-emails';
import { TERMS_MISSING_WARNING, type DossierMailing, type SentEmailStatus, type SentEmailView } from '../contracts';
import { EmailRowSchema } from './email.row';

/** A file's emails are few: a long-lived file with every reminder stays far under this. */
const MAX_EMAILS_PER_FILE = 200;

@Injectable()
export class DossierMailingImpl implements DossierMailing {
  constructor(
    private readonly commands: CommandBus,
    private readonly em: EntityManager,
  ) {}

  async sendDocument(ownerId: string, dossierId: string, lang: Lang | null): Promise<{ warnings: string[]; position: Position | null }> {
    const queued: QueuedEmails = await this.commands.execute(new SendDossierDocument(ownerId, dossierId, lang));
    return { warnings: queued.termsMissing ? [TERMS_MISSING_WARNING] : [], position: queued.position };
  }

  async emailsOf(dossierId: string): Promise<SentEmailView[]> {
    if (!isUuid(dossierId)) return [];
    const rows = await this.em.fork().find(EmailRowSchema, { dossierId }, { orderBy: { queuedAt: 'desc', id: 'asc' }, limit: MAX_EMAILS_PER_FILE });
    return rows.map((row) => ({
      emailId: row.id,
      kind: row.kind,
      recipient: row.recipient === 'OWNER' ? 'OWNER' : 'GUEST',
      copy: row.copy,
      to: row.to,
      subject: row.subject,
      status: row.status as SentEmailStatus,
      attempts: row.attempts,
      queuedAt: row.queuedAt,
      at: row.updatedAt,
      error: row.error,
    }));
  }
}
