import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDemo, seedDemo, type DemoData } from '../../src/reservation/infrastructure/demo-seed';
import { uniqueEmail } from '../support/owners';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * What the app serves for the guest side besides GraphQL: the widget's script to any site, the
 * demo page and a guest's booking page; and the demo a newcomer's start makes, once.
 */
describe('the widget, the demo and the guest pages over HTTP', () => {
  let t: TestApp;
  let base: string;
  let dataDir: string;
  let demo: DemoData;

  beforeAll(async () => {
    execFileSync(process.execPath, [join(__dirname, '..', '..', 'src', 'widget', 'build.mjs')], { stdio: 'pipe' });
    t = await startTestApp();
    base = t.url.replace(/\/graphql$/, '');
    dataDir = mkdtempSync(join(tmpdir(), 'osmb-demo-'));
  }, 60_000);
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('makes the demo once: a second start changes nothing, and an interrupted one resumes without doubles', async () => {
    const options = { apiUrl: base, publicUrl: base, dataDir, email: uniqueEmail('demo') };
    const first = await seedDemo(options);
    expect(first.action).toBe('CREATED');
    demo = first.data;
    expect(demo.accommodations.map((a) => a.name)).toEqual(['Gîte des Lavandes', 'Chambre d’hôtes L’Olivier']);
    expect((await seedDemo(options)).action).toBe('UNCHANGED');

    // A run that stopped before writing "complete" finds its password and what it made.
    writeFileSync(join(dataDir, 'demo.json'), JSON.stringify({ ...demo, complete: false, accommodations: [] }));
    expect((await seedDemo(options)).action).toBe('CREATED');
    const again = readDemo(dataDir);
    expect(again?.accommodations).toEqual(demo.accommodations);
    const { logIn } = (await t.gql('mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { token } }', { e: demo.email, p: demo.password })).data ?? {};
    const mine = await t.gql('{ accommodations { name photos { url } } supplements { id } promoCodes { code } salesTerms { onlinePaymentReady preBooking } }', {}, logIn.token);
    expect(mine.data?.accommodations).toHaveLength(2);
    expect(mine.data?.supplements).toHaveLength(3);
    expect(mine.data?.promoCodes).toEqual([{ code: 'BIENVENUE' }]);
    expect(mine.data?.salesTerms).toEqual({ onlinePaymentReady: true, preBooking: true });
    const photo = await fetch(mine.data?.accommodations[0].photos[0].url);
    expect([photo.status, photo.headers.get('content-type')]).toEqual([200, 'image/png']);
    expect(readFileSync(join(dataDir, 'demo.json'), 'utf8')).toContain(demo.password);

    // Guests see the week at its price, as the demo page promises.
    const table = await t.gql('query($id: ID!, $from: Date!, $to: Date!) { priceTable(accommodationId: $id, from: $from, to: $to) { label min { cents } max { cents } } }', {
      id: demo.accommodations[0].id,
      from: new Date().toISOString().slice(0, 10),
      to: new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10),
    });
    expect(table.data?.priceTable).toContainEqual({ label: 'Semaine', min: { cents: 66_500 }, max: { cents: 80_500 } });
  }, 60_000);

  it('serves the widget to any site, cached with an ETag', async () => {
    const response = await fetch(`${base}/widget/osmb-booking.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/javascript; charset=utf-8');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(response.headers.get('cache-control')).toMatch(/public, max-age=86400/);
    expect(await response.text()).toContain('osmb-booking');
    const etag = response.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    const again = await fetch(`${base}/widget/osmb-booking.js`, { headers: { 'if-none-match': etag ?? '' } });
    expect(again.status).toBe(304);
  });

  it('lets a page of any site call the public GraphQL operations, without credentials', async () => {
    const preflight = await fetch(t.url, {
      method: 'OPTIONS',
      headers: { origin: 'https://www.gite-des-lavandes.fr', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, idempotency-key' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Idempotency-Key/);
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
    const answer = await fetch(t.url, { method: 'POST', headers: { origin: 'https://www.gite-des-lavandes.fr', 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ characteristics { code } }' }) });
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('shows a guest their booking page, out of search engines and referrers, running only our script', async () => {
    const token = `gb_${'0'.repeat(32)}${'A'.repeat(43)}`;
    const response = await fetch(`${base}/guest/bookings/${token}`, { headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-inline');
    const html = await response.text();
    expect(html).toContain(`<osmb-booking booking-token="${token}"></osmb-booking>`);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<meta name="robots" content="noindex,nofollow">');
  });

  it('answers 404 for a link that names no booking, and never echoes it', async () => {
    const response = await fetch(`${base}/guest/bookings/${encodeURIComponent('"><script>alert(1)</script>')}`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('<script>alert');
  });

  it('serves the booking page a destination’s search links to: the widget on the stay and the destination, in the language the link asks', async () => {
    const [gite, destination] = ['3f2b8c1e-5a7d-4e9f-b0c6-1d2e3f4a5b6c', '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d'];
    const response = await fetch(`${base}/book/${gite}?arrival=2027-08-07&departure=2027-08-14&destination=${destination}&lang=en`, { headers: { 'accept-language': 'fr-FR,fr;q=0.9' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    const html = await response.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain(`<osmb-booking accommodation="${gite}" destination="${destination}" arrival="2027-08-07" departure="2027-08-14" lang="en"></osmb-booking>`);
    expect(html).toContain('<script src="/widget/osmb-booking.js" defer></script>');
  });

  it('speaks the browser’s language on a booking page whose link says none, and French when neither does', async () => {
    const gite = '3f2b8c1e-5a7d-4e9f-b0c6-1d2e3f4a5b6c';
    const english = await (await fetch(`${base}/book/${gite}?arrival=2027-08-07&departure=2027-08-14`, { headers: { 'accept-language': 'en-GB,en;q=0.9' } })).text();
    expect(english).toContain('<html lang="en">');
    expect(english).toContain(`<osmb-booking accommodation="${gite}" arrival="2027-08-07" departure="2027-08-14" lang="en"></osmb-booking>`);
    const french = await (await fetch(`${base}/book/${gite}?lang=de`)).text();
    expect(french).toContain('<html lang="fr">');
    expect(french).toContain(`<osmb-booking accommodation="${gite}" lang="fr"></osmb-booking>`);
  });

  it('leaves out of a booking page the dates that are not dates, and never echoes what a link slips in', async () => {
    const gite = '3f2b8c1e-5a7d-4e9f-b0c6-1d2e3f4a5b6c';
    const injected = encodeURIComponent('2027-08-07"><script>alert(1)</script>');
    const html = await (await fetch(`${base}/book/${gite}?arrival=${injected}&departure=07%2F08%2F2027&lang=${encodeURIComponent('fr"><script>alert(2)</script>')}`)).text();
    expect(html).toContain(`<osmb-booking accommodation="${gite}" lang="fr"></osmb-booking>`);
    expect(html).not.toContain('<script>alert');
    const short = await (await fetch(`${base}/book/${gite}?arrival=2027-8-7&departure=2027-08-14`)).text();
    expect(short).not.toContain('arrival="');
    expect(short).toContain(`<osmb-booking accommodation="${gite}" departure="2027-08-14" lang="fr"></osmb-booking>`);
  });

  it.each([
    ['an accommodation that is no id', '/book/gite-des-lavandes?arrival=2027-08-07&departure=2027-08-14'],
    ['a destination that is no id', '/book/3f2b8c1e-5a7d-4e9f-b0c6-1d2e3f4a5b6c?destination=perigord'],
    ['two destinations', '/book/3f2b8c1e-5a7d-4e9f-b0c6-1d2e3f4a5b6c?destination=9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d&destination=9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d'],
    ['a destination that slips in a script', `/book/3f2b8c1e-5a7d-4e9f-b0c6-1d2e3f4a5b6c?destination=${encodeURIComponent('"><script>alert(3)</script>')}`],
  ])('answers 404 for a booking page naming %s, without echoing it', async (_, path) => {
    const response = await fetch(`${base}${path}`);
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).not.toContain('<osmb-booking');
    expect(html).not.toContain('<script>alert');
    expect(html).not.toMatch(/gite-des-lavandes|perigord/);
  });

  it('says on the demo page how to get the demo when there is none', async () => {
    const response = await fetch(`${base}/demo`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('npm start');
    expect(html).not.toContain('<osmb-booking');
  });
});
