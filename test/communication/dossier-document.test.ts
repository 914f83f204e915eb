import { bookedFile as bookedFileOf, type BookedFile } from '../support/communication-fixtures';
import { signUpOwner } from '../support/owners';
import { pdfWords } from '../support/pdf-text';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * `GET /dossiers/:id/document.pdf` with the owner's token: the booking file's document as its
 * guest would receive it, read back with pdftotext. An option is a proposal, a confirmed file a
 * contract; the terms of sale are printed when written, and their absence is warned of.
 */
const TERMS_MISSING = /^299 - ".*general terms of sale.*"$/;

describe('the booking file’s document over HTTP', () => {
  let t: TestApp;
  let baseUrl: string;

  beforeAll(async () => {
    t = await startTestApp({ config: { pdfWorkers: 1 } });
    baseUrl = t.url.replace(/\/graphql$/, '');
  });
  afterAll(() => t.close());

  const bookedFile = () => bookedFileOf(t);

  const download = (id: string, token: string | null, lang?: string) =>
    fetch(`${baseUrl}/dossiers/${encodeURIComponent(id)}/document.pdf${lang === undefined ? '' : `?lang=${lang}`}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  const pdfOf = async (response: Response): Promise<Buffer> => {
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  };

  const ok = async (file: BookedFile, document: string, variables: Record<string, unknown> = {}) => {
    const answer = await t.gql(document, variables, file.gite.owner.token);
    expect(answer.errors).toBeUndefined();
  };

  it('serves an option as a French rental proposal, a PDF attachment holding the file’s figures and its guest', async () => {
    const file = await bookedFile();

    const response = await download(file.id, file.gite.owner.token);
    const pdf = await pdfOf(response);

    expect(response.headers.get('content-type')).toMatch(/^application\/pdf/);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="proposition-1.pdf"');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfWords(pdf);
    for (const expected of [
      'Proposition de location',
      'Dossier n° 1',
      'Marie Dupont',
      'Séjour du samedi 3 juillet 2027 au samedi 10 juillet 2027',
      'Gîte des Lavandes',
      'Total : 1 234,56 €',
      'Acompte de 25 % : 308,64 €',
      'Solde : 1 234,56 € à régler le',
      'Arrivée entre 16 h 00 et 20 h 00',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Contrat de location');
  });

  it('prints the accommodation’s security deposit, once its sheet has one, as a mention of the contract apart from the price', async () => {
    const file = await bookedFile();
    const before = pdfWords(await pdfOf(await download(file.id, file.gite.owner.token)));
    expect(before).not.toContain('Dépôt de garantie');
    const sheet = { name: 'Gîte des Lavandes', kind: 'HOLIDAY_RENTAL', city: 'Gordes', maxCapacity: 4, description: { fr: 'Un gîte.' }, securityDeposit: 30_000 };
    await ok(file, 'mutation($id: ID!, $input: AccommodationInput!) { updateAccommodation(id: $id, input: $input) { id } }', { id: file.gite.accommodationId, input: sheet });
    const text = pdfWords(await pdfOf(await download(file.id, file.gite.owner.token)));
    expect(text).toContain('Dépôt de garantie : 300,00 €, remis à l');
    const english = pdfWords(await pdfOf(await download(file.id, file.gite.owner.token, 'en')));
    expect(english).toContain('Security deposit: €300.00, handed over on arrival');
  });

  it('writes it in English when asked with ?lang=en', async () => {
    const file = await bookedFile();

    const response = await download(file.id, file.gite.owner.token, 'en');
    const text = pdfWords(await pdfOf(response));

    expect(response.headers.get('content-disposition')).toBe('attachment; filename="proposal-1.pdf"');
    for (const expected of ['Rental proposal', 'Booking no. 1', 'Marie Dupont', 'Stay from Saturday 3 July 2027 to Saturday 10 July 2027', 'Total: €1,234.56']) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Proposition de location');
  });

  it('calls a confirmed file a rental contract', async () => {
    const file = await bookedFile();
    await ok(file, 'mutation($id: ID!) { confirmDossier(id: $id) { status } }', { id: file.id });

    const response = await download(file.id, file.gite.owner.token);
    const text = pdfWords(await pdfOf(response));

    expect(response.headers.get('content-disposition')).toBe('attachment; filename="contrat-1.pdf"');
    expect(text).toContain('Contrat de location');
    expect(text).not.toContain('Proposition de location');
  });

  it('warns that the terms of sale are missing until the owner writes them, then prints them as part 4', async () => {
    const file = await bookedFile();

    const before = await download(file.id, file.gite.owner.token);
    expect(before.headers.get('warning')).toMatch(TERMS_MISSING);
    expect(pdfWords(await pdfOf(before))).not.toContain('Conditions générales de vente');

    await ok(file, 'mutation($input: DocumentSettingsInput!) { setDocumentSettings(input: $input) { printTerms } }', {
      input: { terms: { fr: 'Article 1 – La réservation devient effective à réception des arrhes.', en: 'Article 1 – The booking stands once the deposit is received.' } },
    });

    const after = await download(file.id, file.gite.owner.token);
    expect(after.headers.get('warning')).toBeNull();
    const text = pdfWords(await pdfOf(after));
    expect(text).toContain('Conditions générales de vente');
    expect(text).toContain('Article 1 – La réservation devient effective à réception des arrhes.');
    const english = pdfWords(await pdfOf(await download(file.id, file.gite.owner.token, 'en')));
    expect(english).toContain('General terms and conditions');
    expect(english).toContain('Article 1 – The booking stands once the deposit is received.');
  });

  it('neither warns nor prints terms when the owner chose not to print them', async () => {
    const file = await bookedFile();
    await ok(file, 'mutation($input: DocumentSettingsInput!) { setDocumentSettings(input: $input) { printTerms } }', {
      input: { printTerms: false, terms: { fr: 'Article 1 – Conditions de A.' } },
    });

    const response = await download(file.id, file.gite.owner.token);
    const text = pdfWords(await pdfOf(response));

    expect(response.headers.get('warning')).toBeNull();
    expect(text).not.toContain('Conditions générales de vente');
    expect(text).not.toContain('Conditions de A');
  });

  it('refuses a language other than fr or en with 400 naming lang', async () => {
    const file = await bookedFile();

    const response = await download(file.id, file.gite.owner.token, 'de');

    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'lang' } });
  });

  it('refuses a language the owner does not write in with 400, and writes in the owner’s first language when none is asked', async () => {
    const file = await bookedFile();
    await ok(file, 'mutation { setEmailSettings(input: { languages: [FR] }) { languages } }');

    const english = await download(file.id, file.gite.owner.token, 'en');
    expect(english.status).toBe(400);
    expect(await english.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'lang' } });
    expect(pdfWords(await pdfOf(await download(file.id, file.gite.owner.token)))).toContain('Proposition de location');

    await ok(file, 'mutation { setEmailSettings(input: { languages: [EN] }) { languages } }');
    expect(pdfWords(await pdfOf(await download(file.id, file.gite.owner.token)))).toContain('Rental proposal');
  });

  it('refuses a caller without a token with 401', async () => {
    const file = await bookedFile();

    const response = await download(file.id, null);

    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
  });

  it('answers another owner 404 NOT_FOUND, exactly as for a file that does not exist', async () => {
    const file = await bookedFile();
    const other = await signUpOwner(t);
    const unknownId = '00000000-0000-4000-8000-000000000000';

    const foreign = await download(file.id, other.token);
    const unknown = await download(unknownId, other.token);

    expect(foreign.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(foreign.headers.get('content-type')).toMatch(/^application\/json/);
    const foreignBody = (await foreign.json()) as { error: { message: string } };
    const unknownBody = (await unknown.json()) as { error: { message: string } };
    expect(foreignBody).toMatchObject({ error: { code: 'NOT_FOUND', field: 'id' } });
    expect({ ...foreignBody.error, message: foreignBody.error.message.replace(file.id, '<id>') }).toEqual({ ...unknownBody.error, message: unknownBody.error.message.replace(unknownId, '<id>') });
    expect(foreignBody.error.message).not.toMatch(/Dupont|Lavandes/);
  });

  it('answers 404 NOT_FOUND for a file its owner deleted', async () => {
    const file = await bookedFile();
    await ok(file, 'mutation($id: ID!) { deleteDossier(id: $id) }', { id: file.id });

    const response = await download(file.id, file.gite.owner.token);

    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: 'NOT_FOUND', field: 'id' } });
  });

  it('answers 404 NOT_FOUND to an id that is not one', async () => {
    const file = await bookedFile();

    const response = await download('not-a-file', file.gite.owner.token);

    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });
});
