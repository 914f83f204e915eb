import { Client } from 'pg';

/** This jest worker's database, prepared by global-setup for this run. */
export function testDatabaseUrl(): string {
  const url = process.env[`TEST_DATABASE_URL_${process.env.JEST_WORKER_ID ?? '1'}`] ?? process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run the tests through jest (global-setup prepares it)');
  return url;
}

/** True on a real PostgreSQL server, where transactions truly run concurrently. */
export function onRealServer(): boolean {
  return process.env.TEST_DATABASE_KIND === 'server';
}

/**
 * How many events the store holds, the outbox's left out: a refused command must leave this
 * unchanged. Emails are queued in the background by Communication's policy, after whatever
 * caused them (an earlier test's payment), so they may land between two counts.
 */
export async function eventCount(): Promise<number> {
  const client = new Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>("SELECT count(*) AS n FROM events WHERE stream_name NOT LIKE 'email-%'")).rows[0].n);
  } finally {
    await client.end();
  }
}

/**
 * Forgets what followers parked from one stream. A test that poisons a stream on purpose calls
 * it when done: parked events are counted per follower across this worker's database, and the
 * next test file's count of its own poisoned event must not see this one.
 */
export async function forgetParked(streamName: string): Promise<void> {
  const client = new Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    await client.query('DELETE FROM parked_events WHERE stream_name = $1', [streamName]);
  } finally {
    await client.end();
  }
}
