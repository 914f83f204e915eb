import { randomUUID } from 'node:crypto';
import { buildBackOffice } from '../support/back-office';
import { PASSWORD, signUpOwner } from '../support/owners';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The back office's session over HTTP, as a browser holds it: a log-in that asks for cookies gets
 * an HttpOnly session cookie (and no token in its body), a readable CSRF cookie that writes must
 * echo, and a log-out that ends both; API clients with bearer tokens see no change. The app's page
 * under /app carries its own content policy.
 */
const LOG_IN = 'mutation($email: String!, $password: String!) { logIn(email: $email, password: $password) { token owner { id } } }';
const ME = '{ me { id email } }';

interface Cookie {
  readonly name: string;
  readonly value: string;
  readonly attributes: string;
}

function cookiesOf(response: Response): Cookie[] {
  return response.headers.getSetCookie().map((line) => {
    const [pair, ...rest] = line.split(';');
    const at = pair.indexOf('=');
    return { name: pair.slice(0, at), value: pair.slice(at + 1), attributes: rest.join(';') };
  });
}

describe('cookie sessions for the back office', () => {
  let app: TestApp;
  let base: string;

  beforeAll(async () => {
    await buildBackOffice();
    app = await startTestApp({ config: { trustProxy: 'loopback', jwtExpiresInSeconds: 7200 } });
    base = app.url.replace(/\/graphql$/, '');
  }, 120_000);
  afterAll(() => app?.close());

  const post = (body: { query: string; variables?: Record<string, unknown> }, headers: Record<string, string> = {}) =>
    fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  async function cookieLogIn(mode = 'cookie', extra: Record<string, string> = {}) {
    const owner = await signUpOwner(app);
    const response = await post({ query: LOG_IN, variables: { email: owner.email, password: PASSWORD } }, { 'x-osmb-session': mode, ...extra });
    const body = (await response.json()) as { data: { logIn: { token: string; owner: { id: string } } } };
    const cookies = cookiesOf(response);
    const session = cookies.find((c) => c.name === 'osmb_session');
    const csrf = cookies.find((c) => c.name === 'osmb_csrf');
    if (!session || !csrf) throw new Error(`no session cookies: ${JSON.stringify(cookies)}`);
    return { owner, body, session, csrf, cookie: `osmb_session=${session.value}; osmb_csrf=${csrf.value}` };
  }

  it('puts the token in an HttpOnly, SameSite=Strict cookie ending with the browser, and not in the body', async () => {
    const { owner, body, session, csrf } = await cookieLogIn();
    expect(body.data.logIn).toEqual({ token: '', owner: { id: owner.id } });
    expect(session.value.split('.')).toHaveLength(3);
    expect(session.attributes).toMatch(/HttpOnly/i);
    expect(session.attributes).toMatch(/SameSite=Strict/i);
    expect(session.attributes).toMatch(/Path=\//);
    expect(session.attributes).not.toMatch(/Max-Age|Expires/i);
    expect(session.attributes).not.toMatch(/Secure/i);
    expect(csrf.attributes).not.toMatch(/HttpOnly/i);
    expect(csrf.value.length).toBeGreaterThanOrEqual(32);
  });

  it('keeps the cookies as long as the token lives when asked to remember, and marks them Secure over https', async () => {
    const { session, csrf } = await cookieLogIn('cookie; remember', { 'x-forwarded-proto': 'https' });
    expect(session.attributes).toMatch(/Max-Age=7200/);
    expect(csrf.attributes).toMatch(/Max-Age=7200/);
    expect(session.attributes).toMatch(/Secure/);
  });

  it('authenticates a write only when the CSRF cookie is echoed in its header', async () => {
    const { owner, cookie, csrf } = await cookieLogIn();
    const echoed = (await (await post({ query: ME }, { cookie, 'x-osmb-csrf': csrf.value })).json()) as { data: { me: { id: string } } };
    expect(echoed.data.me.id).toBe(owner.id);
    for (const headers of [{ cookie } as Record<string, string>, { cookie, 'x-osmb-csrf': `${csrf.value.slice(1)}x` }, { cookie, 'x-osmb-csrf': 'short' }]) {
      const refused = (await (await post({ query: ME }, headers)).json()) as { errors: { extensions: { code: string } }[] };
      expect(refused.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('lets a read (GET) through on the cookie alone, so a PDF link downloads', async () => {
    const { cookie } = await cookieLogIn();
    const missing = `${base}/exports/guests/${randomUUID()}.json`;
    expect((await fetch(missing)).status).toBe(401);
    expect((await fetch(missing, { headers: { cookie: cookie.split(';')[0] } })).status).toBe(404);
  });

  it('leaves bearer clients as they were: the token in the body, no cookie, the header winning over a cookie', async () => {
    const owner = await signUpOwner(app);
    const response = await post({ query: LOG_IN, variables: { email: owner.email, password: PASSWORD } });
    expect(response.headers.getSetCookie()).toEqual([]);
    const token = ((await response.json()) as { data: { logIn: { token: string } } }).data.logIn.token;
    expect(token.length).toBeGreaterThan(20);
    const other = await cookieLogIn();
    const me = (await (await post({ query: ME }, { authorization: `Bearer ${token}`, cookie: other.cookie, 'x-osmb-csrf': other.csrf.value })).json()) as { data: { me: { id: string } } };
    expect(me.data.me.id).toBe(owner.id);
  });

  it('ends the session on log-out, and with every other session when the password changes', async () => {
    const first = await cookieLogIn();
    const out = await post({ query: 'mutation { logOut }' }, { cookie: first.cookie, 'x-osmb-csrf': first.csrf.value });
    const cleared = cookiesOf(out);
    expect(cleared.map((c) => [c.name, c.value])).toEqual([['osmb_session', ''], ['osmb_csrf', '']]);
    expect(cleared.every((c) => /Max-Age=0/.test(c.attributes))).toBe(true);

    const second = await cookieLogIn();
    const headers = { cookie: second.cookie, 'x-osmb-csrf': second.csrf.value };
    const changed = (await (await post({ query: 'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }', variables: { c: PASSWORD, n: 'encore une autre phrase' } }, headers)).json()) as { data: { changePassword: boolean } };
    expect(changed.data.changePassword).toBe(true);
    const after = (await (await post({ query: ME }, headers)).json()) as { errors: { extensions: { code: string } }[] };
    expect(after.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('serves the app under /app with its own policy: the page for any of its paths, assets cached for a year', async () => {
    for (const path of ['/app', '/app/', '/app/planning', '/app/dossiers/123']) {
      const response = await fetch(`${base}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/text\/html/);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
    }
    const page = await (await fetch(`${base}/app/`)).text();
    const script = /src="(\/app\/assets\/app-[A-Z0-9]+\.js)"/.exec(page)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`${base}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toMatch(/max-age=31536000.*immutable/);
    expect((await fetch(`${base}/app/assets/app-NOPE.js`)).status).toBe(404);
  });
});
