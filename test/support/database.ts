/** The database prepared by global-setup for this run. */
export function testDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run the tests through jest (global-setup prepares it)');
  return url;
}

/** True on a real PostgreSQL server, where transactions truly run concurrently. */
export function onRealServer(): boolean {
  return process.env.TEST_DATABASE_KIND === 'server';
}
