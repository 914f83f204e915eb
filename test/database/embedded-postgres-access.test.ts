import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Client, Pool } from 'pg';
import { startEmbeddedPostgresProcess, type EmbeddedPostgresProcess } from './support/embedded-postgres-process';

const hasPsql = !spawnSync('psql', ['--version']).error;

function withPassword(url: string, password: string): string {
  const changed = new URL(url);
  changed.password = password;
  return changed.toString();
}

async function selectOne(connectionString: string): Promise<number> {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    return (await client.query<{ one: number }>('SELECT 1 AS one')).rows[0].one;
  } finally {
    await client.end();
  }
}

/** psql as a developer runs it, with nothing but the URL: no password file, no PG* variables. */
function psql(url: string, sql: string): Promise<{ ok: boolean; out: string }> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('PG')));
  return new Promise((resolve) => {
    execFile('psql', [url, '--no-password', '--no-psqlrc', '-Atc', sql], { env: { ...env, PGPASSFILE: '/nonexistent' } }, (error, stdout, stderr) =>
      resolve({ ok: error === null, out: `${stdout}${stderr}`.trim() }),
    );
  });
}

/** What the server answers to a start-up message followed at once by a query, until it hangs up. */
function answersToQueryWithoutLogIn(url: string): Promise<Buffer> {
  const { hostname, port } = new URL(url);
  const params = Buffer.from('user\0postgres\0database\0postgres\0\0');
  const startup = Buffer.alloc(8 + params.length);
  startup.writeInt32BE(8 + params.length, 0);
  startup.writeInt32BE(196608, 4);
  params.copy(startup, 8);
  const sql = Buffer.from('SELECT 42\0');
  const query = Buffer.concat([Buffer.from('Q'), Buffer.alloc(4), sql]);
  query.writeInt32BE(4 + sql.length, 1);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect(Number(port), hostname, () => socket.write(Buffer.concat([startup, query])));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(Buffer.concat(chunks)));
  });
}

function messageTypes(answer: Buffer): string[] {
  const types: string[] = [];
  for (let at = 0; at + 5 <= answer.length; at += 1 + answer.readInt32BE(at + 1)) types.push(String.fromCharCode(answer[at]));
  return types;
}

/**
 * These tests start embedded databases of their own, whatever the run's database is: on a run
 * against a server they would only repeat what the embedded run (`npm run test:embedded` in CI,
 * `npm test` without DATABASE_URL) checks, at a quarter of a minute each time.
 */
const describeOnEmbeddedRun = process.env.TEST_DATABASE_KIND === 'server' ? describe.skip : describe;

/**
 * Every local user can reach a loopback port. The embedded database lets in only the clients
 * that prove, by SCRAM-SHA-256, that they know the password it made at start and put in its URL.
 */
describeOnEmbeddedRun('who may open the embedded database', () => {
  let dataDir: string;
  /** As `npm start` runs it, keeping its data in a directory. */
  let kept: EmbeddedPostgresProcess;
  /** As the tests' global setup runs it, in memory. */
  let inMemory: EmbeddedPostgresProcess;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'osmb-embedded-'));
    mkdirSync(join(dataDir, 'pg'), { mode: 0o755 }); // as an earlier version left it
    [kept, inMemory] = await Promise.all([startEmbeddedPostgresProcess({ dataDir }), startEmbeddedPostgresProcess()]);
  }, 180_000);

  afterAll(async () => {
    await Promise.all([kept?.stop(), inMemory?.stop()]);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('lets in pg clients, a pg pool and MikroORM with the URL it hands out', async () => {
    expect(await selectOne(kept.url)).toBe(1);
    expect(await selectOne(inMemory.url)).toBe(1);
    const pool = new Pool({ connectionString: kept.url, max: 3 });
    const sums = await Promise.all([1, 2, 3, 4, 5, 6].map(async (n) => (await pool.query<{ n: number }>('SELECT $1::int AS n', [n])).rows[0].n));
    await pool.end();
    expect(sums).toEqual([1, 2, 3, 4, 5, 6]);
    const orm = await MikroORM.init({ driver: PostgreSqlDriver, clientUrl: kept.url, entities: [], discovery: { warnWhenNoEntities: false } });
    try {
      expect(await orm.em.getConnection().execute('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    } finally {
      await orm.close();
    }
  });

  it('refuses a client with a wrong password, on disk or in memory', async () => {
    for (const url of [kept.url, inMemory.url]) {
      await expect(selectOne(withPassword(url, 'guessed'))).rejects.toMatchObject({ code: '28P01' });
    }
  });

  it('answers a client that skips the log-in with a refusal, never with rows', async () => {
    const answer = await answersToQueryWithoutLogIn(kept.url);
    expect(messageTypes(answer)).toEqual(['R', 'E']);
    expect(answer.toString('latin1')).toContain('SCRAM-SHA-256');
  });

  (hasPsql ? it : it.skip)('lets psql in with the URL, and not with another password', async () => {
    expect(await psql(kept.url, 'SELECT 40 + 2')).toEqual({ ok: true, out: '42' });
    const refused = await psql(withPassword(kept.url, 'guessed'), 'SELECT 1');
    expect(refused.ok).toBe(false);
    expect(refused.out).toContain('password authentication failed');
  });

  it('keeps its URL and its files where only their owner can read them', () => {
    const urlFile = join(dataDir, 'database-url');
    expect(readFileSync(urlFile, 'utf8').trim()).toBe(kept.url);
    expect(statSync(urlFile).mode & 0o777).toBe(0o600);
    expect(statSync(join(dataDir, 'pg')).mode & 0o777).toBe(0o700);
  });

  it('makes a new password at each start, so the URL of an earlier run no longer opens it', async () => {
    const earlier = kept.url;
    await kept.stop();
    expect(existsSync(join(dataDir, 'database-url'))).toBe(false);
    kept = await startEmbeddedPostgresProcess({ dataDir, port: Number(new URL(earlier).port) });
    expect(new URL(kept.url).port).toBe(new URL(earlier).port);
    expect(kept.url).not.toBe(earlier);
    await expect(selectOne(earlier)).rejects.toMatchObject({ code: '28P01' });
    expect(await selectOne(kept.url)).toBe(1);
  }, 120_000);
});
