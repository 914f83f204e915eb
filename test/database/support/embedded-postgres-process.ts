import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface EmbeddedPostgresProcess {
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * Compiles TypeScript on require with the project's own swc, since the child runs outside jest.
 * Only what `serve-embedded-postgres.ts` imports goes through it: no decorators there.
 */
const RUN_TYPESCRIPT = `
const { transformFileSync } = require('@swc/core');
require.extensions['.ts'] = (module, filename) => module._compile(transformFileSync(filename, {
  swcrc: false,
  jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
  module: { type: 'commonjs' },
}).code, filename);
require(process.argv[1]);
`;

/**
 * Starts the embedded PostgreSQL in a child process, the way `npm start` does: PGlite cannot start
 * inside jest's test sandbox, and a child also lets a test stop it and start it again.
 */
export function startEmbeddedPostgresProcess(options: { dataDir?: string; port?: number } = {}): Promise<EmbeddedPostgresProcess> {
  const root = join(__dirname, '..', '..', '..');
  const child = spawn(process.execPath, ['-e', RUN_TYPESCRIPT, join(__dirname, 'serve-embedded-postgres.ts'), options.dataDir ?? '', options.port ? String(options.port) : ''], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const lines = output.split('\n');
      if (lines.length < 2) return;
      resolve({
        url: lines[0],
        stop: async () => {
          child.stdin.end();
          await exited;
        },
      });
    });
    void exited.then(() => reject(new Error(`The embedded database did not start: ${errors}`)));
  });
}
