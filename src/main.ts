import 'reflect-metadata';
import { join } from 'node:path';
import { createApp, prepareRuntime } from './bootstrap';
import { DEMO_FILE, seedDemo } from './reservation/infrastructure/demo-seed';
import { InvalidConfiguration, listenHost, publicUrl } from './shared/config/config';

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
  // A newcomer's first start (embedded database, not production) comes with something to book.
  if (embedded && config.nodeEnv !== 'production') {
    const local = `http://${host === '0.0.0.0' || host === '::' ? '127.0.0.1' : address}:${config.port}`;
    seedDemo({ apiUrl: local, publicUrl: publicUrl(config), dataDir: config.dataDir }).then(
      ({ action }) => {
        console.log(`Demo: ${publicUrl(config)}/demo (${action === 'CREATED' ? 'its owner, gîte and chambre d’hôtes were just made' : 'book the demo owner’s gîte there'})`);
        // The password stays in the owner-only file, out of the terminal's scrollback and logs.
        console.log(`Back office: ${publicUrl(config)}/app (log in as the demo owner: email and password in ${join(config.dataDir, DEMO_FILE)})`);
      },
      (error: unknown) => console.error(`The demo data could not be made: ${error instanceof Error ? error.message : String(error)} (it is tried again at the next start)`),
    );
  }
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
