import 'reflect-metadata';
import { createApp, prepareRuntime } from './bootstrap';
import { InvalidConfiguration, listenHost } from './shared/config/config';

async function main(): Promise<void> {
  const started = Date.now();
  const { config, embedded } = await prepareRuntime();
  const app = await createApp(config);
  const host = listenHost(config);
  await app.listen(config.port, host);
  const store = config.eventStoreConnectionString ? 'EventStoreDB' : 'PostgreSQL';
  const database = embedded ? `embedded PostgreSQL in ${config.dataDir}` : 'PostgreSQL server';
  const address = host.includes(':') ? `[${host}]` : host;
  console.log(`Ready in ${Date.now() - started} ms: listening on http://${address}:${config.port}/graphql (events in ${store}, data in ${database})`);
  const close = async () => {
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void close());
  process.once('SIGTERM', () => void close());
}

main().catch((error: unknown) => {
  if (error instanceof InvalidConfiguration) console.error(error.message);
  else console.error(`Could not start: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  process.exit(1);
});
