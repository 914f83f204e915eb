import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { createApp } from '../../src/bootstrap';
import type { RuntimeConfig } from '../../src/shared/config/config';
import type { Clock } from '../../src/shared/kernel/clock';
import { testDatabaseUrl } from './database';
import { freePort } from './free-port';

export interface GraphqlAnswer<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; field?: string; [key: string]: unknown } }[];
}

export interface TestApp {
  readonly app: INestApplication;
  readonly url: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read answers field by field
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphqlAnswer<T>>;
  close(): Promise<void>;
}

export function testConfig(overrides: Partial<RuntimeConfig> = {}): RuntimeConfig {
  return {
    nodeEnv: 'test',
    port: 0,
    databaseUrl: testDatabaseUrl(),
    eventStoreConnectionString: null,
    dataDir: mkdtempSync(join(tmpdir(), 'osmb-test-')),
    jwtSecret: 'a-test-secret-that-is-long-enough-to-sign-tokens',
    jwtExpiresInSeconds: 3600,
    // The suite opens hundreds of accounts from one loopback client; the throttle tests set their own.
    signUpsPerClientPerHour: 100_000,
    guestBookingsPerClientPerHour: 100_000,
    // Expiry is driven by hand (GuestBookingExpiry.expireDue) where a test needs it.
    guestBookingSweepMs: 0,
    // Imported calendars are fetched by hand too (IcalFeedScheduler.runDue), on the test's clock.
    icalSyncMs: 0,
    // Webhooks are fanned out and sent by hand too (WebhookDispatcher.runDue), on the test's clock.
    webhookDispatchMs: 0,
    // The suite opens thousands of accounts: each hash at the standard cost took a third of a second.
    passwordHashCost: 'MINIMAL',
    // Two workers, each with up to two instances of the app, stay under the server's 100 clients.
    databasePoolSize: 8,
    ...overrides,
  };
}

/** The whole application over real HTTP, on the run's database, as a client would see it. */
export async function startTestApp(options: { clock?: Clock; config?: Partial<RuntimeConfig>; beforeListen?: (app: INestApplication) => void } = {}): Promise<TestApp> {
  // Known before the app starts, so the links it writes (payment pages, the guest's page) point at it.
  const port = options.config?.port ?? (await freePort());
  const config = testConfig({ port, publicUrl: `http://127.0.0.1:${port}`, ...options.config });
  // TEST_LOG=1 shows the app's errors and warnings, for a test that fails without saying why.
  const app = await createApp(config, { clock: options.clock, logger: process.env.TEST_LOG ? ['error', 'warn'] : false });
  options.beforeListen?.(app);
  await app.listen(config.port, '127.0.0.1');
  const url = `${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`;
  return {
    app,
    url,
    async gql(query, variables = {}, token) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphqlAnswer<never>;
    },
    async close() {
      await app.close();
      if (!options.config?.dataDir) rmSync(config.dataDir, { recursive: true, force: true });
    },
  };
}


/** A clock a test moves by hand, to cross a time limit without waiting for it. */
export class ManualClock implements Clock {
  constructor(private current = new Date()) {}

  now(): Date {
    return new Date(this.current);
  }

  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}
