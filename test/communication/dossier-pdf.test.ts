import { spawnSync } from 'node:child_process';
import { printableDossier } from '../../src/communication/domain/document/printable-dossier';
import { DocumentRenderFailed, PdfRenderPool } from '../../src/communication/infrastructure/pdf/pdf-render-pool';
import { manualContractFacts, type ManualContractOverrides } from './manual-contract.facts';

/**
 * The manual's model contract rendered through the real worker pool and read back with
 * pdftotext (poppler-utils): what a guest reads in the PDF, not what the code meant to write.
 */
function pdfText(pdf: Buffer): string {
  const run = spawnSync('pdftotext', ['-layout', '-', '-'], { input: pdf, encoding: 'utf8' });
  if (run.error) throw new Error(`pdftotext could not run (${run.error.message}): install poppler-utils (apt-get install poppler-utils); CI installs it`);
  if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`);
  return run.stdout;
}

/** Whitespace of every kind, French no-break spaces included, as one plain space. */
const words = (text: string): string => text.replace(/[\s\u00a0\u202f]+/g, ' ');

describe('the booking-file document as a PDF', () => {
  const pool = new PdfRenderPool({ size: 2 });
  const render = (overrides: ManualContractOverrides = {}, font?: 'embedded' | 'standard') => pool.render(printableDossier(manualContractFacts(overrides)), { font });

  beforeAll(() => {
    const probe = spawnSync('pdftotext', ['-v']);
    if (probe.error) throw new Error('pdftotext is missing: install poppler-utils (apt-get install poppler-utils); these tests read the PDFs with it');
  });

  afterAll(() => pool.close());

  it('prints the manual’s figures, stay, place and date in the contract of a confirmed file', async () => {
    const pdf = await render();
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = words(pdfText(pdf));
    for (const expected of [
      'Contrat de location',
      'Dossier n° 12',
      'Foix, le 20/01/2020',
      'Séjour du samedi 25 janvier 2020 au samedi 8 février 2020',
      '50,00 €',
      '-7,50 €',
      '42,50 €',
      '5,00 €',
      'Total : 47,50 € (remise de 7,50 € déduite)',
      'Acompte de 25 % : 10,62 €',
      'Solde : 36,88 € à régler le samedi 25 janvier 2020',
      'Arrivée entre 16 h 00 et 20 h 00',
      'Départ avant 10 h 00',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Proposition de location');
  });

  it('keeps accents and French quotation marks', async () => {
    const text = words(pdfText(await render()));
    expect(text).toContain('« Lu et approuvé »');
    expect(text).toContain('Ménage de fin de séjour');
    expect(text).toContain('Équipements : Wifi, Cheminée, Jardin clos');
  });

  it('numbers every page "Page n / total" in the footer', async () => {
    const pages = pdfText(await render()).split('\f').filter((page) => page.trim() !== '');
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((page, i) => expect(words(page)).toContain(`Page ${i + 1} / ${pages.length}`));
  });

  it('appends the general terms of sale when the owner wrote them, and nothing when not', async () => {
    const withTerms = words(pdfText(await render()));
    expect(withTerms).toContain('Conditions générales de vente');
    expect(withTerms).toContain('Article 2 – Conclusion du contrat : la réservation devient effective');
    const withoutTerms = words(pdfText(await render({ settings: { terms: { fr: null, en: null } } })));
    expect(withoutTerms).not.toContain('Conditions générales de vente');
    expect(withoutTerms).not.toContain('Article 1');
  });

  it('calls an option a rental proposal', async () => {
    const text = words(pdfText(await render({ dossier: { status: 'OPTION' } })));
    expect(text).toContain('Proposition de location');
    expect(text).not.toContain('Contrat de location');
  });

  it('writes the English document with English amounts and dates', async () => {
    const text = words(pdfText(await render({ lang: 'EN' })));
    for (const expected of ['Rental contract', '€47.50', '(€7.50 discount deducted)', 'Stay from Saturday 25 January 2020 to Saturday 8 February 2020', 'Foix, 20/01/2020', 'Page 1 of']) {
      expect(text).toContain(expected);
    }
  });

  it('renders the same facts to the same text, and the same bytes', async () => {
    const [first, second] = await Promise.all([render(), render()]);
    expect(pdfText(second)).toBe(pdfText(first));
    expect(second.equals(first)).toBe(true);
  });

  it('renders with the standard Helvetica font too, amounts kept whole', async () => {
    const text = words(pdfText(await render({}, 'standard')));
    expect(text).toContain('Total : 47,50 € (remise de 7,50 € déduite)');
  });

  it('fails a render that takes too long with DocumentRenderFailed, and a closed pool refuses work', async () => {
    const hurried = new PdfRenderPool({ size: 1, timeoutMs: 1 });
    await expect(hurried.render(printableDossier(manualContractFacts()))).rejects.toThrow(DocumentRenderFailed);
    await hurried.close();
    await expect(hurried.render(printableDossier(manualContractFacts()))).rejects.toThrow(/closed/);
  });
});
