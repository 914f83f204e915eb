import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { decoded, EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { isUuid } from '../../shared/kernel/ids';
import type { DossierReader, ReminderDue } from '../contracts';
import { dossierStream } from '../domain/dossier/dossier.decider';
import { dossierEvents } from '../domain/dossier/dossier.events';
import { foldDossierDocument, type DossierDocument } from './dossier-document';

/** Answers other contexts about booking files: from a file's own events, or the read model for lists. */
@Injectable()
export class DossierReaderImpl implements DossierReader {
  constructor(
    private readonly em: EntityManager,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async dossierOf(dossierId: string): Promise<DossierDocument | null> {
    if (!isUuid(dossierId)) return null;
    const recorded = await this.store.readStream(dossierStream(dossierId));
    const document = foldDossierDocument(recorded.map((r) => decoded(r, dossierEvents.decode(r))));
    return document?.deletedAt === null ? document : null;
  }

  async dueForReminder(now: Date, withinDays: number, limit: number, offset = 0): Promise<ReminderDue[]> {
    // "Today" is each file's own, where its accommodation is: a deposit due on the 12th is late from the 13th there.
    // An owner who releases unpaid options has the guest reminded by the release's notice, which
    // says when the option goes (`releaseStep`, the same rule): not by this plain reminder too.
    const rows = await this.em.fork().execute<{ kind: 'DEPOSIT' | 'BALANCE'; today: string; document: DossierDocument }[]>(
      `SELECT kind, to_char(today, 'YYYY-MM-DD') AS today, document FROM (
         SELECT 'DEPOSIT' AS kind, today, deposit_due_date::date AS due, document FROM (
           SELECT (CAST(? AS timestamptz) AT TIME ZONE time_zone)::date AS today, * FROM dossiers WHERE status = 'OPTION' AND deposit_cents > paid_cents
         ) options
         WHERE NOT EXISTS (SELECT 1 FROM option_release_settings s
                            WHERE s.id = options.owner_id AND GREATEST(options.deposit_due_date + s.after_days, options.today + 1) < options.arrival)
         UNION ALL
         SELECT 'BALANCE', (CAST(? AS timestamptz) AT TIME ZONE time_zone)::date, (document ->> 'balanceDueDate')::date, document
           FROM dossiers WHERE status = 'CONFIRMED' AND balance_cents > 0
       ) due
       WHERE (kind = 'DEPOSIT' AND due < today AND due >= today - CAST(? AS integer))
          OR (kind = 'BALANCE' AND due >= today AND due <= today + CAST(? AS integer))
       ORDER BY due, document ->> 'dossierId' LIMIT ? OFFSET ?`,
      [now.toISOString(), now.toISOString(), withinDays, withinDays, limit, offset],
    );
    return rows.map((row) => ({ kind: row.kind, today: row.today, dossier: row.document }));
  }
}
