import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PgliteWireServer } from './pglite-wire-server';

export interface EmbeddedPostgres {
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * PGlite (PostgreSQL compiled to WebAssembly) served on a loopback port, so that a newcomer runs
 * the whole platform with nothing but Node. It runs one exchange or transaction at a time across
 * all connections: fine for one owner trying the product, and why concurrency is tested on a
 * real server.
 */
export async function startEmbeddedPostgres(options: { dataDir?: string; port?: number } = {}): Promise<EmbeddedPostgres> {
  let dataDir: string | undefined;
  if (options.dataDir) {
    dataDir = join(options.dataDir, 'pg');
    mkdirSync(dataDir, { recursive: true });
  }
  const db = await PGlite.create(dataDir ? { dataDir } : {});
  const server = new PgliteWireServer(db);
  const address = await server.listen('127.0.0.1', options.port ?? 0);
  return {
    url: `postgres://postgres@${address}/postgres`,
    stop: async () => {
      await server.close();
      await db.close();
    },
  };
}
