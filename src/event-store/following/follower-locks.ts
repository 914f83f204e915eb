import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { describeError } from './parked-events';

/**
 * The session advisory locks that let one instance at a time run each follower, all held by one
 * connection per instance. An instance asks for the locks it lacks now and then, in one query,
 * so a standby takes over within moments of the one running a follower stopping. Losing the
 * connection loses every lock at once: the followers stop, and the locks are asked for again.
 */
export class FollowerLocks {
  private readonly logger = new Logger('FollowerLocks');
  private client: Client | null = null;
  private readonly held = new Set<string>();
  private stopped = false;
  private running: Promise<void> = Promise.resolve();
  private wake: (() => void) | null = null;
  private failures = 0;

  constructor(
    private readonly databaseUrl: string,
    private readonly names: readonly string[],
    private readonly retryMs: number,
    private readonly events: { won(names: readonly string[]): Promise<void>; lost(): void },
  ) {}

  start(): void {
    this.running = this.loop();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.running;
    await this.client?.end().catch(() => undefined);
    this.client = null;
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      try {
        const client = this.client ?? (await this.connect());
        const missing = this.names.filter((name) => !this.held.has(name));
        if (missing.length > 0) {
          const result = await client.query<{ name: string; locked: boolean }>(
            'SELECT name, pg_try_advisory_lock(hashtext(name)) AS locked FROM unnest($1::text[]) AS name',
            [missing.map((name) => `follower:${name}`)],
          );
          const won = result.rows.filter((row) => row.locked).map((row) => row.name.slice('follower:'.length));
          for (const name of won) this.held.add(name);
          if (won.length > 0) await this.events.won(won);
        }
        this.failures = 0;
        // With every lock held, only a lost connection (which wakes this) calls for asking again.
        await this.pause(this.held.size === this.names.length ? 60_000 : this.retryMs);
      } catch (error) {
        if (this.stopped) return;
        this.failures += 1;
        this.logger.warn(`Could not ask for the followers' locks: ${describeError(error)}`);
        this.drop();
        await this.pause(Math.min(30_000, 200 * 2 ** this.failures));
      }
    }
  }

  private async connect(): Promise<Client> {
    const client = new Client({ connectionString: this.databaseUrl });
    client.on('error', () => {
      if (this.client !== client) return;
      this.drop();
      this.wake?.();
    });
    await client.connect();
    this.client = client;
    return client;
  }

  private drop(): void {
    const client = this.client;
    this.client = null;
    void client?.end().catch(() => undefined);
    if (this.held.size > 0) {
      this.held.clear();
      this.events.lost();
    }
  }

  private pause(ms: number): Promise<void> {
    if (this.stopped) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      timer.unref();
      this.wake = done;
    });
  }
}
