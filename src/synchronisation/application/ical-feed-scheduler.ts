import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { handleCommand, loadState, newCorrelation } from '../../event-store/command-handler';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../../shared/config/config';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { command } from '../../shared/kernel/message';
import { PeriodicTask } from '../../shared/scheduling/periodic-task';
import { icalFeedDecider, icalFeedStream } from '../domain/ical-feed/ical-feed.decider';
import { IcalImport } from './ical-import';
import { FEED_STATUSES, type FeedStatuses } from './ports';

/** Each instance looks for feeds due this often; a feed itself is fetched every 15 minutes or as set. */
const EVERY_MS = 60_000;
/** Feeds taken per look, and fetched at once: a slow platform holds one slot, not the others. */
const BATCH = 50;
const AT_ONCE = 4;
/** A feed not read successfully for more than this many of its intervals is flagged, and its owner told once. */
export const SILENT_AFTER_INTERVALS = 3;

/**
 * Fetches every feed when it is due, on whichever instance looks first: a feed is taken by one
 * statement that also sets its next time (see FeedStatuses.claimDue), so however many instances
 * run, each feed is fetched once per interval. Then flags the feeds gone silent.
 */
@Injectable()
export class IcalFeedScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(IcalFeedScheduler.name);
  private readonly task = new PeriodicTask(this.logger, 'Importing calendars', () => this.runDue());

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
    @Inject(FEED_STATUSES) private readonly statuses: FeedStatuses,
    private readonly imports: IcalImport,
  ) {}

  onApplicationBootstrap(): void {
    this.task.start(this.config.icalSyncMs ?? EVERY_MS);
  }

  onModuleDestroy(): Promise<void> {
    return this.task.stop();
  }

  /** Fetches the feeds due now; answers how many were taken. One feed's failure never stops the others. */
  async runDue(): Promise<number> {
    const due = await this.statuses.claimDue(this.clock.now(), BATCH);
    let next = 0;
    const worker = async () => {
      while (next < due.length) {
        const feedId = due[next++];
        await this.imports.sync(feedId).catch((error: unknown) => this.logger.warn(`Feed ${feedId} could not be imported: ${error instanceof Error ? error.name : 'error'}`));
      }
    };
    await Promise.all(Array.from({ length: Math.min(AT_ONCE, due.length) }, worker));
    await this.flagSilent();
    return due.length;
  }

  private async flagSilent(): Promise<void> {
    const now = this.clock.now();
    const silent = await this.statuses.silentSince(now, SILENT_AFTER_INTERVALS);
    const statuses = await this.statuses.statusesOf(silent);
    for (const feedId of silent) {
      const state = await loadState(this.store, icalFeedStream(feedId), icalFeedDecider);
      if (state.status !== 'ACTIVE') continue;
      const status = statuses.get(feedId);
      await handleCommand(
        this.store,
        icalFeedStream(feedId),
        icalFeedDecider,
        command('FlagIcalFeedSilent', {
          feedId,
          ownerId: state.ownerId,
          accommodationId: state.accommodationId,
          label: state.label,
          lastSuccessAt: status?.lastSuccessAt?.toISOString() ?? null,
          flaggedAt: now.toISOString(),
        }),
        newCorrelation({ kind: 'system', id: 'ical-import' }, now),
      );
      await this.statuses.setSilent(feedId, true);
    }
  }
}
