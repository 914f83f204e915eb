import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { CalendarDate } from '../../shared/kernel/calendar-date';
import { isUuid } from '../../shared/kernel/ids';
import type { HeldSpan, NightSpan, PlannedHold, PlanningAvailability, PlanningExport } from '../contracts';
import { PlanningHoldRowSchema } from './planning-hold.row';

/**
 * A file's hold is an option until its row says otherwise (in the instant before the row exists);
 * nights held for a guest paying online come free if they do not pay.
 */
const OPTION = "(h.kind = 'PENDING_PAYMENT' OR (h.kind = 'DOSSIER' AND coalesce(d.status, 'OPTION') = 'OPTION'))";

/** Answers other contexts from the `planning_holds` read model, one indexed query per question. */
@Injectable()
export class PlanningAvailabilityImpl implements PlanningAvailability, PlanningExport {
  constructor(private readonly em: EntityManager) {}

  async takenNights(accommodationId: string, arrival: CalendarDate, departure: CalendarDate): Promise<NightSpan[]> {
    if (!isUuid(accommodationId) || arrival >= departure) return [];
    const holds = await this.em
      .fork()
      .find(
        PlanningHoldRowSchema,
        { accommodationId, arrival: { $lt: departure }, departure: { $gt: arrival } },
        { fields: ['arrival', 'departure'], orderBy: { arrival: 'asc' } },
      );
    return holds.map((hold) => ({ arrival: hold.arrival < arrival ? arrival : hold.arrival, departure: hold.departure > departure ? departure : hold.departure }));
  }

  async heldNights(accommodationId: string, arrival: CalendarDate, departure: CalendarDate): Promise<HeldSpan[]> {
    if (!isUuid(accommodationId) || arrival >= departure) return [];
    const rows = await this.em.fork().execute<{ arrival: string; departure: string; option: boolean }[]>(
      `SELECT to_char(greatest(h.arrival, CAST(? AS date)), 'YYYY-MM-DD') AS arrival, to_char(least(h.departure, CAST(? AS date)), 'YYYY-MM-DD') AS departure,
              ${OPTION} AS option
         FROM planning_holds h LEFT JOIN dossiers d ON d.id = h.dossier_id
        WHERE h.accommodation_id = ? AND h.arrival < ? AND h.departure > ?
        ORDER BY h.arrival`,
      [arrival, departure, accommodationId, departure, arrival],
    );
    return rows;
  }

  async holdsToExport(accommodationId: string, since: CalendarDate): Promise<PlannedHold[]> {
    if (!isUuid(accommodationId)) return [];
    const rows = await this.em.fork().execute<{ hold_id: string; dossier_id: string | null; kind: string; arrival: string; departure: string; option: boolean; held_at: Date }[]>(
      `SELECT h.id AS hold_id, h.dossier_id, h.kind, to_char(h.arrival, 'YYYY-MM-DD') AS arrival, to_char(h.departure, 'YYYY-MM-DD') AS departure, h.held_at,
              ${OPTION} AS option
         FROM planning_holds h LEFT JOIN dossiers d ON d.id = h.dossier_id
        WHERE h.accommodation_id = ? AND h.departure > ?
        ORDER BY h.arrival, h.id`,
      [accommodationId, since],
    );
    return rows.map((row) => ({ holdId: row.hold_id, dossierId: row.dossier_id, kind: row.kind, arrival: row.arrival, departure: row.departure, option: row.option, heldAt: new Date(row.held_at) }));
  }
}
