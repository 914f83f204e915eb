import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

export const percentile = (samples: readonly number[], q: number): number => {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};

export async function sql<R extends object>(url: string, text: string, params: unknown[] = []): Promise<R[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R & Record<string, unknown>>(text, params)).rows;
  } finally {
    await client.end();
  }
}

export interface PgbenchFigures {
  readonly tps: number;
  readonly transactions: number;
  readonly failed: number;
  readonly latencyMs: number | null;
  readonly output: string;
}

/** The transactions per second pgbench reports, excluding connection time. */
export function parsePgbench(output: string): PgbenchFigures {
  const tps = /^tps = ([\d.]+)/m.exec(output);
  if (!tps) throw new Error(`no "tps = " line in pgbench's output:\n${output}`);
  const processed = /number of transactions actually processed: (\d+)/.exec(output);
  const failed = /number of failed transactions: (\d+)/.exec(output);
  const latency = /latency average = ([\d.]+) ms/.exec(output);
  return {
    tps: Number(tps[1]),
    transactions: processed ? Number(processed[1]) : Number.NaN,
    failed: failed ? Number(failed[1]) : 0,
    latencyMs: latency ? Number(latency[1]) : null,
    output,
  };
}

/**
 * pgbench on the given database: `clients` connections, each running one INSERT per transaction
 * (autocommit) into a scratch table shaped like a hold, for `seconds`. The table is created
 * here and dropped afterwards, whatever happens.
 */
export async function pgbenchInserts(url: string, { seconds, clients, threads }: { seconds: number; clients: number; threads: number }): Promise<PgbenchFigures> {
  const table = `booking_load_pgbench_${process.pid}`;
  const dir = mkdtempSync(join(tmpdir(), 'booking-load-'));
  const script = join(dir, 'insert.sql');
  writeFileSync(
    script,
    [
      '\\set accommodation random(1, 1000)',
      '\\set start random(0, 3650)',
      '\\set nights random(1, 14)',
      `INSERT INTO ${table} (accommodation, arrival, departure, guest) VALUES (:accommodation, date '2028-01-01' + :start, date '2028-01-01' + :start + :nights, 'Guest ' || :accommodation);`,
      '',
    ].join('\n'),
  );
  await sql(url, `CREATE TABLE ${table} (id bigserial PRIMARY KEY, accommodation integer NOT NULL, arrival date NOT NULL, departure date NOT NULL, guest text NOT NULL, held_at timestamptz NOT NULL DEFAULT now())`);
  try {
    const target = new URL(url);
    const args = ['-n', '-f', script, '-T', String(seconds), '-c', String(clients), '-j', String(threads), '-h', target.hostname, '-p', target.port || '5432'];
    if (target.username) args.push('-U', decodeURIComponent(target.username));
    args.push(decodeURIComponent(target.pathname.slice(1)) || 'postgres');
    const env = { ...process.env, ...(target.password ? { PGPASSWORD: decodeURIComponent(target.password) } : {}) };
    const output = await new Promise<string>((resolve, reject) => {
      execFile('pgbench', args, { env, timeout: (seconds + 60) * 1000 }, (error, stdout, stderr) => {
        if (error) reject(new Error(`pgbench failed: ${error.message}\n${stderr}`));
        else resolve(`${stdout}${stderr}`);
      });
    });
    return parsePgbench(output);
  } finally {
    await sql(url, `DROP TABLE IF EXISTS ${table}`);
    rmSync(dir, { recursive: true, force: true });
  }
}
