import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describeInBrowser, PHONE, signedInOwner, type SignedInOwner, withBackOffice } from '../support/back-office';
import { PASSWORD, uniqueEmail } from '../support/owners';
import { until } from '../support/until';

/** What the functions run inside the page read of it (this project's types know no DOM). */
declare const document: {
  querySelector(selector: string): { readonly shadowRoot: { readonly childElementCount: number } | null } | null;
  querySelectorAll(selector: string): ArrayLike<{ getBoundingClientRect(): { readonly right: number } }>;
};
declare const navigator: { readonly clipboard: { readText(): Promise<string> } };

const SHOTS = join(__dirname, '..', '..', 'test-output', 'back-office');

/**
 * How far right the screen's content reaches (a wide table scrolls inside its own box, which
 * counts, not the table). The screen's own measure: the frame's top bar is the layout's (in French it is a few
 * pixels wider than 360 px on its own, whatever the screen).
 */
const widestContent = (): number => Math.max(0, ...Array.from(document.querySelectorAll('#content *:not(.table-scroll *)')).map((element) => element.getBoundingClientRect().right));

/**
 * "Canaux de vente" in Chromium: the widget's code to paste and its live preview, a private
 * calendar address refused by the server, an API key shown once then revoked, a webhook and its
 * signing key shown once; on a phone, the code reads without scrolling sideways.
 */
describeInBrowser('the sales channels screen', () => {
  const run = withBackOffice({
    // The preview runs the widget the server serves: built from today's sources.
    before: () => execFileSync(process.execPath, [join(__dirname, '..', '..', 'src', 'widget', 'build.mjs')], { stdio: 'pipe' }),
    // The webhook's address must resolve when typed, and this machine may have no DNS: it is an
    // address allowed here, never called (deliveries are sent by hand in tests). 127.0.0.1 stays
    // refused, as any loopback address is in production.
    config: { outboundAllow: ['127.0.0.2'] },
  });

  /** A bookable gîte of the owner's, made over the API with their token. */
  const gite = async (owner: SignedInOwner, name = 'Gîte des Lavandes'): Promise<string> => {
    const created = await run.app.gql<{ createAccommodation: { id: string } }>(
      'mutation($input: AccommodationInput!) { createAccommodation(input: $input) { id } }',
      { input: { name, kind: 'HOLIDAY_RENTAL', city: 'Gordes', maxCapacity: 4, description: { fr: 'Un gîte.' } } },
      owner.token,
    );
    const id = created.data?.createAccommodation.id;
    if (!id) throw new Error(`creating the gîte failed: ${JSON.stringify(created.errors)}`);
    const shown = await run.app.gql('mutation($id: ID!) { setAccommodationVisibility(id: $id, visibility: BOOKABLE) { id } }', { id }, owner.token);
    expect(shown.errors).toBeUndefined();
    return id;
  };

  const watchErrors = (page: Page): string[] => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      // The app has no favicon yet: the browser's own request for one is the frame's, not this screen's.
      if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) errors.push(`${message.text()} ${message.location().url}`);
    });
    return errors;
  };

  it('gives the widget’s code with a live preview, shows the refusal of a private calendar, and keys and webhook secrets once', async () => {
    const owner = await signedInOwner(run.browser, run.base);
    const { page } = owner;
    await owner.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: run.base });
    const errors = watchErrors(page);
    const accommodationId = await gite(owner);

    await page.goto(`${run.base}/app/channels`);
    await page.getByRole('heading', { name: 'Canaux de vente' }).waitFor();
    const snippet = page.getByLabel('Code à coller sur votre site', { exact: true });
    await expect(snippet.inputValue()).resolves.toBe(
      `<script src="${run.base}/widget/osmb-booking.js" defer></script>\n<osmb-booking accommodation="${accommodationId}" lang="fr"></osmb-booking>`,
    );
    // The preview is the widget itself, in its shadow root, showing the gîte as guests see it.
    const widget = page.locator('.sales-channels-preview osmb-booking');
    await widget.getByRole('heading', { name: 'Gîte des Lavandes' }).waitFor();
    expect(await page.evaluate(() => document.querySelector('.sales-channels-preview osmb-booking')?.shadowRoot?.childElementCount ?? 0)).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Copier : Code à coller sur votre site' }).click();
    await page.getByRole('status').filter({ hasText: 'Copié dans le presse-papiers.' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await snippet.inputValue());
    await page.getByLabel('Langue du module').selectOption('en');
    await expect(snippet.inputValue()).resolves.toContain('lang="en"');
    await widget.getByText('Search', { exact: false }).first().waitFor();
    await page.screenshot({ path: join(SHOTS, 'sales-channels-widget.png'), fullPage: true });

    // A calendar on a private address: added, never fetched, and the server's reason shown in French.
    await page.getByRole('link', { name: 'Calendriers iCal' }).click();
    await page.getByRole('combobox', { name: /^Plateforme/ }).selectOption('AIRBNB');
    await page.getByLabel('Adresse du calendrier (https://… ou webcal://…)').fill('http://127.0.0.1/x.ics');
    await page.getByRole('button', { name: 'Ajouter et lire maintenant' }).click();
    await page.getByRole('alert').filter({ hasText: 'sa lecture a échoué : Cette adresse ne peut pas être lue : ce doit être une adresse web publique (https://…).' }).waitFor();
    // The feeds' list is a read model, caught up just after the answer.
    const feeds = await until('the feed listed', async () => {
      const listed = (await run.app.gql<{ icalFeeds: unknown[] }>('{ icalFeeds { url status lastErrorCode } }', {}, owner.token)).data?.icalFeeds ?? [];
      return listed.length > 0 && listed;
    });
    expect(feeds).toEqual([{ url: 'http://127.0.0.1/x.ics', status: 'FAILING', lastErrorCode: 'REFUSED' }]);
    await page.getByRole('heading', { name: /Airbnb\s+En échec/ }).waitFor();
    const exportUrl = (await run.app.gql<{ icalExportUrl: string }>('query($id: ID!) { icalExportUrl(accommodationId: $id) }', { id: accommodationId }, owner.token)).data?.icalExportUrl;
    await expect(page.getByLabel('Adresse iCal de l’hébergement', { exact: true }).inputValue()).resolves.toBe(exportUrl);
    await page.screenshot({ path: join(SHOTS, 'sales-channels-ical.png'), fullPage: true });
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Retirer' }).click();
    await page.getByText('Aucun calendrier importé pour cet hébergement.').waitFor();
    await until('the feed gone', async () => (await run.app.gql<{ icalFeeds: unknown[] }>('{ icalFeeds { id } }', {}, owner.token)).data?.icalFeeds.length === 0);

    // An API key: shown once with its warning, listed by its start, revoked, and then refused by the API.
    await page.getByRole('link', { name: 'Clés d’API' }).click();
    await page.getByLabel('Pour qui (nom du logiciel ou du prestataire)').fill('Channel manager');
    await page.getByLabel('Lire les dossiers de réservation et les paiements').check();
    await page.getByRole('button', { name: 'Créer la clé' }).click();
    await page.getByRole('alert').filter({ hasText: 'Copiez-la maintenant : elle ne sera plus affichée.' }).waitFor();
    const key = await page.getByLabel('La clé « Channel manager »', { exact: true }).inputValue();
    expect(key).toMatch(/^osk_/);
    const row = page.getByRole('row', { name: /Channel manager/ });
    await row.getByText(`${key.slice(0, 12)}…`).waitFor();
    await page.screenshot({ path: join(SHOTS, 'sales-channels-api-key.png'), fullPage: true });
    expect((await run.app.gql('{ me { id } }', {}, key)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await page.getByRole('button', { name: 'Je l’ai copiée' }).click();
    await expect(page.getByLabel('La clé « Channel manager »', { exact: true }).count()).resolves.toBe(0);
    await page.reload();
    await row.waitFor();
    expect(await page.content()).not.toContain(key);
    page.once('dialog', (dialog) => void dialog.accept());
    await row.getByRole('button', { name: 'Révoquer Channel manager' }).click();
    await page.getByRole('status').filter({ hasText: 'Clé « Channel manager » révoquée.' }).waitFor();
    await row.getByText(/Révoquée le/).waitFor();
    const keys = await run.app.gql<{ apiKeys: { name: string; revokedAt: string | null }[] }>('{ apiKeys { name revokedAt } }', {}, owner.token);
    expect(keys.data?.apiKeys).toEqual([{ name: 'Channel manager', revokedAt: expect.any(String) }]);
    expect((await run.app.gql('{ apiKeys { id } }', {}, key)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    // A webhook: listed with the events chosen, its signing key shown once.
    await page.getByRole('link', { name: 'Webhooks' }).click();
    await page.getByLabel('Adresse qui reçoit les envois (https://…)').fill('https://127.0.0.2:9/osmb');
    await page.getByLabel('Un dossier est ouvert (booking.created)').check();
    await page.getByLabel('Un paiement est reçu (payment.recorded)').check();
    await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Copiez-la maintenant : elle ne sera plus affichée.' }).waitFor();
    await expect(page.getByLabel('Clé de signature de https://127.0.0.2:9/osmb', { exact: true }).inputValue()).resolves.toMatch(/^whsec_/);
    await page.getByRole('heading', { name: /https:\/\/127\.0\.0\.2:9\/osmb\s+Actif/ }).waitFor();
    const endpoints = await run.app.gql<{ webhookEndpoints: unknown[] }>('{ webhookEndpoints { url eventTypes enabled } }', {}, owner.token);
    expect(endpoints.data?.webhookEndpoints).toEqual([{ url: 'https://127.0.0.2:9/osmb', eventTypes: ['booking.created', 'payment.recorded'], enabled: true }]);
    await page.getByRole('button', { name: 'Journal des envois' }).click();
    await page.getByText('Rien d’envoyé pour l’instant').waitFor();
    await page.screenshot({ path: join(SHOTS, 'sales-channels-webhook.png'), fullPage: true });

    expect(errors).toEqual([]);
    await owner.context.close();
  }, 60_000);

  it('finds a destination by department, joins it with a gîte, and leaves it', async () => {
    const owner = await signedInOwner(run.browser, run.base);
    const { page } = owner;
    const errors = watchErrors(page);
    const accommodationId = await gite(owner);
    const name = `Clévacances Corse ${randomUUID().slice(0, 8)}`;
    const signedUp = await run.app.gql<{ signUpDestination: { destination: { id: string } } }>(
      'mutation($input: DestinationSignUpInput!) { signUpDestination(input: $input) { destination { id } } }',
      { input: { name, kind: 'LABEL_NETWORK', area: ['2B'], website: 'https://www.clevacances.com', email: uniqueEmail('destination'), password: PASSWORD } },
    );
    const destinationId = signedUp.data?.signUpDestination.destination.id;
    expect(destinationId).toBeDefined();

    await page.goto(`${run.base}/app/channels/destinations`);
    await page.getByText('Vous n’avez rejoint aucune destination.').waitFor();
    await page.getByLabel('Département (numéro, par exemple 24, 2A, 971 ; vide pour toutes)').fill('2b');
    await page.getByRole('button', { name: 'Chercher' }).click();
    const found = page.locator('article').filter({ has: page.getByRole('heading', { name }) });
    await found.getByText('Réseau de labels · Départements : 2B').waitFor();
    await found.getByRole('button', { name: 'Rejoindre…' }).click();
    await found.getByLabel('Gîte des Lavandes (Gordes)').check();
    await found.getByRole('button', { name: 'Rejoindre', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'C’est fait.' }).waitFor();
    await until('the destination joined', async () => {
      const mine = (await run.app.gql<{ myDestinations: { destination: { id: string }; accommodations: { id: string }[] }[] }>('{ myDestinations { destination { id } accommodations { id } } }', {}, owner.token)).data?.myDestinations ?? [];
      return mine.length === 1 && mine[0].destination.id === destinationId && mine[0].accommodations[0]?.id === accommodationId;
    });
    const joined = page.getByRole('region', { name: 'Mes destinations' }).locator('article').filter({ has: page.getByRole('heading', { name }) });
    await joined.getByText('Gîte des Lavandes').waitFor();
    await found.getByText('Déjà rejointe').waitFor();
    await page.screenshot({ path: join(SHOTS, 'sales-channels-destinations.png'), fullPage: true });

    page.once('dialog', (dialog) => void dialog.accept());
    await joined.getByRole('button', { name: 'Quitter' }).click();
    await page.getByText('Vous n’avez rejoint aucune destination.').waitFor();
    await until('the destination left', async () => (await run.app.gql<{ myDestinations: unknown[] }>('{ myDestinations { joinedAt } }', {}, owner.token)).data?.myDestinations.length === 0);
    expect(errors).toEqual([]);
    await owner.context.close();
  }, 60_000);

  it('on a phone, the widget’s code reads without scrolling sideways, and a key is made there too', async () => {
    const owner = await signedInOwner(run.browser, run.base, { viewport: PHONE });
    const { page } = owner;
    const errors = watchErrors(page);
    const accommodationId = await gite(owner, 'Chambre du Moulin');
    await page.goto(`${run.base}/app/channels`);
    const snippet = page.getByLabel('Code à coller sur votre site', { exact: true });
    await expect(snippet.inputValue()).resolves.toContain(`accommodation="${accommodationId}"`);
    await page.locator('.sales-channels-preview osmb-booking').getByRole('heading', { name: 'Chambre du Moulin' }).waitFor();
    const box = await snippet.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= PHONE.width).toBe(true);
    // All of it shows, wrapped: nothing hidden below the field's edge either.
    expect(await snippet.evaluate((field: { scrollHeight: number; clientHeight: number }) => field.scrollHeight - field.clientHeight)).toBeLessThanOrEqual(0);
    expect(await page.evaluate(widestContent)).toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: join(SHOTS, 'sales-channels-phone-widget.png'), fullPage: true });

    await page.getByRole('link', { name: 'Clés d’API' }).click();
    await page.getByLabel('Pour qui (nom du logiciel ou du prestataire)').fill('Comptable');
    await page.getByLabel('Lire les plannings et les tarifs').check();
    await page.getByRole('button', { name: 'Créer la clé' }).click();
    await expect(page.getByLabel('La clé « Comptable »', { exact: true }).inputValue()).resolves.toMatch(/^osk_/);
    await page.getByRole('row', { name: /Comptable/ }).waitFor();
    expect(await page.evaluate(widestContent)).toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: join(SHOTS, 'sales-channels-phone-api-key.png'), fullPage: true });
    const keys = await run.app.gql<{ apiKeys: { name: string; scopes: string[] }[] }>('{ apiKeys { name scopes } }', {}, owner.token);
    expect(keys.data?.apiKeys).toEqual([{ name: 'Comptable', scopes: ['AVAILABILITY_READ'] }]);
    expect(errors).toEqual([]);
    await owner.context.close();
  }, 60_000);
});
