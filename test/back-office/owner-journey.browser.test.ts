import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DESKTOP, describeInBrowser, longDayFr, parisToday, PHONE, plusDays, lowContrastTexts, withBackOffice } from '../support/back-office';
import { PASSWORD, uniqueEmail } from '../support/owners';

/** What the functions run inside the page read of its DOM (this project's types know none). */
declare const document: { readonly documentElement: { readonly scrollWidth: number } };

const SHOTS = join(__dirname, '..', '..', 'test-output', 'back-office');
const GITE = 'Gîte des Lavandes';
const WEEKDAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
const FILE = 'query($id: ID!) { dossier(id: $id) { number status guest { lastName } stays { arrival departure } total { cents } paid { cents } payments { amount { cents } method } } }';

interface File {
  number: number;
  status: string;
  guest: { lastName: string };
  stays: { arrival: string; departure: string }[];
  total: { cents: number };
  paid: { cents: number };
  payments: { amount: { cents: number }; method: string }[];
}

/**
 * The whole journey, in Chromium, on a computer and on a phone: an owner signs up through
 * the first connection, describes the gîte and prices it, books three nights by dragging over the
 * planning, records the deposit on the file, downloads the guest's PDF, and finds the booking on
 * the dashboard. Every effect is read back over GraphQL with the owner's own log-in. The steps are
 * photographed to test-output/back-office/journey-<viewport>-*.png (the README shows some).
 */
describeInBrowser('an owner’s first day in the back office', () => {
  const run = withBackOffice();

  /** A bearer token of the owner the run.browser made, for reading back what the screens did. */
  async function tokenOf(email: string): Promise<string> {
    const answer = await run.app.gql<{ logIn: { token: string } }>('mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { token } }', { e: email, p: PASSWORD });
    if (!answer.data) throw new Error(JSON.stringify(answer.errors));
    return answer.data.logIn.token;
  }

  /** A menu entry; on a phone the menu is a drawer opened first. */
  async function openMenu(page: Page, phone: boolean, name: string): Promise<void> {
    if (phone) await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name }).click();
  }

  for (const [label, viewport] of [['computer', DESKTOP], ['phone', PHONE]] as const) {
    it(`signs up, prices a gîte, books three dragged nights, records the deposit, downloads the PDF and sees the dashboard (${label})`, async () => {
      const phone = viewport === PHONE;
      const shot = (name: string) => page.screenshot({ path: join(SHOTS, `journey-${label}-${name}.png`), fullPage: !phone });
      const context = await run.browser.newContext({ viewport, locale: 'fr-FR', timezoneId: 'Europe/Paris', acceptDownloads: true });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));

      // First connection: the owner's details, then the first accommodation.
      await page.goto(`${run.base}/app/`);
      await page.getByRole('link', { name: 'Créer mon espace' }).click();
      const email = uniqueEmail('journey');
      await page.getByLabel('Adresse e-mail').fill(email);
      await page.getByLabel('Mot de passe (12 caractères au moins)').fill(PASSWORD);
      await page.getByLabel('Prénom').fill('Claire');
      await page.getByLabel('Nom', { exact: true }).fill('Roux');
      await page.getByRole('button', { name: 'Continuer' }).click();
      await page.getByRole('heading', { name: 'Étape 2 sur 2 : votre premier hébergement' }).waitFor();
      await page.getByLabel('Nom de l’hébergement').fill(GITE);
      await page.getByLabel('Capacité (personnes)', { exact: true }).fill('4');
      await page.getByLabel('Commune').fill('Gordes');
      await page.getByLabel('Description en français').fill('Un gîte de pierre au pied du village, avec piscine.');
      await page.getByRole('button', { name: 'Enregistrer et passer aux tarifs' }).click();
      await page.waitForURL(/\/app\/rates\?accommodation=/);
      const giteId = new URL(page.url()).searchParams.get('accommodation') as string;
      const token = await tokenOf(email);

      // Rates for stays of 3 and 7 nights arriving any day of the next two months, 450 € each.
      const today = parisToday();
      await page.getByRole('group', { name: 'Période 1' }).getByLabel('Du').fill(today);
      await page.getByRole('group', { name: 'Période 1' }).getByLabel('Au').fill(plusDays(today, 60));
      await page.getByLabel('Durées de séjour (nuits)').fill('3, 7');
      for (const day of WEEKDAYS) await page.getByLabel(day, { exact: true }).check();
      await page.getByLabel('Prix initial du séjour (€)').fill('450');
      await page.getByRole('button', { name: 'Enregistrer les tarifs' }).click();
      await page.getByRole('status').filter({ hasText: /Tarifs enregistrés : \d+\./ }).waitFor();
      const rates = await run.app.gql<{ rates: { nights: number; salePrice: { cents: number } }[] }>(
        'query($id: ID!, $from: Date!, $to: Date!) { rates(accommodationId: $id, from: $from, to: $to, nights: 3) { nights salePrice { cents } } }',
        { id: giteId, from: today, to: plusDays(today, 60) },
        token,
      );
      expect(rates.data?.rates.length).toBe(61);
      expect(new Set(rates.data?.rates.map((r) => r.salePrice.cents))).toEqual(new Set([45_000]));

      // The dashboard before any booking.
      await openMenu(page, phone, 'Tableau de bord');
      const latest = page.getByRole('region', { name: 'Dernières réservations' });
      await latest.getByText('Aucune pour l’instant.').waitFor();

      // The planning: a drag over three nights, then the file.
      await openMenu(page, phone, 'Mon planning');
      await page.getByRole('heading', { name: 'Mon planning' }).waitFor();
      const arrival = plusDays(today, 9);
      const night = (day: string) => page.getByRole('button', { name: `${GITE}, ${longDayFr(day)}, libre`, exact: true });
      await night(plusDays(arrival, 2)).scrollIntoViewIfNeeded();
      await night(arrival).scrollIntoViewIfNeeded();
      await shot('1-planning');
      await expect(lowContrastTexts(page)).resolves.toEqual([]);
      const from = await night(arrival).boundingBox();
      const to = await night(plusDays(arrival, 2)).boundingBox();
      if (!from || !to) throw new Error('the nights are not drawn');
      await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
      await page.mouse.down();
      await page.mouse.move(from.x + from.width * 1.5, from.y + from.height / 2, { steps: 3 });
      await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 3 });
      await page.mouse.up();
      const dialog = page.getByRole('dialog', { name: `${GITE} : 3 nuit(s), du ${longDayFr(arrival)} au ${longDayFr(plusDays(arrival, 2))}` });
      await dialog.getByLabel('Nom du voyageur').fill('Dubois');
      await dialog.getByLabel('Prénom').fill('Marie');
      await dialog.getByText(/^Prix de vos tarifs pour ces dates/).waitFor();
      await expect(dialog.getByLabel('Prix de l’hébergement (€)').inputValue()).resolves.toMatch(/^450(,00)?$/);
      await shot('2-new-file');
      await expect(lowContrastTexts(page)).resolves.toEqual([]);
      await dialog.getByRole('button', { name: 'Créer le dossier' }).click();
      await page.waitForURL(/\/app\/dossiers\/[0-9a-f-]+$/);
      const fileId = page.url().split('/').pop() as string;
      const created = (await run.app.gql<{ dossier: File }>(FILE, { id: fileId }, token)).data?.dossier;
      expect(created).toMatchObject({ status: 'OPTION', guest: { lastName: 'Dubois' }, stays: [{ arrival, departure: plusDays(arrival, 3) }], total: { cents: 45_000 }, paid: { cents: 0 } });

      // The deposit, recorded from the file's payments.
      const payments = page.getByRole('region', { name: 'Paiements' });
      await payments.getByRole('button', { name: /^Montant de l’acompte/ }).click();
      const deposit = await payments.getByLabel('Montant (€)', { exact: true }).inputValue();
      await payments.getByLabel('Moyen de paiement').selectOption('CHEQUE');
      await payments.getByRole('button', { name: 'Enregistrer le paiement' }).click();
      await payments.getByRole('status').filter({ hasText: `Paiement de ${deposit} € enregistré` }).waitFor();
      const paid = (await run.app.gql<{ dossier: File }>(FILE, { id: fileId }, token)).data?.dossier;
      const depositCents = Math.round(Number(deposit.replace(',', '.')) * 100);
      expect(depositCents).toBeGreaterThan(0);
      expect(paid?.payments).toEqual([{ amount: { cents: depositCents }, method: 'CHEQUE' }]);
      expect(paid?.paid.cents).toBe(depositCents);
      await shot('3-file');
      await expect(lowContrastTexts(page)).resolves.toEqual([]);

      // The guest's PDF, downloaded as the owner's run.browser downloads it.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('region', { name: 'Document pour le client' }).getByRole('link', { name: 'Télécharger le PDF en français' }).click()]);
      expect(readFileSync(await download.path()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

      // The dashboard now shows the booking.
      await openMenu(page, phone, 'Tableau de bord');
      await latest.getByRole('link', { name: `Dossier n° ${created?.number} — DUBOIS` }).waitFor();
      await expect(page.locator('.dashboard-tile').filter({ hasText: 'Aujourd’hui' }).textContent()).resolves.toMatch(/450\s€1 réservation\(s\)/);
      await shot('4-dashboard');
      await expect(lowContrastTexts(page)).resolves.toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      expect(errors).toEqual([]);
      await context.close();
    }, 90_000);
  }
});
