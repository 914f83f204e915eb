import { Client } from 'pg';
import type { EmbeddedPostgres } from '../../src/shared/database/embedded-postgres';

export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as { __embeddedPostgres?: EmbeddedPostgres }).__embeddedPostgres;
  if (embedded) await embedded.stop();
  const name = process.env.TEST_DATABASE_NAME;
  const serverUrl = process.env.DATABASE_URL;
  if (name && serverUrl) {
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  }
}
