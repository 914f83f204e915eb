import { startEmbeddedPostgres } from '../../../src/shared/database/embedded-postgres';

/**
 * Run by `embedded-postgres-process.ts` in a child process: prints the URL, and stops the
 * database once its parent closes stdin, or dies.
 */
async function serve(): Promise<void> {
  const [dataDir, port] = process.argv.slice(2);
  const embedded = await startEmbeddedPostgres({ dataDir: dataDir || undefined, port: port ? Number(port) : undefined });
  process.stdout.write(`${embedded.url}\n`);
  process.stdin.on('end', () => {
    void embedded.stop().then(() => process.exit(0));
  });
  process.stdin.resume();
}

serve().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
