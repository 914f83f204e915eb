import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { printableDossier, type PrintableDossier } from '../../src/communication/domain/document/printable-dossier';
import type { ReactPdfModule } from '../../src/communication/infrastructure/pdf/dossier-pdf';
import { PdfRenderPool, startWorker } from '../../src/communication/infrastructure/pdf/pdf-render-pool';
import { manualContractFacts } from '../communication/manual-contract.facts';

/**
 * `npm run bench -- dossier-pdf`: what the manual's model contract (4 pages, DejaVu embedded)
 * costs to render, and what rendering costs the event loop that answers requests.
 *
 * - first render through a fresh pool (worker start, react-pdf and fonts loaded; under jest the
 *   worker also compiles its TypeScript sources, which a build does not);
 * - warm renders one after another, DejaVu Sans embedded beside the standard Helvetica;
 * - the main thread's event-loop delay while 10 documents render at once through the pool,
 *   beside the same 10 rendered on the event loop that is measured. Jest's sandbox cannot import
 *   the ESM-only react-pdf, so that baseline runs in a thread of its own: this file, started
 *   again as a worker, renders on its own loop and measures it, as the main thread would suffer.
 *
 * Prints its figures; asserts only that every buffer is a PDF, never anything about time.
 */
const WARM_RUNS = 20;
const AT_ONCE = 10;

interface LoopFigures {
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly wallMs: number;
  readonly samples: number;
  /** The longest wait between two ticks of a 1 ms interval: a stall the histogram may not sample. */
  readonly longestGap: number;
}

interface BaselineFigures extends LoopFigures {
  readonly loadMs: number;
  readonly firstMs: number;
  readonly pdfs: number;
}

const percentile = (samples: readonly number[], q: number): number => [...samples].sort((a, b) => a - b)[Math.min(samples.length - 1, Math.floor(q * samples.length))];
const ms = (value: number): string => `${value.toFixed(1)} ms`.padStart(10);
const pause = () => new Promise((resolve) => setTimeout(resolve, 20));
const isPdf = (pdf: Uint8Array): boolean => Buffer.from(pdf.subarray(0, 5)).toString('latin1') === '%PDF-';

/**
 * Event-loop delay of this thread while `work` runs, in ms (the histogram counts nanoseconds).
 * The histogram measures from one tick of its timer to the next: it is given a first tick
 * before the work starts and a last one after it ends, else a loop blocked from start to end
 * records nothing at all.
 */
async function loopDelayDuring(work: () => Promise<unknown>): Promise<LoopFigures> {
  const delay = monitorEventLoopDelay({ resolution: 1 });
  let last = performance.now();
  let longestGap = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    longestGap = Math.max(longestGap, now - last);
    last = now;
  }, 1);
  delay.enable();
  await pause();
  const started = performance.now();
  await work();
  const wallMs = performance.now() - started;
  await pause();
  delay.disable();
  clearInterval(ticker);
  return { p50: delay.percentile(50) / 1e6, p99: delay.percentile(99) / 1e6, max: delay.max / 1e6, wallMs, samples: delay.count, longestGap };
}

/** The baseline, in its own thread: react-pdf on the event loop that is measured. */
async function renderOnThisLoop(printable: PrintableDossier): Promise<BaselineFigures> {
  const load = createRequire(__filename);
  const { dossierDocument, registerFonts } = load('../../src/communication/infrastructure/pdf/dossier-pdf.tsx') as typeof import('../../src/communication/infrastructure/pdf/dossier-pdf');
  const loading = performance.now();
  const pdf: ReactPdfModule = await import('@react-pdf/renderer');
  registerFonts(pdf, (name) => load.resolve(`dejavu-fonts-ttf/ttf/${name}`));
  const loadMs = performance.now() - loading;
  const render = () => pdf.renderToBuffer(dossierDocument(pdf, printable, 'embedded'));
  const first = performance.now();
  await render();
  const firstMs = performance.now() - first;
  let pdfs = 0;
  const figures = await loopDelayDuring(async () => {
    const buffers = await Promise.all(Array.from({ length: AT_ONCE }, render));
    pdfs = buffers.filter(isPdf).length;
  });
  return { ...figures, loadMs, firstMs, pdfs };
}

if (!isMainThread) {
  void renderOnThisLoop(workerData as PrintableDossier).then((figures) => parentPort?.postMessage(figures));
} else {
  describe('booking-file document benchmark', () => {
    const printable = printableDossier(manualContractFacts());
    const cpus = availableParallelism();
    const recommended = Math.max(1, Math.min(4, cpus - 1));
    const pools: PdfRenderPool[] = [];
    const pool = (size: number) => {
      const made = new PdfRenderPool({ size });
      pools.push(made);
      return made;
    };

    afterAll(() => Promise.all(pools.map((made) => made.close())));

    it('renders the model contract: first, warm per font, and 10 at once beside the event loop', async () => {
      const single = pool(1);
      const cold = performance.now();
      expect(isPdf(await single.render(printable))).toBe(true);
      const firstMs = performance.now() - cold;

      const warm: Record<'embedded' | 'standard', number[]> = { embedded: [], standard: [] };
      for (const font of ['embedded', 'standard'] as const) {
        for (let i = 0; i < 3; i++) await single.render(printable, { font });
        for (let i = 0; i < WARM_RUNS; i++) {
          const started = performance.now();
          expect(isPdf(await single.render(printable, { font }))).toBe(true);
          warm[font].push(performance.now() - started);
        }
      }

      const loops: { label: string; figures: LoopFigures }[] = [];
      for (const size of [...new Set([recommended, cpus])]) {
        const coldPool = pool(size);
        const render10 = (through: PdfRenderPool) => async () => {
          const pdfs = await Promise.all(Array.from({ length: AT_ONCE }, () => through.render(printable)));
          expect(pdfs.every(isPdf)).toBe(true);
        };
        loops.push({ label: `pool of ${size}, workers starting`, figures: await loopDelayDuring(render10(coldPool)) });
        loops.push({ label: `pool of ${size}, warm`, figures: await loopDelayDuring(render10(coldPool)) });
      }

      const baseline = await new Promise<BaselineFigures>((resolve, reject) => {
        const worker = startWorker(__filename, { workerData: printable });
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      expect(baseline.pdfs).toBe(AT_ONCE);
      loops.push({ label: 'same thread as the loop (baseline)', figures: baseline });

      const bytes = (await single.render(printable)).length;
      console.log(
        [
          `\nBooking-file document (manual model contract, ${bytes} bytes with DejaVu), ${cpus} CPUs`,
          `first render through a fresh pool       ${ms(firstMs)}   (worker start, TS compile under jest, react-pdf and fonts)`,
          `react-pdf + fonts loaded in a thread    ${ms(baseline.loadMs)}`,
          `first render once loaded                ${ms(baseline.firstMs)}`,
          `warm render, ${WARM_RUNS} runs           median        p95`,
          `  DejaVu Sans (embedded)          ${ms(percentile(warm.embedded, 0.5))} ${ms(percentile(warm.embedded, 0.95))}`,
          `  Helvetica (standard)            ${ms(percentile(warm.standard, 0.5))} ${ms(percentile(warm.standard, 0.95))}`,
          `\n${AT_ONCE} documents at once: event-loop delay of the measured thread`,
          `${'where they render'.padEnd(36)}${'p50'.padStart(10)}${'p99'.padStart(10)}${'max'.padStart(10)}${'all done'.padStart(10)}${'samples'.padStart(9)}${'longest stall'.padStart(15)}`,
          ...loops.map(({ label, figures }) => `${label.padEnd(36)}${ms(figures.p50)}${ms(figures.p99)}${ms(figures.max)}${ms(figures.wallMs)}${String(figures.samples).padStart(9)}${ms(figures.longestGap).padStart(15)}`),
        ].join('\n'),
      );
    });
  });
}
