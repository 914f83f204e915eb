import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { SentEmails } from '../application/ports';
import { EmailRowSchema } from './email.row';

/** From the outbox's read model: an email just queued may not show yet, and queueing it again is no change. */
@Injectable()
export class SentEmailsReadModel implements SentEmails {
  constructor(private readonly em: EntityManager) {}

  async existing(emailIds: readonly string[]): Promise<ReadonlySet<string>> {
    if (emailIds.length === 0) return new Set();
    const rows = await this.em.fork().find(EmailRowSchema, { id: { $in: [...emailIds] } }, { fields: ['id'] });
    return new Set(rows.map((row) => row.id));
  }

  async aboutDossier(dossierId: string): Promise<string[]> {
    const rows = await this.em.fork().find(EmailRowSchema, { dossierId }, { fields: ['id'], orderBy: { queuedAt: 'asc', id: 'asc' } });
    return rows.map((row) => row.id);
  }
}
