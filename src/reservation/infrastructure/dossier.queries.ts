import { EntityManager } from '@mikro-orm/postgresql';
import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { decoded, EVENT_STORE, type DecodedEvent, type EventStore, type RecordedEvent } from '../../event-store/event-store.port';
import { comparePositions } from '../../event-store/position';
import { paymentsStream } from '../../paiement/contracts';
import { addDays, calendarDate, daysBetween, type CalendarDate } from '../../shared/kernel/calendar-date';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { InvalidInput } from '../../shared/kernel/errors';
import { isUuid } from '../../shared/kernel/ids';
import { dossierStream } from '../domain/dossier/dossier.decider';
import { DossierNotFound } from '../domain/dossier/dossier.errors';
import { dossierEvents, type DossierEvent } from '../domain/dossier/dossier.events';
import { foldDossierDocument, type DossierDocument } from './dossier-document';
import { dossierPage, type DossierFilter, type DossierOrder, type DossierPage } from './dossier-listing';

/** One of the caller's files from the read model; null when there is none (or it is another owner's, or deleted). */
export class GetDossier extends Query<DossierDocument | null> {
  constructor(
    readonly ownerId: string,
    readonly dossierId: string,
  ) {
    super();
  }
}

/**
 * One of the caller's files folded from its own stream: what a change answers when the read
 * model has not caught up yet, so the caller sees the change that happened, never a stale file.
 */
export class GetDossierFromEvents extends Query<DossierDocument | null> {
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
    readonly order: DossierOrder = 'ARRIVAL',
  ) {
    super();
  }
}

/**
 * The files with a stay arriving (or leaving) on a day, or from `date` to `to` (both included),
 * cancelled ones left out: by that day, then number.
 */
export class DossiersOnDay extends Query<DossierDocument[]> {
  constructor(
    readonly ownerId: string,
    readonly date: string,
    readonly moment: 'ARRIVAL' | 'DEPARTURE',
    readonly to: string | null = null,
  ) {
    super();
  }
}

/** Three months of arrivals or departures at once: a season's page, not a year's. */
export const MAX_DAYS_LISTED = 93;

/** Options whose deposit is past due today, each on its accommodation's calendar: whom to remind. */
export class DepositReminders extends Query<DossierDocument[]> {
  constructor(readonly ownerId: string) {
    super();
  }
}

export interface HistoryEntry {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly stream: string;
  readonly occurredAt: string;
  readonly actor: string;
  /** As stored, in the version it was written with: audit shows what was recorded. */
  readonly data: Record<string, unknown>;
}

/** Every event of a file and of its payments, oldest first, with who and when; deleted files too. */
export class GetDossierHistory extends Query<HistoryEntry[]> {
  constructor(
    readonly ownerId: string,
    readonly dossierId: string,
  ) {
    super();
  }
}

/** The file rebuilt from its events as it stood at an instant; null if it did not exist yet. */
export class GetDossierAsOf extends Query<DossierDocument | null> {
  constructor(
    readonly ownerId: string,
    readonly dossierId: string,
    readonly at: Date,
  ) {
    super();
  }
}

const MAX_DAY_LIST = 500;

/** The days from `date` to `to`, both included; `date` alone without `to`. */
function listedDays(date: string, to: string | null): CalendarDate[] {
  const first = calendarDate('date', date);
  if (to === null) return [first];
  const count = daysBetween(first, calendarDate('to', to)) + 1;
  if (count < 1) throw new InvalidInput('to', 'must be on or after date');
  if (count > MAX_DAYS_LISTED) throw new InvalidInput('to', `arrivals and departures may span at most ${MAX_DAYS_LISTED} days`);
  return Array.from({ length: count }, (_, i) => addDays(first, i));
}

@QueryHandler(GetDossier)
export class GetDossierHandler implements IQueryHandler<GetDossier> {
  constructor(private readonly em: EntityManager) {}

  async execute({ ownerId, dossierId }: GetDossier): Promise<DossierDocument | null> {
    if (!isUuid(dossierId)) return null;
    // Every change answers through here: the document alone, without the ORM's hydration.
    const [row] = await this.em.fork().execute<{ document: DossierDocument }[]>('SELECT document FROM dossiers WHERE id = ? AND owner_id = ?', [dossierId, ownerId]);
    return row?.document ?? null;
  }
}

@QueryHandler(ListDossiers)
export class ListDossiersHandler implements IQueryHandler<ListDossiers> {
  constructor(private readonly em: EntityManager) {}

  execute({ ownerId, filter, first, after, order }: ListDossiers): Promise<DossierPage> {
    return dossierPage(this.em.fork(), ownerId, filter, first, after, order);
  }
}

@QueryHandler(DossiersOnDay)
export class DossiersOnDayHandler implements IQueryHandler<DossiersOnDay> {
  constructor(private readonly em: EntityManager) {}

  execute({ ownerId, date, moment, to }: DossiersOnDay): Promise<DossierDocument[]> {
    return filesOnDays(this.em.fork(), ownerId, moment === 'ARRIVAL' ? 'stay_arrivals' : 'stay_departures', listedDays(date, to), MAX_DAY_LIST);
  }
}

/**
 * The owner's files with a stay arriving (or leaving) on one of `days`, cancelled ones left out:
 * by the first of those days they have, then number.
 */
export async function filesOnDays(
  em: EntityManager,
  ownerId: string,
  column: 'stay_arrivals' | 'stay_departures',
  days: readonly CalendarDate[],
  limit: number,
): Promise<DossierDocument[]> {
  const listed = `{${days.join(',')}}`;
  const rows = await em.execute<{ document: DossierDocument }[]>(
    `SELECT document FROM dossiers
      WHERE owner_id = ? AND status <> 'CANCELLED' AND ${column} && CAST(? AS text[])
      ORDER BY (SELECT min(d) FROM unnest(${column}) AS d WHERE d = ANY(CAST(? AS text[]))), number LIMIT ?`,
    [ownerId, listed, listed, limit],
  );
  return rows.map((row) => row.document);
}

@QueryHandler(DepositReminders)
export class DepositRemindersHandler implements IQueryHandler<DepositReminders> {
  constructor(
    private readonly em: EntityManager,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ ownerId }: DepositReminders): Promise<DossierDocument[]> {
    // A deposit due "on the 12th" is late from the 13th where the accommodation is.
    const rows = await this.em.fork().execute<{ document: DossierDocument }[]>(
      `SELECT document FROM dossiers
        WHERE owner_id = ? AND status = 'OPTION' AND deposit_due_date < (CAST(? AS timestamptz) AT TIME ZONE time_zone)::date
        ORDER BY deposit_due_date, number LIMIT ?`,
      [ownerId, this.clock.now().toISOString(), MAX_DAY_LIST],
    );
    return rows.map((row) => row.document);
  }
}

/** The file's stream, refused (NOT_FOUND) when the file is not the caller's: its opening says whose it is. */
async function ownStream(store: EventStore, ownerId: string, dossierId: string): Promise<RecordedEvent[]> {
  if (!isUuid(dossierId)) throw new DossierNotFound(dossierId);
  const recorded = await store.readStream(dossierStream(dossierId));
  const opened = recorded[0] && dossierEvents.decode(recorded[0]);
  if (opened?.type !== 'DossierOpened' || opened.data.ownerId !== ownerId) throw new DossierNotFound(dossierId);
  return recorded;
}

async function ownEvents(store: EventStore, ownerId: string, dossierId: string): Promise<DecodedEvent<DossierEvent>[]> {
  return (await ownStream(store, ownerId, dossierId)).map((r) => decoded(r, dossierEvents.decode(r)));
}

@QueryHandler(GetDossierFromEvents)
export class GetDossierFromEventsHandler implements IQueryHandler<GetDossierFromEvents> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ ownerId, dossierId }: GetDossierFromEvents): Promise<DossierDocument | null> {
    const document = foldDossierDocument(await ownEvents(this.store, ownerId, dossierId));
    return document?.deletedAt === null ? document : null;
  }
}

@QueryHandler(GetDossierHistory)
export class GetDossierHistoryHandler implements IQueryHandler<GetDossierHistory> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ ownerId, dossierId }: GetDossierHistory): Promise<HistoryEntry[]> {
    const [recorded, payments] = await Promise.all([ownStream(this.store, ownerId, dossierId), this.store.readStream(paymentsStream(dossierId))]);
    return [...recorded, ...payments]
      .sort((a, b) => comparePositions(a.position, b.position))
      .map((e) => ({
        eventId: e.id,
        type: e.type,
        schemaVersion: e.schemaVersion,
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

  async execute({ ownerId, dossierId, at }: GetDossierAsOf): Promise<DossierDocument | null> {
    if (Number.isNaN(at.getTime())) throw new InvalidInput('at', 'must be an instant');
    const events = await ownEvents(this.store, ownerId, dossierId);
    return foldDossierDocument(events.filter((e) => new Date(e.metadata.occurredAt).getTime() <= at.getTime()));
  }
}
