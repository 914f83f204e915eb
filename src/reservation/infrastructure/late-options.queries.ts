import { EntityManager } from '@mikro-orm/postgresql';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { LateOptionsOfReleasingOwners, type LateOption } from '../application/unpaid-options-release';

@QueryHandler(LateOptionsOfReleasingOwners)
export class LateOptionsOfReleasingOwnersHandler implements IQueryHandler<LateOptionsOfReleasingOwners> {
  constructor(private readonly em: EntityManager) {}

  /**
   * Leaves out the options already told of a release day still ahead: the round comes every
   * quarter of an hour, and each option listed costs a read of its whole stream. A notice about
   * another due date (the owner gave more time) lists it again. The file's decider still judges
   * each one listed, the read model being possibly behind it.
   */
  execute({ now, limit, after }: LateOptionsOfReleasingOwners): Promise<LateOption[]> {
    const instant = now.toISOString();
    return this.em.fork().execute<LateOption[]>(
      `SELECT d.id AS "dossierId", d.owner_id AS "ownerId", s.after_days AS "afterDays"
         FROM option_release_settings s JOIN dossiers d ON d.owner_id = s.id
        WHERE d.status = 'OPTION' AND d.deposit_cents > d.paid_cents
          AND d.deposit_due_date < (CAST(? AS timestamptz) AT TIME ZONE d.time_zone)::date
          AND d.arrival > (CAST(? AS timestamptz) AT TIME ZONE d.time_zone)::date
          AND (d.document->'releaseNotice'->>'depositDueDate' IS DISTINCT FROM to_char(d.deposit_due_date, 'YYYY-MM-DD')
            OR CAST(d.document->'releaseNotice'->>'releaseOn' AS date) <= (CAST(? AS timestamptz) AT TIME ZONE d.time_zone)::date)
          AND d.id > CAST(? AS uuid)
        ORDER BY d.id LIMIT ?`,
      [instant, instant, instant, after ?? '00000000-0000-0000-0000-000000000000', limit],
    );
  }
}
