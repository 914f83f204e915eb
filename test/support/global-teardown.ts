import { Client } from 'pg';
import type { EmbeddedPostgres } from '../../src/shared/database/embedded-postgres';

export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as { __embeddedPostgres?: EmbeddedPostgres[] }).__embeddedPostgres ?? [];
  await Promise.all(embedded.map((e) => e.stop()));
  const names = process.env.TEST_DATABASE_NAMES?.split(',') ?? [];
  const serverUrl = process.env.DATABASE_URL;
  if (names.length > 0 && serverUrl) {
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      for (const name of names) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  }
}
