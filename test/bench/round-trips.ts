import { AsyncLocalStorage } from 'node:async_hooks';
import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';

/**
 * Counts the statements the app sends to PostgreSQL, each a round trip, split between those made
 * while answering an HTTP request and those made in the background (projections, policies). The
 * app runs in this process, so counting is patching `pg`'s one query method; a request's
 * statements are told apart by the async context a middleware opens for it.
 */
export class RoundTrips {
  private readonly request = new AsyncLocalStorage<true>();
  private counts = { request: 0, background: 0 };
  private readonly original = Client.prototype.query;

  /** Install before the app listens: the middleware must come before its routes. */
  install(app: INestApplication): void {
    app.use((_req: unknown, _res: unknown, next: () => void) => this.request.run(true, next));
    const counts = () => this.counts;
    const inRequest = () => this.request.getStore() === true;
    const original = this.original;
    Client.prototype.query = function (this: Client, ...args: unknown[]) {
      counts()[inRequest() ? 'request' : 'background'] += 1;
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof Client.prototype.query;
  }

  uninstall(): void {
    Client.prototype.query = this.original;
  }

  /** The counts since the last call. */
  take(): { request: number; background: number } {
    const taken = this.counts;
    this.counts = { request: 0, background: 0 };
    return taken;
  }
}
