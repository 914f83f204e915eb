import { Client, type PoolConfig } from 'pg';

/**
 * Wakes the subscriptions of this process when events are appended: at once for an append made
 * here, through PostgreSQL's LISTEN/NOTIFY for one made by another instance. The listening
 * connection reconnects with backoff for as long as anyone subscribes, and wakes everyone when
 * it is back, since notifications sent meanwhile are lost. A `generation` counts wake-ups, so a
 * subscriber that read nothing does not go to sleep on an append that came while it was reading.
 */
export class AppendNotifier {
  static readonly CHANNEL = 'events_appended';

  generation = 0;
  private readonly sleepers = new Set<() => void>();
  private client: Client | null = null;
  private connecting: Promise<void> | null = null;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private failures = 0;
  private subscribers = 0;
  private closed = false;

  /** `channel`: the events' own by default; another writer's (public events) for its readers. */
  constructor(
    private readonly connection: PoolConfig,
    private readonly channel: string = AppendNotifier.CHANNEL,
  ) {}

  get listening(): boolean {
    return this.client !== null;
  }

  /** Starts listening for as long as the returned handle is not ended. */
  subscribe(): { end(): void } {
    this.subscribers += 1;
    this.connect();
    let ended = false;
    return {
      end: () => {
        if (ended) return;
        ended = true;
        this.subscribers -= 1;
      },
    };
  }

  appended(): void {
    this.wakeAll();
  }

  wakeAll(): void {
    this.generation += 1;
    for (const wake of [...this.sleepers]) wake();
  }

  /** Sleeps up to `ms`, or not at all if anything woke subscribers since `seen`. */
  sleep(ms: number, seen: number): Promise<void> {
    if (this.generation !== seen || this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.sleepers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.sleepers.add(done);
    });
  }

  private connect(): void {
    if (this.client || this.connecting || this.closed || this.subscribers === 0) return;
    clearTimeout(this.reconnectTimer);
    this.connecting = (async () => {
      const client = new Client(this.connection);
      client.on('notification', () => this.wakeAll());
      client.on('error', () => this.lost(client));
      client.on('end', () => this.lost(client));
      try {
        await client.connect();
        await client.query(`LISTEN ${this.channel}`);
      } catch {
        await client.end().catch(() => undefined);
        this.retryLater();
        return;
      }
      if (this.closed) {
        await client.end().catch(() => undefined);
        return;
      }
      this.client = client;
      this.failures = 0;
      // Whatever was appended while no one listened is read now.
      this.wakeAll();
    })().finally(() => {
      this.connecting = null;
    });
  }

  private lost(client: Client): void {
    if (this.client !== client) return;
    this.client = null;
    this.retryLater();
  }

  private retryLater(): void {
    if (this.closed) return;
    this.failures += 1;
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => this.connect(), Math.min(30_000, 100 * 2 ** this.failures));
    this.reconnectTimer.unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.reconnectTimer);
    this.wakeAll();
    await this.connecting?.catch(() => undefined);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }
}
