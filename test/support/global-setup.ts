import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../src/shared/database/embedded-postgres';

/**
 * Each run gets an empty database. With DATABASE_URL (CI: the real server) a fresh database is
 * created beside the given one and dropped afterwards; without it, an in-memory embedded
 * PostgreSQL is started here, because PGlite cannot start inside jest's test sandbox.
 */
export default async function globalSetup(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres();
    (globalThis as { __embeddedPostgres?: unknown }).__embeddedPostgres = embedded;
    process.env.TEST_DATABASE_URL = embedded.url;
    process.env.TEST_DATABASE_KIND = 'embedded';
    console.log('\nTests run on the embedded PostgreSQL (PGlite). Set DATABASE_URL to use a real server.');
    return;
  }
  const name = `osmb_test_${Date.now()}_${process.pid}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    process.env.TEST_DATABASE_URL = url.toString();
    process.env.TEST_DATABASE_NAME = name;
  } catch {
    // No right to create databases: share the given one; tests use fresh ids so they coexist.
    process.env.TEST_DATABASE_URL = serverUrl;
  } finally {
    await admin.end();
  }
  process.env.TEST_DATABASE_KIND = 'server';
  console.log(`\nTests run on the PostgreSQL server at ${new URL(serverUrl).host}.`);
}
