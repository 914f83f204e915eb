import { EntityManager } from '@mikro-orm/postgresql';
import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { assertCallerOwns, CATALOGUE_QUERIES, type CatalogueQueries } from '../../catalogue/contracts';
import { addDays, dayRange, type CalendarDate } from '../../shared/kernel/calendar-date';
import type { Money } from '../../shared/kernel/money';
import { MAX_PLANNING_DAYS, QUOTE_SERVICE, type QuoteService } from '../../tarification/contracts';
import type { Origin } from '../domain/dossier/dossier';
import { DossierRowSchema } from '../infrastructure/dossier.row';
import { PlanningConflictRowSchema } from '../infrastructure/planning-conflict.row';
import { PlanningHoldRowSchema } from '../infrastructure/planning-hold.row';

export const PLANNING_STATES = ['FREE', 'BLOCKED', 'PENDING_PAYMENT', 'OPTION', 'CONFIRMED', 'PAID', 'IMPORTED'] as const;
export type PlanningState = (typeof PLANNING_STATES)[number];

export interface PlanningDay {
  readonly date: CalendarDate;
  readonly state: PlanningState;
  readonly holdId: string | null;
  readonly dossierId: string | null;
  readonly guestName: string | null;
  readonly reason: string | null;
  readonly origin: Origin | null;
  readonly conflict: boolean;
  readonly nightlyPrice: Money | null;
}

/** A held file is an option until its row says otherwise (in the instant before the row exists). */
const planningStateOf = (status: string | undefined): PlanningState => (status === 'CONFIRMED' || status === 'PAID' ? status : 'OPTION');

/** Each night of one of the caller's accommodations from `from` to `to` (exclusive). */
export class GetPlanning extends Query<PlanningDay[]> {
  constructor(
    readonly ownerId: string,
    readonly accommodationId: string,
    readonly from: string,
    readonly to: string,
  ) {
    super();
  }
}

@QueryHandler(GetPlanning)
export class GetPlanningHandler implements IQueryHandler<GetPlanning> {
  constructor(
    private readonly em: EntityManager,
    @Inject(CATALOGUE_QUERIES) private readonly catalogue: CatalogueQueries,
    @Inject(QUOTE_SERVICE) private readonly quotes: QuoteService,
  ) {}

  async execute({ ownerId, accommodationId, from, to }: GetPlanning): Promise<PlanningDay[]> {
    const { first, end } = dayRange(from, to, MAX_PLANNING_DAYS, 'a planning may show');
    await assertCallerOwns(this.catalogue, ownerId, accommodationId);
    const touching = { accommodationId, arrival: { $lt: end }, departure: { $gt: first } };
    const [holds, conflicts, prices] = await Promise.all([
      this.em.fork().find(PlanningHoldRowSchema, touching),
      this.em.fork().find(PlanningConflictRowSchema, touching, { fields: ['arrival', 'departure'] }),
      this.quotes.nightlyPrices(accommodationId, first, end),
    ]);
    const dossierIds = [...new Set(holds.map((h) => h.dossierId).filter((id): id is string => id !== null))];
    const files = dossierIds.length === 0 ? [] : await this.em.fork().find(DossierRowSchema, { id: { $in: dossierIds }, ownerId }, { fields: ['id', 'status', 'guestName', 'origin'] });
    const fileOf = new Map(files.map((f) => [f.id, f]));
    const byDay = new Map<CalendarDate, (typeof holds)[number]>();
    for (const hold of holds) {
      for (let date = hold.arrival < first ? first : hold.arrival; date < hold.departure && date < end; date = addDays(date, 1)) byDay.set(date, hold);
    }
    return prices.map(({ date, price }) => {
      const hold = byDay.get(date) ?? null;
      const file = hold?.dossierId ? fileOf.get(hold.dossierId) : undefined;
      const imported = hold?.kind === 'IMPORTED';
      return {
        date,
        state: hold === null ? 'FREE' : hold.kind === 'BLOCK' ? 'BLOCKED' : hold.kind === 'PENDING_PAYMENT' ? 'PENDING_PAYMENT' : imported ? 'IMPORTED' : planningStateOf(file?.status),
        holdId: hold?.id ?? null,
        dossierId: hold?.dossierId ?? null,
        guestName: file?.guestName ?? null,
        reason: hold?.reason ?? null,
        origin: imported ? 'ICAL' : ((file?.origin as Origin | undefined) ?? (hold?.kind === 'PENDING_PAYMENT' ? 'ONLINE' : null)),
        conflict: conflicts.some((c) => c.arrival <= date && date < c.departure),
        nightlyPrice: price,
      };
    });
  }
}
