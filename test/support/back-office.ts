import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { RuntimeConfig } from '../../src/shared/config/config';
import { PASSWORD, uniqueEmail } from './owners';
import { startTestApp, type TestApp } from './test-app';

/**
 * What the back office's browser tests share: a build of today's sources (made once for the
 * run, whichever jest worker gets there first), Debian's Chromium, and an owner signed in the way
 * the app signs in (the session's cookies, from a log-in that asked for them).
 */
export const CHROMIUM = '/usr/bin/chromium';
export const PHONE = { width: 360, height: 780 };
export const DESKTOP = { width: 1366, height: 900 };
const ROOT = join(__dirname, '..', '..');
const SOURCES = join(ROOT, 'src', 'back-office');
const PAGE = join(ROOT, 'dist', 'back-office', 'index.html');
const LOCK = join(ROOT, 'dist', 'back-office.lock');

const browserPresent = existsSync(CHROMIUM);
if (!browserPresent && !process.env.CI) {
  console.warn(`Skipped the back office's browser tests: ${CHROMIUM} is absent (apt-get install -y chromium). CI runs them.`);
}
/** `describe` where Chromium is (always in CI, where its absence must fail), else `describe.skip`. */
export const describeInBrowser = browserPresent || process.env.CI ? describe : describe.skip;

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds dist/back-office from today's sources unless a build newer than them is there; one worker builds, the others wait. */
export async function buildBackOffice(): Promise<void> {
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (waited > 120_000) throw new Error(`${LOCK} is held for two minutes: remove it if no build runs`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    if (existsSync(PAGE) && statSync(PAGE).mtimeMs > newestSource(SOURCES)) return;
    execFileSync(process.execPath, [join(SOURCES, 'build.mjs')], { stdio: 'pipe', cwd: ROOT });
  } finally {
    rmdirSync(LOCK);
  }
}

/** The app and the browser a test file drives, once its `beforeAll` has started them. */
export interface BackOfficeRun {
  readonly app: TestApp;
  /** The app's origin: http://127.0.0.1:<port>. */
  readonly base: string;
  readonly browser: Browser;
}

/**
 * For a test file: before its tests, today's back office built, the whole app on a port and
 * Chromium; after them, both stopped. The fields are there once `beforeAll` has run.
 */
export function withBackOffice(options: { readonly config?: Partial<RuntimeConfig>; readonly before?: () => void } = {}): BackOfficeRun {
  const run = {} as { app: TestApp; base: string; browser: Browser };
  beforeAll(async () => {
    options.before?.();
    await buildBackOffice();
    run.app = await startTestApp({ config: options.config });
    run.base = run.app.url.replace(/\/graphql$/, '');
    run.browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await run.browser?.close();
    await run.app?.close();
  });
  return run;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
}

export interface SignedInOwner {
  readonly email: string;
  readonly password: string;
  readonly context: BrowserContext;
  readonly page: Page;
  /** The owner's token, for a test's own GraphQL calls to set up or check data. */
  readonly token: string;
}

/**
 * A new owner, signed up over GraphQL, in a fresh browser context holding the session's cookies
 * exactly as the app's own log-in leaves them; `base` is the app's origin (http://127.0.0.1:port).
 */
export async function signedInOwner(browser: Browser, base: string, options: { viewport?: { width: number; height: number }; lastName?: string } = {}): Promise<SignedInOwner> {
  const email = uniqueEmail('back-office');
  const signUp = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($input: SignUpInput!) { signUp(input: $input) { token } }', variables: { input: { email, password: PASSWORD, lastName: options.lastName ?? 'Martin', firstName: 'Claire' } } }),
  });
  const token = ((await signUp.json()) as { data: { signUp: { token: string } } }).data.signUp.token;
  const logIn = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-osmb-session': 'cookie' },
    body: JSON.stringify({ query: 'mutation($email: String!, $password: String!) { logIn(email: $email, password: $password) { token } }', variables: { email, password: PASSWORD } }),
  });
  const cookies = logIn.headers.getSetCookie().map((line) => {
    const [pair] = line.split(';');
    const at = pair.indexOf('=');
    return { name: pair.slice(0, at), value: pair.slice(at + 1), url: base, httpOnly: /;\s*HttpOnly/i.test(line), sameSite: 'Strict' as const };
  });
  const context = await browser.newContext({ viewport: options.viewport ?? DESKTOP, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  await context.addCookies(cookies);
  const page = await context.newPage();
  return { email, password: PASSWORD, context, page, token };
}

/** Today in France, as the app's calendar days are written (YYYY-MM-DD). */
export const parisToday = (): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());

/** A calendar day plus n days. */
export function plusDays(day: string, n: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}

/** A day as the French screens write it: "samedi 4 juillet 2026". */
export const longDayFr = (day: string): string =>
  new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

/**
 * The page's texts read at less than WCAG AA contrast: 4.5:1, or 3:1 for large text (24 px, or
 * 18.66 px bold). Each text's colour against the first background behind it that is a plain
 * colour; texts over an image or pattern, in disabled controls or hidden are left out (WCAG does
 * not ask it of disabled controls). Run in the page, as a string, since the project's types have
 * no DOM.
 */
export async function lowContrastTexts(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const rgb = (value) => { const m = value.match(/rgba?\\(([^)]+)\\)/); if (!m) return null; const [r, g, b, a = '1'] = m[1].split(/[ ,\\/]+/).filter(Boolean); return { r: +r, g: +g, b: +b, a: +a }; };
    const lum = ({ r, g, b }) => { const f = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
    const ratio = (a, b) => { const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x); return (hi + 0.05) / (lo + 0.05); };
    const background = (element) => {
      for (let e = element; e; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (style.backgroundImage !== 'none') return null;
        if (Number(style.opacity) < 1) return null;
        const colour = rgb(style.backgroundColor);
        if (colour && colour.a === 1) return colour;
      }
      return { r: 255, g: 255, b: 255, a: 1 };
    };
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !node.textContent.trim() || element.closest(':disabled, [aria-disabled="true"], .visually-hidden, noscript')) continue;
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
      const text = rgb(style.color);
      const behind = background(element);
      if (!text || !behind) continue;
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      const measured = ratio(text, behind);
      if (measured < (large ? 3 : 4.5)) found.push(node.textContent.trim().slice(0, 40) + ' (' + style.color + ' on rgb(' + behind.r + ', ' + behind.g + ', ' + behind.b + '): ' + measured.toFixed(2) + ')');
    }
    return [...new Set(found)];
  })()`);
}
