import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { loadState, type CommandContext } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { sweepItem } from '../../shared/scheduling/sweep-item';
import { dossierDecider, dossierStream } from '../domain/dossier/dossier.decider';
import { DossierRowSchema } from '../infrastructure/dossier.row';
import { PlanningHoldRowSchema } from '../infrastructure/planning-hold.row';
import { DossierSteps } from './dossier-steps';

/**
 * Far longer than any booking takes between holding its nights and writing its file: a hold
 * this old that its file does not know was left by a process that died in between.
 */
export const STRAY_AFTER_MS = 10 * 60_000;
const SWEEP_EVERY_MS = 60_000;
const BATCH = 100;

/**
 * Finishes what a process dying mid-change left undone; each step is otherwise done once, by the
 * handler. Every change to a file holds its nights first and undoes the hold if the file then
 * refuses, so a crash between the two leaves a hold no file knows: a stay's nights that moved
 * without the file are moved back to the stay's dates, and any other stray hold (a file never
 * opened, a stay never added, a file cancelled or deleted before its nights were freed) is
 * released. A file opened but never numbered gets its number.
 */
@Injectable()
export class StrayHoldsSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(StrayHoldsSweeper.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly em: EntityManager,
    private readonly steps: DossierSteps,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep().catch((error: unknown) => this.logger.warn(`Sweep failed: ${String(error)}`)), SWEEP_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /**
   * Settles the stray holds older than `STRAY_AFTER_MS`; answers how many it settled. Every
   * candidate is looked at, page by page: a hold that cannot be settled yet (its file's read model
   * behind, a history that cannot be read) never keeps the others waiting behind it, whoever owns them.
   */
  async sweep(): Promise<number> {
    const before = new Date(this.clock.now().getTime() - STRAY_AFTER_MS);
    let settled = await this.numberUnnumbered(before);
    for (let after: string | null = null; ; ) {
      // A hold whose file row does not list it, or whose file is cancelled; the streams are asked before anything is done.
      const page: { id: string }[] = await this.em.fork().getConnection().execute(
        `SELECT h.id FROM planning_holds h
          WHERE h.kind = 'DOSSIER' AND h.held_at < ?
            AND NOT EXISTS (SELECT 1 FROM dossiers d WHERE d.id = h.dossier_id AND d.status <> 'CANCELLED'
                              AND d.document -> 'stays' @> jsonb_build_array(jsonb_build_object('holdId', h.id::text)))
            AND (?::uuid IS NULL OR h.id > ?::uuid)
          ORDER BY h.id
          LIMIT ?`,
        [before, after, after, BATCH],
      );
      for (const { id } of page) {
        if (await sweepItem(this.logger, `Stray hold ${id}`, () => this.settle(id))) settled++;
      }
      if (page.length < BATCH) return settled;
      after = page[page.length - 1].id;
    }
  }

  /** Files opened long enough ago that their numbering cannot still be under way. */
  private async numberUnnumbered(before: Date): Promise<number> {
    let numbered = 0;
    for (let after: string | null = null; ; ) {
      const files: { id: string; ownerId: string }[] = await this.em
        .fork()
        .find(DossierRowSchema, { number: null, createdAt: { $lt: before }, ...(after ? { id: { $gt: after } } : {}) }, { fields: ['id', 'ownerId'], orderBy: { id: 'asc' }, limit: BATCH });
      for (const file of files) {
        const done = await sweepItem(this.logger, `Numbering of booking file ${file.id}`, async () => {
          await this.steps.finishNumbering(file.ownerId, file.id, this.context(file.id));
          return true;
        });
        if (done) {
          numbered++;
          this.logger.warn(`Numbered booking file ${file.id}, whose numbering was interrupted`);
        }
      }
      if (files.length < BATCH) return numbered;
      after = files[files.length - 1].id;
    }
  }

  private context(correlationId: string): CommandContext {
    return { actor: { kind: 'system', id: 'booking-recovery' }, now: this.clock.now(), correlationId, causationId: null };
  }

  private async settle(holdId: string): Promise<boolean> {
    const hold = await this.em.fork().findOne(PlanningHoldRowSchema, { id: holdId });
    if (!hold?.dossierId) return false;
    const dossier = await loadState(this.store, dossierStream(hold.dossierId), dossierDecider);
    const live = dossier && !dossier.deleted && dossier.status !== 'CANCELLED' ? dossier : null;
    if (live?.stays.some((s) => s.holdId === holdId)) return false;
    const context = this.context(hold.dossierId);
    const stay = live?.stays.find((s) => s.accommodationId === hold.accommodationId);
    const stayStillHeld = stay ? (await this.em.fork().count(PlanningHoldRowSchema, { id: stay.holdId })) > 0 : true;
    if (stay && !stayStillHeld) {
      await this.steps.move(hold.ownerId, hold.accommodationId, holdId, this.steps.holdOf(hold.dossierId, stay), context);
    } else {
      await this.steps.release(hold.ownerId, hold.accommodationId, holdId, context);
    }
    this.logger.warn(`Settled stray hold ${holdId} of booking file ${hold.dossierId}`);
    return true;
  }
}
