import { createServer } from 'node:net';

/**
 * A port for an app a test starts later: picked below Linux's ephemeral range (32768–60999), so no
 * outbound connection or `listen(0)` of another test can take it between the pick and the app's
 * listen — or while a killed app is restarted on it. Each jest worker draws from its own thousand.
 */
export async function freePort(): Promise<number> {
  const worker = Number(process.env.JEST_WORKER_ID ?? 1);
  const base = 20_000 + ((worker - 1) % 12) * 1_000;
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const port = base + Math.floor(Math.random() * 1_000);
    if (await bindable(port)) return port;
  }
  throw new Error(`no free port between ${base} and ${base + 999}`);
}

function bindable(port: number): Promise<boolean> {
  const server = createServer();
  return new Promise((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
