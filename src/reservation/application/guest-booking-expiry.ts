import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { handleCommand, type CommandContext } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../../shared/config/config';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { PeriodicTask } from '../../shared/scheduling/periodic-task';
import { sweepItem } from '../../shared/scheduling/sweep-item';
import { command } from '../../shared/kernel/message';
import { guestBookingDecider, guestBookingStream } from '../domain/guest-booking/guest-booking.decider';
import { PlanningHoldRowSchema, type PlanningHoldRow } from '../infrastructure/planning-hold.row';
import { DossierSteps } from './dossier-steps';
import { STRAY_AFTER_MS } from './stray-holds.sweeper';

/** How often held nights are looked at, unless the configuration says (`guestBookingSweepMs`; 0: only when asked). */
const EVERY_MS = 30_000;
const BATCH = 500;

/**
 * Gives back the nights held for guests who did not pay in time. The holds waiting for a payment
 * are few at any moment (the planning's read model lists them), so each is checked against its
 * booking's own stream, which alone says whether it expired: a payment that came meanwhile wins,
 * as it is decided on the same stream. A hold whose booking was never written (the process died
 * between the two) goes back too. Repeating any of it does nothing more, on any instance.
 */
@Injectable()
export class GuestBookingExpiry implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(GuestBookingExpiry.name);
  private readonly task = new PeriodicTask(this.logger, 'Expiring unpaid bookings', () => this.expireDue());

  constructor(
    private readonly em: EntityManager,
    private readonly steps: DossierSteps,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.task.start(this.config.guestBookingSweepMs ?? EVERY_MS);
  }

  onModuleDestroy(): Promise<void> {
    return this.task.stop();
  }

  /** Frees the nights of unpaid bookings past their time; answers how many holds went back. */
  async expireDue(): Promise<number> {
    const now = this.clock.now();
    let freed = 0;
    // Every held booking is looked at, page by page: one that cannot be expired yet never keeps the others waiting.
    for (let after: string | null = null; ; ) {
      const holds: PlanningHoldRow[] = await this.em
        .fork()
        .find(PlanningHoldRowSchema, { kind: 'PENDING_PAYMENT', ...(after ? { id: { $gt: after } } : {}) }, { orderBy: { id: 'asc' }, limit: BATCH });
      for (const hold of holds) {
        const context: CommandContext = { ...this.steps.as({ kind: 'system', id: 'guest-booking-expiry' }), now };
        // Another instance did it first, or the planning moved on: the next round looks again.
        if (await sweepItem(this.logger, `Hold ${hold.id} of a guest booking`, () => this.expire(hold, now, context))) freed++;
      }
      if (holds.length < BATCH) return freed;
      after = holds[holds.length - 1].id;
    }
  }

  private async expire(hold: { id: string; ownerId: string; accommodationId: string; dossierId: string | null; heldAt: Date }, now: Date, context: CommandContext): Promise<boolean> {
    const guestBookingId = hold.dossierId;
    const recorded = guestBookingId === null ? [] : await this.store.readStream(guestBookingStream(guestBookingId));
    if (recorded.length === 0 || guestBookingId === null) {
      if (now.getTime() - hold.heldAt.getTime() < STRAY_AFTER_MS) return false;
      await this.steps.release(hold.ownerId, hold.accommodationId, hold.id, context);
      this.logger.warn(`Released nights held for a guest booking that was never written (hold ${hold.id})`);
      return true;
    }
    const outcome = await handleCommand(this.store, guestBookingStream(guestBookingId), guestBookingDecider, command('ExpireGuestBooking', { guestBookingId, now: now.toISOString() }), context);
    const status = outcome.state?.status;
    if (status !== 'EXPIRED' && status !== 'LOST') return false;
    await this.steps.release(hold.ownerId, hold.accommodationId, hold.id, context);
    return true;
  }
}
