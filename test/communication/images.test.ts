import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BLOB_STORE, type BlobStore } from '../../src/communication/application/ports';
import { CREATE_DOSSIER, dossierInput, ownerWithGite } from '../support/booking-fixtures';
import { gif, jpeg, png, svg, webpLossless } from '../support/images';
import { signUpOwner, type SignedUpOwner } from '../support/owners';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * `POST /images` and `GET /images/:id` over real HTTP: an owner's image is checked, kept under
 * the SHA-256 of its bytes, served back as it came, and printed in the booking-file document
 * from the database.
 */
interface ErrorAnswer {
  error: { code: string; message: string; field?: string };
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** How many images a PDF draws, as pdfimages (poppler-utils) lists them: `[width, height]` each. */
function pdfImages(pdf: Buffer): [number, number][] {
  const dir = mkdtempSync(join(tmpdir(), 'osmb-pdfimages-'));
  try {
    const file = join(dir, 'document.pdf');
    writeFileSync(file, pdf);
    const run = spawnSync('pdfimages', ['-list', file], { encoding: 'utf8' });
    if (run.error) throw new Error(`pdfimages could not run (${run.error.message}): install poppler-utils (apt-get install poppler-utils)`);
    if (run.status !== 0) throw new Error(`pdfimages failed: ${run.stderr}`);
    // Two heading lines, then one line per image: page, num, type, width, height…
    return run.stdout
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const [, , , width, height] = line.trim().split(/\s+/);
        return [Number(width), Number(height)];
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('owners’ images over HTTP', () => {
  let t: TestApp;
  let baseUrl: string;
  let owner: SignedUpOwner;

  beforeAll(async () => {
    t = await startTestApp({ config: { pdfWorkers: 1 } });
    baseUrl = t.url.replace(/\/graphql$/, '');
    owner = await signUpOwner(t);
  });
  afterAll(() => t.close());

  const upload = (body: RequestInit['body'], contentType: string | null, token: string | null = owner.token, init: RequestInit = {}) =>
    fetch(`${baseUrl}/images`, {
      method: 'POST',
      headers: { ...(contentType === null ? {} : { 'content-type': contentType }), ...(token === null ? {} : { authorization: `Bearer ${token}` }) },
      body,
      ...init,
    });
  const form = (fields: [string, Blob | string][]) => {
    const data = new FormData();
    for (const [name, value] of fields) data.append(name, value);
    return data;
  };
  const refusal = async (response: Response): Promise<ErrorAnswer['error']> => {
    expect(response.status).toBe(400);
    return ((await response.json()) as ErrorAnswer).error;
  };

  it('keeps a PNG under the SHA-256 of its bytes and serves the same bytes back, cacheable for ever', async () => {
    const image = png(3, 2, { rgb: [10, 120, 200] });

    const response = await upload(image, 'image/png');

    expect(response.status).toBe(201);
    const id = sha256(image);
    expect(await response.json()).toEqual({ id, contentType: 'image/png', size: image.length, width: 3, height: 2, url: `/images/${id}` });
    expect(response.headers.get('location')).toBe(`/images/${id}`);
    const served = await fetch(`${baseUrl}/images/${id}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await served.arrayBuffer()).equals(image)).toBe(true);
  });

  it('gives the same bytes the same id, whoever sends them and however often', async () => {
    const image = png(2, 2, { rgb: [1, 2, 3] });
    const other = await signUpOwner(t);
    const ids = await Promise.all(
      [upload(image, 'image/png'), upload(image, 'image/png'), upload(image, 'image/png', other.token)].map(async (sent) => ((await (await sent).json()) as { id: string }).id),
    );
    expect(ids).toEqual([sha256(image), sha256(image), sha256(image)]);
  });

  it('takes the image in a multipart form field named file', async () => {
    const image = jpeg(4, 4);
    const response = await upload(form([['file', new Blob([image], { type: 'image/jpeg' })]]), null);
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ id: sha256(image), contentType: 'image/jpeg', width: 4, height: 4 });
  });

  it('keeps a WebP, warning that the document prints only PNG and JPEG', async () => {
    const response = await upload(webpLossless(), 'image/webp');
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ contentType: 'image/webp', width: 1, height: 1 });
    expect(response.headers.get('warning')).toMatch(/^299 - ".*prints only PNG and JPEG.*"$/);
  });

  it('refuses an upload without an owner token', async () => {
    const response = await upload(png(), 'image/png', null);
    expect(response.status).toBe(401);
    expect(((await response.json()) as ErrorAnswer).error.code).toBe('UNAUTHENTICATED');
  });

  describe('refuses with 400 BAD_USER_INPUT on file', () => {
    const sixMegabytes = () => Buffer.concat([png(), Buffer.alloc(6 * 1024 * 1024)]);

    it.each<[string, () => Buffer | string, string, RegExp]>([
      ['a GIF', gif, 'image/gif', /must be a PNG, JPEG or WebP image$/],
      ['an SVG, which can carry scripts', svg, 'image/svg+xml', /must be a PNG, JPEG or WebP image$/],
      ['a text file', () => 'Gîte des Lavandes', 'text/plain', /^file: must be a PNG, JPEG or WebP image, sent as the body .*\(got text\/plain\)$/],
      ['a text file sent as a PNG', () => 'Gîte des Lavandes', 'image/png', /must be a PNG, JPEG or WebP image$/],
      ['an empty body', () => Buffer.alloc(0), 'image/png', /is empty/],
      ['a 6 MB body, by its declared length', sixMegabytes, 'image/png', /^file: must be at most 5 MB \(got 6 MB\)$/],
      ['a JPEG whose Content-Type says PNG', () => jpeg(), 'image/png', /^file: is sent as image\/png but is a JPEG image: send it as image\/jpeg$/],
      ['a JSON body', () => JSON.stringify({ file: png().toString('base64') }), 'application/json', /\(got application\/json\)$/],
    ])('%s', async (_, body, contentType, message) => {
      const error = await refusal(await upload(body(), contentType));
      expect(error).toEqual({ code: 'BAD_USER_INPUT', field: 'file', message: expect.stringMatching(message) as unknown });
    });

    it('a body over 5 MB sent without a length, counted as it arrives', async () => {
      const chunk = new Uint8Array(64 * 1024);
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent >= 6 * 1024 * 1024) return controller.close();
          sent += chunk.length;
          controller.enqueue(sent === chunk.length ? png() : chunk);
        },
      });
      const init = { duplex: 'half' } as RequestInit;
      expect(await refusal(await upload(body, 'image/png', owner.token, init))).toEqual({ code: 'BAD_USER_INPUT', field: 'file', message: 'file: must be at most 5 MB' });
    });

    it('a form whose image is over 5 MB', async () => {
      const error = await refusal(await upload(form([['file', new Blob([Buffer.concat([png(), Buffer.alloc(5 * 1024 * 1024)])])]]), null));
      expect(error).toEqual({ code: 'BAD_USER_INPUT', field: 'file', message: 'file: must be at most 5 MB' });
    });

    it.each<[string, [string, Blob | string][]]>([
      ['a form whose field is not named file', [['image', new Blob([png()], { type: 'image/png' })]]],
      ['a form with two images', [['file', new Blob([png()], { type: 'image/png' })], ['file', new Blob([jpeg()], { type: 'image/jpeg' })]]],
      ['a form with a text field besides the image', [['file', new Blob([png()], { type: 'image/png' })], ['title', 'Logo']]],
      ['a form without any field', []],
    ])('%s', async (_, fields) => {
      expect(await refusal(await upload(form(fields), null))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file', message: expect.stringMatching(/field named "file"/) as unknown });
    });
  });

  it('answers 404 for an unknown id, a malformed one, and a stored file that is no image', async () => {
    const blobs = t.app.get<symbol, BlobStore>(BLOB_STORE, { strict: false });
    const document = await blobs.put(Buffer.from('%PDF-1.4 a guest’s contract'), 'application/pdf');
    for (const id of ['0'.repeat(64), 'not-an-id', document.id, document.id.toUpperCase()]) {
      const response = await fetch(`${baseUrl}/images/${id}`);
      expect(response.status).toBe(404);
      expect(((await response.json()) as ErrorAnswer).error.code).toBe('NOT_FOUND');
    }
  });

  it('bounds how many images one owner uploads in an hour, with 429 TOO_MANY_REQUESTS', async () => {
    const busy = await signUpOwner(t);
    const image = png(1, 1, { rgb: [7, 7, 7] });
    for (let i = 0; i < 100; i++) expect((await upload(image, 'image/png', busy.token)).status).toBe(201);

    const refused = await upload(image, 'image/png', busy.token);

    expect(refused.status).toBe(429);
    expect(((await refused.json()) as ErrorAnswer).error).toMatchObject({ code: 'TOO_MANY_REQUESTS', message: expect.stringMatching(/at most 100 images in 60 minutes/) as unknown });
    expect((await upload(image, 'image/png')).status).toBe(201);
  });

  it('prints the uploaded logo in the booking-file document, read from the app’s own store', async () => {
    const gite = await ownerWithGite(t);
    const created = await t.gql(CREATE_DOSSIER, dossierInput(gite, '2027-07-03', '2027-07-10'), gite.owner.token);
    expect(created.errors).toBeUndefined();
    const documentOf = async () => {
      const response = await fetch(`${baseUrl}/dossiers/${created.data?.createDossier.id as string}/document.pdf`, { headers: { authorization: `Bearer ${gite.owner.token}` } });
      expect(response.status).toBe(200);
      return Buffer.from(await response.arrayBuffer());
    };
    const without = pdfImages(await documentOf());

    const logo = png(24, 12, { rgb: [180, 30, 60] });
    const uploaded = (await (await upload(logo, 'image/png', gite.owner.token)).json()) as { id: string };
    const set = await t.gql(
      'mutation($id: String) { setDocumentSettings(input: { header: { logoImageId: $id } }) { header { logoImageId } } }',
      { id: uploaded.id },
      gite.owner.token,
    );
    expect(set.errors).toBeUndefined();
    const withLogo = pdfImages(await documentOf());

    expect(withLogo).toHaveLength(without.length + 1);
    expect(withLogo).toContainEqual([24, 12]);
  });

  it('prints the accommodation’s uploaded photos in part 3, and never fetches one hosted elsewhere', async () => {
    const gite = await ownerWithGite(t);
    const created = await t.gql(CREATE_DOSSIER, dossierInput(gite, '2027-08-07', '2027-08-14'), gite.owner.token);
    const photo = png(30, 20, { rgb: [20, 120, 60] });
    const uploaded = (await (await upload(photo, 'image/png', gite.owner.token)).json()) as { id: string };
    const changed = await t.gql(
      'mutation($id: ID!, $input: AccommodationInput!) { updateAccommodation(id: $id, input: $input) { id } }',
      {
        id: gite.accommodationId,
        input: {
          name: 'Gîte des Lavandes',
          kind: 'HOLIDAY_RENTAL',
          city: 'Gordes',
          maxCapacity: 4,
          description: { fr: 'Un gîte.' },
          photos: [{ url: `${baseUrl}/images/${uploaded.id}` }, { url: 'https://photos.example.org/gite.png' }],
        },
      },
      gite.owner.token,
    );
    expect(changed.errors).toBeUndefined();
    const response = await fetch(`${baseUrl}/dossiers/${created.data?.createDossier.id as string}/document.pdf`, { headers: { authorization: `Bearer ${gite.owner.token}` } });

    expect(pdfImages(Buffer.from(await response.arrayBuffer()))).toEqual([[30, 20]]);
  });
});
