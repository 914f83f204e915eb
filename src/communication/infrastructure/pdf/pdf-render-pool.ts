import { extname, join } from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { PrintableDossier } from '../../domain/document/printable-dossier';
import type { PdfFont } from './dossier-pdf';
import type { PdfJob, PdfOutcome } from './pdf-worker';

/** A document that could not be made: a render error, a worker that crashed or hung, or a closed pool. */
export class DocumentRenderFailed extends Error {
  constructor(reason: string, options?: ErrorOptions) {
    super(`The booking-file document could not be rendered: ${reason}`, options);
    this.name = 'DocumentRenderFailed';
  }
}

interface Job {
  readonly id: number;
  readonly printable: PrintableDossier;
  readonly font: PdfFont;
  readonly resolve: (pdf: Buffer) => void;
  readonly reject: (error: DocumentRenderFailed) => void;
}

interface Slot {
  readonly worker: Worker;
  job: Job | null;
  timer: NodeJS.Timeout | null;
  /** The uncaught error a crashing worker reports just before it exits. */
  crash: Error | null;
}

const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * Renders booking-file documents in worker threads, at most `size` at once, so the event loop
 * that answers requests never lays out a PDF. Workers start on the first render and never keep
 * the process alive once idle; one that crashes or hangs fails its job and is replaced by the
 * next render that needs it.
 */
export class PdfRenderPool {
  private readonly size: number;
  private readonly timeoutMs: number;
  private readonly queue: Job[] = [];
  private readonly slots = new Set<Slot>();
  private nextId = 1;
  private closed = false;

  constructor(options: { size: number; timeoutMs?: number }) {
    if (!Number.isInteger(options.size) || options.size < 1) throw new RangeError(`PdfRenderPool: size must be a whole number of workers, at least 1 (got ${options.size})`);
    this.size = options.size;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  render(printable: PrintableDossier, options: { font?: PdfFont } = {}): Promise<Buffer> {
    if (this.closed) return Promise.reject(new DocumentRenderFailed('the renderer is closed'));
    return new Promise<Buffer>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, printable, font: options.font ?? 'embedded', resolve, reject });
      this.dispatch();
    });
  }

  /** Fails what is queued or running and stops every worker. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new DocumentRenderFailed('the renderer was closed'));
    await Promise.all([...this.slots].map((slot) => this.stop(slot, new DocumentRenderFailed('the renderer was closed'))));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = [...this.slots].find((candidate) => candidate.job === null) ?? (this.slots.size < this.size ? this.start() : undefined);
      const job = slot === undefined ? undefined : this.queue.shift();
      if (slot === undefined || job === undefined) return;
      slot.job = job;
      // Held while it works, so a script that awaits a render is not left to exit half-way.
      slot.worker.ref();
      slot.timer = setTimeout(() => void this.stop(slot, new DocumentRenderFailed(`no document after ${this.timeoutMs / 1000} s`)).then(() => this.dispatch()), this.timeoutMs);
      slot.timer.unref();
      try {
        slot.worker.postMessage({ id: job.id, printable: job.printable, font: job.font } satisfies PdfJob);
      } catch (error) {
        // Not plain data after all (a function, a class instance): this job fails, the worker is still free.
        this.settle(slot)?.reject(new DocumentRenderFailed('its content cannot be sent to a worker thread', { cause: error }));
        slot.worker.unref();
      }
    }
  }

  private start(): Slot {
    const slot: Slot = { worker: startWorker(join(__dirname, `pdf-worker${extname(__filename)}`)), job: null, timer: null, crash: null };
    slot.worker.unref();
    slot.worker.on('message', (outcome: PdfOutcome) => this.finish(slot, outcome));
    slot.worker.on('error', (error) => (slot.crash = error));
    slot.worker.on('exit', (code) => {
      if (!this.slots.delete(slot)) return;
      this.settle(slot)?.reject(new DocumentRenderFailed(`the PDF worker stopped (exit code ${code})${slot.crash ? `: ${slot.crash.message}` : ''}`, { cause: slot.crash ?? undefined }));
      if (!this.closed) this.dispatch();
    });
    this.slots.add(slot);
    return slot;
  }

  private finish(slot: Slot, outcome: PdfOutcome): void {
    if (slot.job?.id !== outcome.id) return;
    const job = this.settle(slot);
    slot.worker.unref();
    if ('pdf' in outcome) job?.resolve(Buffer.from(outcome.pdf.buffer, outcome.pdf.byteOffset, outcome.pdf.byteLength));
    else job?.reject(new DocumentRenderFailed(outcome.error));
    this.dispatch();
  }

  /** A hung worker cannot be interrupted, only stopped: its job fails and the next render starts another. */
  private async stop(slot: Slot, reason: DocumentRenderFailed): Promise<void> {
    this.slots.delete(slot);
    this.settle(slot)?.reject(reason);
    await slot.worker.terminate();
  }

  /** Takes the slot's job away, once: whichever of answer, crash, timeout or close comes first. */
  private settle(slot: Slot): Job | null {
    const { job } = slot;
    slot.job = null;
    if (slot.timer !== null) clearTimeout(slot.timer);
    slot.timer = null;
    return job;
  }
}

/** A runaway document crashes its own worker, not the application. */
const WORKER_LIMITS: WorkerOptions = { resourceLimits: { maxOldGenerationSizeMb: 512 } };

/**
 * Starts `file` in a worker thread. Compiled (`dist/…/*.js`) it runs as it is. Under jest the
 * file is TypeScript and jest's transform does not reach into worker threads, so a small
 * bootstrap compiles each `.ts`/`.tsx` file with swc as it is required; `ignoreDynamic` leaves
 * `import()` a real dynamic import, which react-pdf, an ES module, needs.
 */
export function startWorker(file: string, options: WorkerOptions = {}): Worker {
  if (!/\.tsx?$/.test(file)) return new Worker(file, { ...WORKER_LIMITS, ...options });
  const bootstrap = `
    const { readFileSync } = require('node:fs');
    const load = require('node:module').createRequire(${JSON.stringify(file)});
    const { transformSync } = load('@swc/core');
    const compile = (module, filename) => module._compile(transformSync(readFileSync(filename, 'utf8'), {
      filename, swcrc: false, sourceMaps: 'inline',
      module: { type: 'commonjs', ignoreDynamic: true },
      jsc: { target: 'es2022', parser: { syntax: 'typescript', tsx: filename.endsWith('.tsx') }, transform: { react: { runtime: 'automatic' } } },
    }).code, filename);
    load.extensions['.ts'] = compile;
    load.extensions['.tsx'] = compile;
    load(${JSON.stringify(file)});`;
  return new Worker(bootstrap, { ...WORKER_LIMITS, ...options, eval: true });
}
