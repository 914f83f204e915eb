import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { handleCommand } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { WrongExpectedRevision } from '../../event-store/wrong-expected-revision.error';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { DomainError } from '../../shared/kernel/errors';
import { command } from '../../shared/kernel/message';
import { guestBookingDecider, guestBookingStream } from '../domain/guest-booking/guest-booking.decider';
import { PeriodicTask } from '../../shared/scheduling/periodic-task';
import { DEFAULT_GUEST_RETENTION_YEARS } from '../domain/settings/reservation-settings.decider';
import { FileErasure } from './guest-erasure';
import { DossierSteps } from './dossier-steps';
import { Inject } from '@nestjs/common';

const EVERY_MS = 6 * 3_600_000;
const BATCH = 200;
/**
 * An online booking never paid (or paid too late) has served its purpose once it ended: its guest
 * is erased a month on, time enough for a late payment to be given back or a question answered.
 */
export const ABANDONED_BOOKING_DAYS = 30;

export interface RetentionRound {
  /** Files whose guest was erased this round. */
  readonly erased: number;
  /** Files past their owner's period whose guest stays for now: money is still owed. */
  readonly kept: number;
  /** Online bookings that never became a file, their guest erased this round. */
  readonly abandoned: number;
  /** Files that could not be erased (an event their history cannot read): logged, tried again next round. */
  readonly failed: number;
}

/**
 * Anonymises the guests of files whose last stay ended more than their owner's retention period
 * ago (three years unless the owner chose otherwise), as RGPD art. 5 asks: the file keeps its
 * figures. Deleted files too: their events still hold the guest. A file with money still owed is passed over until it is settled; every step is the
 * file's decider's, so any number of instances may sweep at once.
 */
@Injectable()
export class GuestRetention implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(GuestRetention.name);
  private readonly task = new PeriodicTask(this.logger, 'Anonymising guests past their retention period', () => this.sweep());

  constructor(
    private readonly em: EntityManager,
    private readonly erasure: FileErasure,
    private readonly steps: DossierSteps,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.task.start(EVERY_MS);
  }

  onModuleDestroy(): Promise<void> {
    return this.task.stop();
  }

  async sweep(): Promise<RetentionRound> {
    // A day's margin on every side: the period is counted in years, the zones differ by hours.
    const today = new Date(this.clock.now().getTime() - 86_400_000).toISOString().slice(0, 10);
    let round: RetentionRound = { erased: 0, kept: 0, failed: 0, abandoned: await this.eraseAbandonedBookings() };
    for (let after: { departure: string; id: string } | null = null; ; ) {
      const page = await this.pastRetention(today, after);
      for (const file of page) {
        try {
          await this.eraseFile(file.owner_id, file.id);
          round = { ...round, erased: round.erased + 1 };
        } catch (error) {
          if (error instanceof DomainError) {
            round = { ...round, kept: round.kept + 1 };
            continue;
          }
          // One file whose history cannot be read must not keep every other owner's guests past
          // their period: named by id only (its error may quote its data), and tried again next round.
          this.logger.warn(`Could not anonymise the guest of file ${file.id} past its retention: ${error instanceof Error ? error.name : 'error'}`);
          round = { ...round, failed: round.failed + 1 };
        }
      }
      if (page.length < BATCH) break;
      const last = page[page.length - 1];
      after = { departure: last.departure, id: last.id };
    }
    if (round.erased + round.kept + round.abandoned + round.failed > 0) {
      this.logger.log(`Guests anonymised past their retention period: ${round.erased}; kept while money is owed: ${round.kept}; not erased, their history unreadable: ${round.failed}; of abandoned online bookings: ${round.abandoned}`);
    }
    return round;
  }

  /**
   * A file written to while its erasure was decided (a reminder, a payment) is decided again on
   * what it has become: the race is no reason to keep its guest, only a refusal is.
   */
  private async eraseFile(ownerId: string, dossierId: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.erasure.erase(ownerId, dossierId, 'RETENTION', { kind: 'system', id: 'guest-retention' });
        return;
      } catch (error) {
        if (!(error instanceof WrongExpectedRevision) || attempt >= 3) throw error;
      }
    }
  }

  /** The online bookings that ended without a file more than ABANDONED_BOOKING_DAYS ago, their guest erased; how many. */
  private async eraseAbandonedBookings(): Promise<number> {
    const now = this.clock.now();
    const before = new Date(now.getTime() - ABANDONED_BOOKING_DAYS * 86_400_000);
    let erased = 0;
    for (let after: { ended_at: Date; id: string } | null = null; ; ) {
      const page: { ended_at: Date; id: string }[] = await this.em
        .fork()
        .execute(
          'SELECT id, ended_at FROM abandoned_guest_bookings WHERE ended_at < ? AND (?::timestamptz IS NULL OR (ended_at, id) > (?::timestamptz, ?::uuid)) ORDER BY ended_at, id LIMIT ?',
          [before, after?.ended_at ?? null, after?.ended_at ?? null, after?.id ?? null, BATCH],
        );
      for (const { id } of page) {
        const context = this.steps.as({ kind: 'system', id: 'guest-retention' });
        const outcome = await handleCommand(this.store, guestBookingStream(id), guestBookingDecider, command('EraseAbandonedGuestBooking', { guestBookingId: id, now: now.toISOString() }), context);
        erased += outcome.events.length;
      }
      if (page.length < BATCH) return erased;
      after = page[page.length - 1];
    }
  }

  /** Files not erased (deleted ones too) whose last departure is further back than their owner's period, by departure then id after `after`. */
  private pastRetention(today: string, after: { departure: string; id: string } | null) {
    return this.em.fork().execute<{ id: string; owner_id: string; departure: string }[]>(
      `SELECT d.id, d.owner_id, to_char(d.departure, 'YYYY-MM-DD') AS departure
         FROM retention_files d LEFT JOIN guest_retention_settings r ON r.id = d.owner_id
        WHERE d.departure < (?::date - make_interval(years => COALESCE(r.years, ?)))::date
          AND (?::date IS NULL OR (d.departure, d.id) > (?::date, ?::uuid))
        ORDER BY d.departure, d.id
        LIMIT ?`,
      [today, DEFAULT_GUEST_RETENTION_YEARS, after?.departure ?? null, after?.departure ?? null, after?.id ?? null, BATCH],
    );
  }
}
