import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PgliteWireServer } from './pglite-wire-server';

export interface EmbeddedPostgres {
  /** The one connection string for everything: `pg`, MikroORM's `clientUrl`, `psql`. */
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * PGlite (PostgreSQL compiled to WebAssembly) served on a loopback port, so that a newcomer runs
 * the whole platform with nothing but Node. It runs one exchange or transaction at a time across
 * all connections: fine for one owner trying the product, and why concurrency is tested on a
 * real server.
 *
 * Every local user can reach a loopback port, so the database asks for a password made at each
 * start. It travels in the URL, and with a data directory in `<dataDir>/database-url` too
 * (readable by its owner only, removed at stop) for `psql "$(cat .data/database-url)"`. The
 * database files sit in `<dataDir>/pg`, kept to its owner for the same reason.
 */
export async function startEmbeddedPostgres(options: { dataDir?: string; port?: number } = {}): Promise<EmbeddedPostgres> {
  const pgDir = options.dataDir ? ownerOnlyDirectory(join(options.dataDir, 'pg')) : undefined;
  const db = await PGlite.create(pgDir ? { dataDir: pgDir } : {});
  const password = randomBytes(32).toString('base64url');
  const server = new PgliteWireServer(db, password);
  let address: string;
  try {
    address = await server.listen('127.0.0.1', options.port ?? 0);
  } catch (error) {
    await db.close();
    throw error;
  }
  const url = `postgres://postgres:${password}@${address}/postgres`;
  const urlFile = options.dataDir ? join(options.dataDir, 'database-url') : null;
  if (urlFile) writeOwnerOnly(urlFile, `${url}\n`);
  return {
    url,
    stop: async () => {
      if (urlFile) rmSync(urlFile, { force: true });
      await server.close();
      await db.close();
    },
  };
}

/** The directories it has to create on the way (a first `.data/`) are made owner-only too. */
function ownerOnlyDirectory(path: string): string {
  mkdirSync(path, { recursive: true, mode: 0o700 });
  chmodSync(path, 0o700); // made by an earlier version, or by hand, with the umask's modes
  return path;
}

/** Created afresh, so neither a looser mode nor a planted link is inherited from an old file. */
function writeOwnerOnly(file: string, content: string): void {
  rmSync(file, { force: true });
  writeFileSync(file, content, { mode: 0o600, flag: 'wx' });
}
