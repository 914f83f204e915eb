import { parentPort } from 'node:worker_threads';
import type { PrintableDossier } from '../../domain/document/printable-dossier';
import { dossierDocument, registerFonts, type PdfFont, type ReactPdfModule } from './dossier-pdf';

/**
 * A worker thread that renders booking-file documents for PdfRenderPool: laying out and
 * compressing a PDF keeps a thread busy for 50 to 400 ms, which must not be the event loop that
 * answers requests. One job at a time; the pool sends the next when this one answers.
 */
export interface PdfJob {
  readonly id: number;
  readonly printable: PrintableDossier;
  readonly font: PdfFont;
}

export type PdfOutcome = { readonly id: number; readonly pdf: Uint8Array } | { readonly id: number; readonly error: string };

let reactPdf: Promise<ReactPdfModule> | undefined;

/** react-pdf is ESM-only: this CommonJS module loads it with a real dynamic import, once per thread, fonts with it. */
function loadReactPdf(): Promise<ReactPdfModule> {
  reactPdf ??= import('@react-pdf/renderer').then((pdf) => {
    registerFonts(pdf, (name) => require.resolve(`dejavu-fonts-ttf/ttf/${name}`));
    return pdf;
  });
  return reactPdf;
}

async function render(job: PdfJob): Promise<Uint8Array<ArrayBuffer>> {
  const pdf = await loadReactPdf();
  const bytes = await pdf.renderToBuffer(dossierDocument(pdf, job.printable, job.font));
  // Transferring detaches the whole ArrayBuffer, and a Buffer may share Node's pool with others:
  // a copy of its own (a few hundred kilobytes at most) is safe to hand over.
  return new Uint8Array(bytes);
}

const port = parentPort;
if (port === null) throw new Error('pdf-worker runs in a worker thread: start it through PdfRenderPool');

port.on('message', (job: PdfJob) => {
  render(job).then(
    (pdf) => port.postMessage({ id: job.id, pdf } satisfies PdfOutcome, [pdf.buffer]),
    (error: unknown) => port.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) } satisfies PdfOutcome),
  );
});
