import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { CATALOGUE_QUERIES, type CatalogueQueries } from '../../catalogue/contracts';
import { handleCommand, type CommandContext } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import type { Position } from '../../event-store/position';
import type { CalendarDate } from '../../shared/kernel/calendar-date';
import { isUuid } from '../../shared/kernel/ids';
import { command } from '../../shared/kernel/message';
import type { ImportedStay, PlanningConflict, PlanningImports } from '../contracts';
import { planningDecider, planningStream } from '../domain/planning/planning.decider';
import { PlanningConflictRowSchema } from '../infrastructure/planning-conflict.row';
import { PLANNING_ATTEMPTS } from './dossier-steps';

/** Most conflicts one answer lists: an owner with more has a feed to look at, not a list to read. */
const MAX_CONFLICTS = 500;

/** Another platform's stays on an accommodation's planning, for Synchronisation (see the contract). */
@Injectable()
export class PlanningImportsImpl implements PlanningImports {
  constructor(
    private readonly em: EntityManager,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CATALOGUE_QUERIES) private readonly catalogue: CatalogueQueries,
  ) {}

  async sync(ownerId: string, accommodationId: string, source: string, label: string, stays: readonly ImportedStay[], release: readonly string[], context: CommandContext): Promise<Position | null> {
    const owners = await this.catalogue.ownersOfAccommodations([accommodationId]);
    const holds = stays.map((stay) => ({ ...stay, kind: 'IMPORTED' as const, dossierId: null, reason: label }));
    const outcome = await handleCommand(
      this.store,
      planningStream(accommodationId),
      planningDecider,
      command('SyncImportedHolds', { accommodationId, ownerId, accommodationOwnerId: owners.get(accommodationId) ?? null, today: context.now.toISOString().slice(0, 10), source, holds, release }),
      context,
      { maxAttempts: PLANNING_ATTEMPTS },
    );
    return outcome.position;
  }

  async conflicts(ownerId: string, accommodationId: string | null, since: CalendarDate): Promise<PlanningConflict[]> {
    if (accommodationId !== null && !isUuid(accommodationId)) return [];
    const rows = await this.em.fork().find(
      PlanningConflictRowSchema,
      { ownerId, departure: { $gt: since }, ...(accommodationId !== null ? { accommodationId } : {}) },
      { orderBy: { arrival: 'asc', id: 'asc' }, limit: MAX_CONFLICTS },
    );
    return rows.map((row) => ({
      holdId: row.id,
      accommodationId: row.accommodationId,
      source: row.source,
      label: row.label,
      arrival: row.arrival,
      departure: row.departure,
      clash: { holdId: row.clashHoldId, kind: row.clashKind, dossierId: row.clashDossierId, arrival: row.clashArrival, departure: row.clashDeparture },
      since: row.since,
    }));
  }
}
