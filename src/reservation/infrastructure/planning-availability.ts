import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { CalendarDate } from '../../shared/kernel/calendar-date';
import { isUuid } from '../../shared/kernel/ids';
import type { NightSpan, PlanningAvailability } from '../contracts';
import { PlanningHoldRowSchema } from './planning-hold.row';

/** Answers other contexts from the `planning_holds` read model, one indexed query per question. */
@Injectable()
export class PlanningAvailabilityImpl implements PlanningAvailability {
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
}
