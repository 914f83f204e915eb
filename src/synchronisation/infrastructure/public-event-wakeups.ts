import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { FollowerRunner } from '../../event-store/following/follower-runner';
import { AppendNotifier } from '../../event-store/postgres/append-notifier';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../../shared/config/config';
import { INTEGRATION_EVENTS, INTEGRATION_EVENTS_CHANNEL } from './integration-events.writer';

/**
 * Wakes this instance's subscriptions when public events were written: at once when this
 * instance wrote them, through LISTEN/NOTIFY when another did. A wake-up only says "read again":
 * readers read the table from their cursor, so a notification lost in a reconnect costs a delay
 * (the readers' own poll), never an event.
 */
@Injectable()
export class PublicEventWakeups implements OnModuleDestroy {
  private readonly notifier: AppendNotifier;
  private readonly stopListening: () => void;

  constructor(@Inject(RUNTIME_CONFIG) config: RuntimeConfig, runner: FollowerRunner) {
    this.notifier = new AppendNotifier({ connectionString: config.databaseUrl }, INTEGRATION_EVENTS_CHANNEL);
    this.stopListening = runner.onAdvance((name) => {
      if (name === INTEGRATION_EVENTS) this.notifier.wakeAll();
    });
  }

  /** Listens for as long as the handle is not ended. */
  subscribe(): { end(): void } {
    return this.notifier.subscribe();
  }

  get generation(): number {
    return this.notifier.generation;
  }

  /** Up to `ms`, or less: a wake-up since `seen`, or `abort`. */
  sleep(ms: number, seen: number, abort: AbortSignal): Promise<void> {
    if (abort.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        abort.removeEventListener('abort', done);
        resolve();
      };
      abort.addEventListener('abort', done);
      void this.notifier.sleep(ms, seen).then(done);
    });
  }

  async onModuleDestroy(): Promise<void> {
    this.stopListening();
    await this.notifier.close();
  }
}
