import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { createApp } from '../../src/bootstrap';
import { seedDemo, type DemoData } from '../../src/reservation/infrastructure/demo-seed';
import { uniqueEmail } from '../support/owners';
import { testConfig } from '../support/test-app';
import { until } from '../support/until';

/**
 * The booking widget in a real browser (Debian's Chromium driven by playwright-core), over the
 * whole app listening on a port, seeded as a newcomer's `npm start` seeds it: pasted on an
 * owner's own site (another origin, with hostile styles), it shows the gîte, pages a month
 * forward, takes an arrival and a departure from the keyboard, fills the form, pays the deposit on
 * the local test provider's card page, and shows the confirmation the payment page sends the
 * guest back to; the owner's planning then holds those nights. Each step is photographed under
 * test-output/widget/.
 *
 * Without /usr/bin/chromium the test is skipped, except in CI (CI set), where it must run.
 */
const CHROMIUM = '/usr/bin/chromium';
const SHOTS = join(__dirname, '..', '..', 'test-output', 'widget');
const PHONE = { width: 360, height: 780 };
const browserPresent = existsSync(CHROMIUM);
if (!browserPresent && !process.env.CI) {
  console.warn(`Skipped the booking widget's browser test: ${CHROMIUM} is absent (apt-get install -y chromium). CI runs it.`);
}
const describeInBrowser = browserPresent || process.env.CI ? describe : describe.skip;

/** What the functions run inside the page use of its DOM (this project's types know none). */
interface PageElement {
  readonly shadowRoot: { readonly activeElement: PageElement | null; querySelector(selector: string): PageElement | null } | null;
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
  readonly labels?: { readonly length: number } | null;
  readonly outerHTML: string;
  getBoundingClientRect(): { readonly height: number; readonly right: number };
  querySelectorAll(selector: string): Iterable<PageElement>;
}
declare const document: { querySelector(selector: string): PageElement | null; getElementById(id: string): PageElement | null; readonly documentElement: { readonly scrollWidth: number } };
declare function getComputedStyle(element: PageElement): { readonly color: string; readonly fontFamily: string; readonly outlineColor: string };

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });

/** The owner's own site: another origin, whose styles try their worst on everything, the widget included. */
function ownerSite(app: string, accommodationId: string): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Gîte des Lavandes — réserver</title>
<style>html{font-size:10px}*{color:#c00000 !important;font-family:serif !important;letter-spacing:3px}button{background:lime !important;display:inline}.day{outline:4px solid magenta}</style>
</head><body><h1>Mon gîte en Provence</h1><p class="day" id="site-text">Le texte du site du propriétaire.</p>
<osmb-booking id="reserver" accommodation="${accommodationId}" lang="fr"></osmb-booking>
<script src="${app}/widget/osmb-booking.js" defer></script></body></html>`;
}

describeInBrowser('the booking widget on an owner’s site', () => {
  let app: INestApplication;
  let base: string;
  let site: Server;
  let siteUrl: string;
  let demo: DemoData;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let dataDir: string;

  const gql = async <T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const answer = (await response.json()) as { data?: T; errors?: unknown[] };
    if (answer.errors || !answer.data) throw new Error(JSON.stringify(answer.errors));
    return answer.data;
  };
  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  /** The page as it stood when a step failed, beside the steps' pictures. */
  const photographFailure = async <T>(name: string, steps: () => Promise<T>): Promise<T> => {
    try {
      return await steps();
    } catch (error) {
      await shot(`failed-${name}`).catch(() => undefined);
      throw error;
    }
  };
  const widget = (): Locator => page.locator('osmb-booking#reserver');

  beforeAll(async () => {
    // The browser runs what the sources say today, not an older build.
    execFileSync(process.execPath, [join(__dirname, '..', '..', 'src', 'widget', 'build.mjs')], { stdio: 'pipe' });
    rmSync(SHOTS, { recursive: true, force: true });
    mkdirSync(SHOTS, { recursive: true });
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    const config = testConfig({ port, publicUrl: base });
    dataDir = config.dataDir;
    app = await createApp(config, { logger: process.env.TEST_LOG ? ['error', 'warn'] : false });
    await app.listen(port, '127.0.0.1');
    demo = (await seedDemo({ apiUrl: base, publicUrl: base, dataDir, email: uniqueEmail('demo') })).data;
    const gite = demo.accommodations[0];
    site = createServer((_, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(ownerSite(base, gite.id));
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    // localhost, not 127.0.0.1: the owner's site is another origin than the app's.
    siteUrl = `http://localhost:${(site.address() as AddressInfo).port}/reserver`;
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
    context = await browser.newContext({ viewport: PHONE, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
    page = await context.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => site?.close(resolve));
    await app?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('books a week and pays its deposit online, from the calendar to the confirmation', () => photographFailure('booking', async () => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(siteUrl);
    const w = widget();
    await w.getByRole('heading', { name: 'Gîte des Lavandes' }).waitFor();
    await w.getByRole('grid').locator('button.day.AVAILABLE').first().waitFor();
    await shot('01-loaded');

    // Neither the site's styles reach in, nor the widget's out.
    const looks = await page.evaluate(() => {
      const host = document.querySelector('osmb-booking');
      const root = host?.shadowRoot?.querySelector('.root');
      const day = host?.shadowRoot?.querySelector('button.day');
      return {
        color: root ? getComputedStyle(root).color : null,
        font: root ? getComputedStyle(root).fontFamily : null,
        dayHeight: day ? day.getBoundingClientRect().height : 0,
        siteText: getComputedStyle(document.getElementById('site-text') as PageElement).outlineColor,
        overflow: document.documentElement.scrollWidth,
      };
    });
    expect(looks.color).toBe('rgb(31, 41, 51)');
    expect(looks.font?.startsWith('serif')).toBe(false);
    expect(looks.siteText).toBe('rgb(255, 0, 255)');
    // Touch targets stay finger-sized whatever the page's root font size, and nothing overflows a phone.
    expect(looks.dayHeight).toBeGreaterThanOrEqual(40);
    expect(looks.overflow).toBeLessThanOrEqual(PHONE.width);

    const title = w.locator('.calendar-nav h4');
    const thisMonth = await title.textContent();
    await w.getByRole('button', { name: 'Mois suivant' }).click();
    await page.waitForFunction((before) => document.querySelector('osmb-booking')?.shadowRoot?.querySelector('.calendar-nav h4')?.textContent !== before, thisMonth);
    await w.locator('table.calendar[aria-busy]').waitFor({ state: 'detached' });
    await shot('02-next-month');

    // The first Saturday of the month a week may start on, chosen and left from the keyboard.
    const saturdays = w.locator('button.day.arrival-ok[aria-disabled="false"]');
    const days = await saturdays.evaluateAll((buttons: PageElement[]) => buttons.map((b) => b.getAttribute('data-day') ?? ''));
    const arrival = days.find((day) => new Date(`${day}T00:00:00Z`).getUTCDay() === 6);
    if (!arrival) throw new Error(`no Saturday to arrive on among ${days.join(', ')}`);
    const departure = new Date(Date.parse(`${arrival}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
    await w.locator(`button[data-day="${arrival}"]`).focus();
    await page.keyboard.press('Enter');
    expect(await w.locator(`button[data-day="${arrival}"]`).getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('ArrowDown');
    await w.locator(`button[data-day="${departure}"]`).waitFor();
    await expect(page.evaluate(() => document.querySelector('osmb-booking')?.shadowRoot?.activeElement?.getAttribute('data-day'))).resolves.toBe(departure);
    await page.keyboard.press('Enter');
    const form = w.locator('form.booking-form');
    await form.waitFor();
    expect(await form.locator('.stay-dates').textContent()).toContain('(7 nuits)');
    await shot('03-stay-chosen');

    await form.getByLabel('Ménage de fin de séjour', { exact: false }).check();
    await form.getByLabel('Code promo').fill('BIENVENUE');
    const field = (name: string) => form.getByRole('textbox', { name, exact: true });
    await field('Nom').fill('Dupont');
    await field('Prénom').fill('Claire');
    await field('E-mail').fill('claire.dupont@example.fr');
    await field('Téléphone').fill('06 12 34 56 78');
    await field('Adresse').fill('3 rue des Lilas');
    await field('Code postal').fill('69003');
    await field('Ville').fill('Lyon');
    await field('Pays').fill('France');
    await form.getByLabel('J’ai lu et j’accepte les conditions générales de vente.').check();
    await form.getByLabel('J’accepte de recevoir', { exact: false }).check();
    const quote = form.locator('.quote');
    // The quote follows the form: the code's discount shows, under the label guests read, once typed.
    await quote.filter({ hasText: 'Bienvenue : 10 % de remise' }).waitFor();
    expect(await quote.textContent()).toMatch(/Total du séjour.*Acompte à verser/);
    expect(await quote.getAttribute('aria-live')).toBe('polite');
    // Every control is named; the honeypot is out of sight, of reach and of autofill.
    const unnamed = await form.evaluate((f: PageElement) => [...f.querySelectorAll('input, select')].filter((i) => i.labels?.length === 0 && !i.getAttribute('aria-label')).map((i) => i.outerHTML));
    expect(unnamed).toEqual([]);
    const honeypot = form.locator('input[name="website"]');
    expect([await honeypot.getAttribute('tabindex'), await honeypot.getAttribute('autocomplete')]).toEqual(['-1', 'off']);
    expect(await form.locator('.honeypot').getAttribute('aria-hidden')).toBe('true');
    expect(await honeypot.evaluate((input: PageElement) => input.getBoundingClientRect().right)).toBeLessThan(0);
    await shot('04-form-filled');

    await form.getByRole('button', { name: 'Payer l’acompte' }).click();
    await page.waitForURL(/\/payments\/local\/checkout\//);
    await page.getByRole('button', { name: /^Payer / }).waitFor();
    await shot('05-payment-page');

    await page.getByRole('button', { name: /^Payer / }).click();
    await page.waitForURL(/osmb_booking=gb_/);
    await w.getByRole('heading', { name: /Réservation (confirmée|payée)/ }).waitFor({ timeout: 30_000 });
    await w.getByText('Dossier n°').waitFor({ timeout: 30_000 });
    await shot('06-confirmation');
    const guestPage = await w.getByRole('link', { name: 'Suivre ma réservation' }).getAttribute('href');
    expect(guestPage).toMatch(new RegExp(`^${base}/guest/bookings/gb_`));

    // The owner's planning holds exactly those nights, for that file.
    const { logIn } = await gql<{ logIn: { token: string } }>('mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { token } }', { e: demo.email, p: demo.password });
    type Night = { date: string; state: string; dossierId: string | null; guestName: string | null };
    const nights = async () =>
      (
        await gql<{ planning: Night[] }>(
          'query($id: ID!, $from: Date!, $to: Date!) { planning(accommodationId: $id, from: $from, to: $to) { date state dossierId guestName } }',
          { id: demo.accommodations[0].id, from: arrival, to: departure },
          logIn.token,
        )
      ).planning;
    // The planning's read model follows the payment a moment after the guest's page shows it.
    const planning = await until('the planning to show the paid deposit', async () => {
      const held = await nights();
      return held.every((night) => night.state === 'CONFIRMED') && held;
    });
    expect(planning).toHaveLength(7);
    expect(new Set(planning.map((night) => night.dossierId)).size).toBe(1);
    expect(planning[0].guestName).toContain('Dupont');

    // The guest's own page, from the link of the confirmation.
    await page.goto(guestPage ?? '');
    await page.locator('osmb-booking').getByRole('heading', { name: /Réservation (confirmée|payée)/ }).waitFor();
    await shot('07-guest-page');
    expect(errors).toEqual([]);
  }), 120_000);

  it('runs on the demo page, where a search over the owner’s accommodations lists both', () => photographFailure('demo', async () => {
    await page.goto(`${base}/demo`);
    const search = page.locator('osmb-booking#demo-owner');
    const saturday = new Date();
    saturday.setUTCDate(saturday.getUTCDate() + 35 + ((6 - saturday.getUTCDay() + 7) % 7));
    await search.getByLabel('Arrivée').fill(saturday.toISOString().slice(0, 10));
    await search.getByLabel('Durée').selectOption('7');
    await search.getByRole('button', { name: 'Rechercher' }).click();
    await search.getByRole('heading', { name: 'Séjours proposés' }).waitFor();
    expect(await search.locator('.offers > li').count()).toBe(2);
    await search.scrollIntoViewIfNeeded();
    await search.screenshot({ path: join(SHOTS, '08-demo-search.png') });
    await search.getByRole('button', { name: 'Choisir Gîte des Lavandes' }).click();
    await search.locator('form.booking-form').waitFor();
    expect(await search.locator('form.booking-form .stay-dates').textContent()).toContain('(7 nuits)');
  }), 60_000);

  it('books, from the page a destination’s search links to, the stay it names, as a booking of that destination', () => photographFailure('marketplace', async () => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const { logIn } = await gql<{ logIn: { token: string } }>('mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { token } }', { e: demo.email, p: demo.password });
    const { signUpDestination } = await gql<{ signUpDestination: { token: string; destination: { id: string } } }>(
      'mutation($input: DestinationSignUpInput!) { signUpDestination(input: $input) { token destination { id } } }',
      { input: { name: 'Luberon Tourisme', kind: 'TOURISM_AGENCY', area: ['84'], website: 'https://www.luberon.example.fr', email: uniqueEmail('destination'), password: 'a destination passphrase' } },
    );
    const destinationId = signUpDestination.destination.id;
    const gite = demo.accommodations[0];
    await gql('mutation($d: ID!, $ids: [ID!]!) { joinDestination(destinationId: $d, accommodationIds: $ids) { joinedAt } }', { d: destinationId, ids: [gite.id] }, logIn.token);
    // A Saturday ten weeks on or more: clear of the week the first case booked.
    const later = new Date(Date.now() + 70 * 86_400_000);
    later.setUTCDate(later.getUTCDate() + ((6 - later.getUTCDay() + 7) % 7));
    const arrival = later.toISOString().slice(0, 10);
    const departure = new Date(later.getTime() + 7 * 86_400_000).toISOString().slice(0, 10);

    await page.goto(`${base}/book/${gite.id}?arrival=${arrival}&departure=${departure}&destination=${destinationId}&lang=fr`);
    const w = page.locator('osmb-booking');
    await w.getByRole('heading', { name: 'Gîte des Lavandes' }).waitFor();
    // The stay the link names is chosen already: its month shown, its arrival pressed, the form open on it.
    await w.locator(`button[data-day="${arrival}"][aria-pressed="true"]`).waitFor();
    const form = w.locator('form.booking-form');
    await form.waitFor();
    expect(await form.locator('.stay-dates').textContent()).toContain('(7 nuits)');
    await shot('09-marketplace-stay');

    const field = (name: string) => form.getByRole('textbox', { name, exact: true });
    await field('Nom').fill('Lefebvre');
    await field('Prénom').fill('Paul');
    await field('E-mail').fill('paul.lefebvre@example.fr');
    await field('Téléphone').fill('06 98 76 54 32');
    await form.getByLabel('J’ai lu et j’accepte les conditions générales de vente.').check();
    await form.locator('.quote').filter({ hasText: 'Total du séjour' }).waitFor();
    await form.getByRole('button', { name: 'Pré-réserver' }).click();
    await w.getByRole('heading', { name: 'Pré-réservation enregistrée' }).waitFor({ timeout: 30_000 });
    await shot('10-marketplace-booked');

    // The owner's file came through the destination, and the destination lists it as its own.
    type File = { origin: string; destinationId: string | null; stays: { accommodationId: string; arrival: string; departure: string }[] };
    const files = await until('the owner’s list to show the file', async () => {
      const { dossiers } = await gql<{ dossiers: { nodes: File[] } }>('{ dossiers(filter: { guest: "lefebvre" }) { nodes { origin destinationId stays { accommodationId arrival departure } } } }', {}, logIn.token);
      return dossiers.nodes.length > 0 && dossiers.nodes;
    });
    expect(files).toEqual([{ origin: 'MARKETPLACE', destinationId, stays: [{ accommodationId: gite.id, arrival, departure }] }]);
    const { destinationBookings } = await gql<{ destinationBookings: { nodes: { guestName: string; stays: { arrival: string }[] }[] } }>(
      '{ destinationBookings { nodes { guestName stays { arrival } } } }',
      {},
      signUpDestination.token,
    );
    expect(destinationBookings.nodes).toEqual([{ guestName: 'LEFEBVRE Paul', stays: [{ arrival }] }]);
    expect(errors).toEqual([]);
  }), 120_000);
});
