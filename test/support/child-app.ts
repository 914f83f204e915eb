import { createApp } from '../../src/bootstrap';
import type { RuntimeConfig } from '../../src/shared/config/config';

/**
 * The app in a process of its own, for tests that kill it: `OSMB_TEST_CONFIG` is its configuration
 * as JSON, `OSMB_CLOCK_OFFSET_MS` how far ahead of the real clock it lives (a restart "later" without
 * waiting). It prints `listening` once it serves.
 */
async function main(): Promise<void> {
  const config = JSON.parse(process.env.OSMB_TEST_CONFIG ?? '{}') as RuntimeConfig;
  const offset = Number(process.env.OSMB_CLOCK_OFFSET_MS ?? 0);
  const app = await createApp(config, { clock: { now: () => new Date(Date.now() + offset) }, logger: process.env.TEST_LOG ? ['error', 'warn'] : false });
  await app.listen(config.port, '127.0.0.1');
  console.info('listening');
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
