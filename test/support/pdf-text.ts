import { spawnSync } from 'node:child_process';

/**
 * What a guest reads in a PDF, as pdftotext (poppler-utils) extracts it: the document as it
 * printed, not what the code meant to write. Pages are separated by form feeds.
 */
export function pdfText(pdf: Buffer): string {
  const run = spawnSync('pdftotext', ['-layout', '-', '-'], { input: pdf, encoding: 'utf8' });
  if (run.error) throw new Error(`pdftotext could not run (${run.error.message}): install poppler-utils (apt-get install poppler-utils); CI installs it`);
  if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`);
  return run.stdout;
}

/** Whitespace of every kind, French no-break spaces included, as one plain space: assertions compare words. */
export const words = (text: string): string => text.replace(/[\s\u00a0\u202f]+/g, ' ');

/** The PDF's text with its spacing normalised, ready for `toContain`. */
export const pdfWords = (pdf: Buffer): string => words(pdfText(pdf));
