import type { Logger } from '@nestjs/common';

/**
 * A background job run every few seconds or minutes in each instance (expiries, reminders,
 * sweeps): a run that fails is logged by its error's name alone (never a guest's data) and the
 * next tries again; stopping waits for the run under way, so a shutdown never cuts one in half.
 * The jobs are idempotent, so every instance may run them.
 */
export class PeriodicTask {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly logger: Logger,
    /** What the job does, for the log: "Reminders", "Expiring unpaid bookings". */
    private readonly what: string,
    private readonly run: () => Promise<unknown>,
  ) {}

  /** Every `everyMs`; 0 or less: only when called by hand (tests move their clock and call the job). */
  start(everyMs: number): void {
    if (everyMs <= 0) return;
    this.timer = setInterval(() => {
      this.running = this.run().catch((error: unknown) => this.logger.warn(`${this.what} failed, trying again later: ${error instanceof Error ? error.name : 'error'}`));
    }, everyMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
