import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { Query, QueryBus } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { command } from '../../shared/kernel/message';
import { PeriodicTask } from '../../shared/scheduling/periodic-task';
import { sweepItem } from '../../shared/scheduling/sweep-item';
import { DossierSteps } from './dossier-steps';

/** An option the release sweep decides on, with its owner's setting. */
export interface LateOption {
  readonly dossierId: string;
  readonly ownerId: string;
  readonly afterDays: number;
}

/**
 * Across owners who release unpaid options, a page of their options late on their deposit at
 * `now` (each on its accommodation's calendar) whose stay is still ahead, by id after `after`.
 * What to do with each is the file's own decider's to say, on the file as it stands.
 */
export class LateOptionsOfReleasingOwners extends Query<LateOption[]> {
  constructor(
    readonly now: Date,
    readonly limit: number,
    readonly after: string | null,
  ) {
    super();
  }
}

const EVERY_MS = 15 * 60_000;
const BATCH = 200;

export interface ReleaseRound {
  /** Guests told when their option goes. */
  readonly noticed: number;
  /** Options released. */
  readonly released: number;
}

/**
 * For owners who want it, releases options whose deposit stays unpaid: on the first round after
 * the due date passed (where the accommodation is) the file records the day it goes, which makes
 * Communication remind the guest, saying so; on that day, still an unpaid option, the file is
 * cancelled and its nights freed. Every step is the file's decider's, on the file's own stream at
 * its revision, so any number of instances may run this at once and a round seen twice does
 * nothing more. Nights a crash left held after the cancellation are freed by the recovery.
 */
@Injectable()
export class UnpaidOptionsRelease implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(UnpaidOptionsRelease.name);
  private readonly task = new PeriodicTask(this.logger, 'Releasing unpaid options', () => this.releaseDue());

  constructor(
    private readonly queries: QueryBus,
    private readonly steps: DossierSteps,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.task.start(EVERY_MS);
  }

  onModuleDestroy(): Promise<void> {
    return this.task.stop();
  }

  async releaseDue(): Promise<ReleaseRound> {
    const now = this.clock.now();
    let round: ReleaseRound = { noticed: 0, released: 0 };
    for (let after: string | null = null; ; ) {
      const page: LateOption[] = await this.queries.execute(new LateOptionsOfReleasingOwners(now, BATCH, after));
      for (const option of page) {
        // Another instance took that step first, or the file refuses it (a rule changed): the next round looks again.
        const stepped = await sweepItem(this.logger, `Option ${option.dossierId}`, () => this.step(option, now), { logRefusals: true });
        if (stepped) round = add(round, stepped);
      }
      if (page.length < BATCH) return round;
      after = page[page.length - 1].dossierId;
    }
  }

  private async step({ dossierId, ownerId, afterDays }: LateOption, now: Date): Promise<ReleaseRound> {
    const context = { ...this.steps.as({ kind: 'system', id: 'option-release' }), now };
    const outcome = await this.steps.decide(command('ReleaseUnpaidOption', { dossierId, ownerId, afterDays, now: now.toISOString() }), context);
    await this.steps.freeNightsIfEnded(ownerId, outcome, context);
    const types = outcome.events.map((e) => e.type);
    return { noticed: types.includes('OptionReleaseScheduled') ? 1 : 0, released: types.includes('OptionReleased') ? 1 : 0 };
  }
}

const add = (a: ReleaseRound, b: ReleaseRound): ReleaseRound => ({ noticed: a.noticed + b.noticed, released: a.released + b.released });
