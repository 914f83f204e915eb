import { signUpOwner } from '../support/owners';
import { startTestApp, type TestApp } from '../support/test-app';

/** What every answer tells a browser, whichever route gave it. */
describe('security headers', () => {
  let t: TestApp;
  let base: string;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp();
    base = t.url.replace(/\/graphql$/, '');
    token = (await signUpOwner(t)).token;
  });
  afterAll(() => t.close());

  const answers: [string, () => Promise<Response>][] = [
    ['a GraphQL answer', () => fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ characteristics { code } }' }) })],
    ['a GraphQL refusal', () => fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ nothing }' }) })],
    ['the health check', () => fetch(`${base}/health`)],
    ['a download', () => fetch(`${base}/exports/dossiers.xlsx`, { headers: { authorization: `Bearer ${token}` } })],
    ['an unknown route', () => fetch(`${base}/nowhere`)],
  ];

  it.each(answers)('%s may not be framed, sniffed or followed by a Referer, and does not name the framework', async (_, request) => {
    const response = await request();
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('keeps the download a spreadsheet', async () => {
    const response = await fetch(`${base}/exports/dossiers.xlsx`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    expect(response.headers.get('content-disposition')).toContain('dossiers.xlsx');
  });
});
