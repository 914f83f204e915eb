import { Client } from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../src/shared/database/embedded-postgres';

/**
 * Each jest worker gets an empty database of its own, so workers run side by side without one
 * test's writes reaching another's counts. With DATABASE_URL (CI: the real server) fresh
 * databases are created beside the given one and dropped afterwards; without it, in-memory
 * embedded PostgreSQLs are started here, because PGlite cannot start inside jest's test sandbox.
 * A worker finds its database as TEST_DATABASE_URL_<its JEST_WORKER_ID> (see database.ts).
 */
export default async function globalSetup(globalConfig: { maxWorkers: number }): Promise<void> {
  const workers = Math.max(1, globalConfig.maxWorkers);
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const embedded = await Promise.all(Array.from({ length: workers }, () => startEmbeddedPostgres()));
    (globalThis as { __embeddedPostgres?: EmbeddedPostgres[] }).__embeddedPostgres = embedded;
    publish(embedded.map((e) => e.url));
    process.env.TEST_DATABASE_KIND = 'embedded';
    console.log(`\nTests run on ${workers} embedded PostgreSQL (PGlite). Set DATABASE_URL to use a real server.`);
    return;
  }
  const run = `osmb_test_${Date.now()}_${process.pid}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const names = Array.from({ length: workers }, (_, i) => `${run}_${i + 1}`);
    for (const name of names) await admin.query(`CREATE DATABASE ${name}`);
    publish(
      names.map((name) => {
        const url = new URL(serverUrl);
        url.pathname = `/${name}`;
        return url.toString();
      }),
    );
    process.env.TEST_DATABASE_NAMES = names.join(',');
  } catch {
    // No right to create databases: share the given one; tests use fresh ids so they mostly coexist.
    publish(Array.from({ length: workers }, () => serverUrl));
  } finally {
    await admin.end();
  }
  process.env.TEST_DATABASE_KIND = 'server';
  console.log(`\nTests run on the PostgreSQL server at ${new URL(serverUrl).host}, a database per worker (${workers}).`);
}

function publish(urls: readonly string[]): void {
  process.env.TEST_DATABASE_URL = urls[0];
  urls.forEach((url, i) => (process.env[`TEST_DATABASE_URL_${i + 1}`] = url));
}
