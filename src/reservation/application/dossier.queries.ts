import { EntityManager } from '@mikro-orm/postgresql';
import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { fold } from '../../shared/kernel/decider';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '../../event-store/event-store.port';
import { comparePositions } from '../../event-store/position';
import { paymentsStream } from '../../paiement/contracts';
import { calendarDate, localDayAndHour } from '../../shared/kernel/calendar-date';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { InvalidInput } from '../../shared/kernel/errors';
import { isUuid } from '../../shared/kernel/ids';
import { withTotals, type DossierView } from '../domain/dossier/dossier';
import { dossierDecider, dossierStream, type DossierEvent } from '../domain/dossier/dossier.decider';
import { DossierNotFound } from '../domain/dossier/dossier.errors';
import { DossierRowSchema, type DossierRow } from '../infrastructure/dossier.row';
import { dossierPage, type DossierFilter, type DossierPage } from '../infrastructure/dossier-listing';

export type { DossierView };

/** One of the caller's files; null when there is none (or it is another owner's, or deleted). */
export class GetDossier extends Query<DossierView | null> {
  constructor(
    readonly ownerId: string,
    readonly dossierId: string,
  ) {
    super();
  }
}

export class ListDossiers extends Query<DossierPage> {
  constructor(
    readonly ownerId: string,
    readonly filter: DossierFilter,
    readonly first: number | null,
    readonly after: string | null,
  ) {
    super();
  }
}

/** The files with a stay arriving (or leaving) on a day, cancelled ones left out. */
export class DossiersOnDay extends Query<DossierView[]> {
  constructor(
    readonly ownerId: string,
    readonly date: string,
    readonly moment: 'ARRIVAL' | 'DEPARTURE',
  ) {
    super();
  }
}

/** Options whose deposit is past due today: whom to remind. */
export class DepositReminders extends Query<DossierView[]> {
  constructor(readonly ownerId: string) {
    super();
  }
}

export interface HistoryEntry {
  readonly eventId: string;
  readonly type: string;
  readonly stream: string;
  readonly occurredAt: string;
  readonly actor: string;
  readonly data: Record<string, unknown>;
}

/** Every event of a file and of its payments, oldest first, with who and when. */
export class GetDossierHistory extends Query<HistoryEntry[]> {
  constructor(
    readonly ownerId: string,
    readonly dossierId: string,
  ) {
    super();
  }
}

/** The file rebuilt from its events as it stood at an instant; null if it did not exist yet. */
export class GetDossierAsOf extends Query<DossierView | null> {
  constructor(
    readonly ownerId: string,
    readonly dossierId: string,
    readonly at: Date,
  ) {
    super();
  }
}

const MAX_DAY_LIST = 500;

@QueryHandler(GetDossier)
export class GetDossierHandler implements IQueryHandler<GetDossier> {
  constructor(private readonly em: EntityManager) {}

  async execute({ ownerId, dossierId }: GetDossier): Promise<DossierView | null> {
    if (!isUuid(dossierId)) return null;
    const row = await this.em.fork().findOne(DossierRowSchema, { id: dossierId, ownerId });
    return row && withTotals(row.document);
  }
}

@QueryHandler(ListDossiers)
export class ListDossiersHandler implements IQueryHandler<ListDossiers> {
  constructor(private readonly em: EntityManager) {}

  execute({ ownerId, filter, first, after }: ListDossiers): Promise<DossierPage> {
    return dossierPage(this.em.fork(), ownerId, filter, first, after);
  }
}

@QueryHandler(DossiersOnDay)
export class DossiersOnDayHandler implements IQueryHandler<DossiersOnDay> {
  constructor(private readonly em: EntityManager) {}

  async execute({ ownerId, date, moment }: DossiersOnDay): Promise<DossierView[]> {
    const day = calendarDate('date', date);
    const rows = await this.em.fork().find(
      DossierRowSchema,
      { ownerId, status: { $ne: 'CANCELLED' }, [moment === 'ARRIVAL' ? 'stayArrivals' : 'stayDepartures']: { $overlap: [day] } },
      { orderBy: { number: 'asc' }, limit: MAX_DAY_LIST },
    );
    return rows.map((row: DossierRow) => withTotals(row.document));
  }
}

@QueryHandler(DepositReminders)
export class DepositRemindersHandler implements IQueryHandler<DepositReminders> {
  constructor(
    private readonly em: EntityManager,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ ownerId }: DepositReminders): Promise<DossierView[]> {
    // Owners are in France: a deposit due "on the 12th" is late from the 13th, Paris time.
    const today = localDayAndHour(this.clock.now(), 'Europe/Paris').date;
    const rows = await this.em.fork().find(DossierRowSchema, { ownerId, status: 'OPTION', depositDueDate: { $lt: today } }, { orderBy: { depositDueDate: 'asc', number: 'asc' }, limit: MAX_DAY_LIST });
    return rows.map((row) => withTotals(row.document));
  }
}

/** The file's events from its own stream, refused (NOT_FOUND) when it is not the caller's. */
async function auditedEvents(store: EventStore, ownerId: string, dossierId: string): Promise<RecordedEvent[]> {
  if (!isUuid(dossierId)) throw new DossierNotFound(dossierId);
  const events = await store.readStream(dossierStream(dossierId));
  const dossier = fold(dossierDecider, events as unknown as DossierEvent[]);
  if (dossier === null || dossier.ownerId !== ownerId) throw new DossierNotFound(dossierId);
  return events;
}

@QueryHandler(GetDossierHistory)
export class GetDossierHistoryHandler implements IQueryHandler<GetDossierHistory> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ ownerId, dossierId }: GetDossierHistory): Promise<HistoryEntry[]> {
    const [events, payments] = await Promise.all([auditedEvents(this.store, ownerId, dossierId), this.store.readStream(paymentsStream(dossierId))]);
    return [...events, ...payments]
      .sort((a, b) => comparePositions(a.position, b.position))
      .map((e) => ({
        eventId: e.id,
        type: e.type,
        stream: e.streamName,
        occurredAt: e.metadata.occurredAt,
        actor: e.metadata.actor.id === undefined ? e.metadata.actor.kind : `${e.metadata.actor.kind}:${e.metadata.actor.id}`,
        data: e.data,
      }));
  }
}

@QueryHandler(GetDossierAsOf)
export class GetDossierAsOfHandler implements IQueryHandler<GetDossierAsOf> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ ownerId, dossierId, at }: GetDossierAsOf): Promise<DossierView | null> {
    if (Number.isNaN(at.getTime())) throw new InvalidInput('at', 'must be an instant');
    const events = await auditedEvents(this.store, ownerId, dossierId);
    const then = events.filter((e) => new Date(e.metadata.occurredAt).getTime() <= at.getTime());
    const dossier = fold(dossierDecider, then as unknown as DossierEvent[]);
    return dossier === null || dossier.deleted ? null : withTotals(dossier);
  }
}
