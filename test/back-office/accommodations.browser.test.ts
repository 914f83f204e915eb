import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describeInBrowser, PHONE, signedInOwner, withBackOffice } from '../support/back-office';
import { png } from '../support/images';

/** What the functions run inside the page read of its DOM (this project's types know none). */
declare const document: {
  readonly documentElement: { readonly scrollWidth: number };
};

/** How wide the page is: on a phone, no wider than the screen. */
async function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => {
    return document.documentElement.scrollWidth;
  });
}

const SHOTS = join(__dirname, '..', '..', 'test-output', 'back-office');
const SHEET = `query { accommodations { id name kind maxCapacity city visibility description { fr en } characteristics { code } photos { url order } } }`;
const SUPPLEMENTS = `query($id: ID) { supplements(accommodationId: $id) { name { fr en } price { cents } unit mandatory accommodationIds } }`;

interface Read {
  id: string;
  name: string;
  kind: string;
  maxCapacity: number;
  city: string;
  visibility: string;
  description: { fr: string | null; en: string | null };
  characteristics: { code: string }[];
  photos: { url: string; order: number }[];
}

/**
 * "Hébergements" in Chromium: the first connection's step 2 creates the owner's first
 * accommodation and leads to its rates; its sheet then takes a photo (uploaded to /images) and a
 * supplement; each effect is read back over GraphQL. Pictures under test-output/back-office/.
 */
describeInBrowser('the accommodations screen', () => {
  const run = withBackOffice();

  const mine = async (token: string): Promise<Read[]> => {
    const answer = await run.app.gql<{ accommodations: Read[] }>(SHEET, {}, token);
    expect(answer.errors).toBeUndefined();
    return answer.data?.accommodations ?? [];
  };

  it('creates the first accommodation at step 2, then takes a photo and a supplement on its sheet', async () => {
    const { page, context, token } = await signedInOwner(run.browser, run.base);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${run.base}/app/accommodations/new?first=1`);
    await page.getByRole('heading', { name: 'Étape 2 sur 2 : votre premier hébergement' }).waitFor();
    await page.getByLabel('Nom de l’hébergement').fill('Gîte des Tilleuls');
    await page.getByLabel('Type').selectOption('HOLIDAY_RENTAL');
    await page.getByLabel('Capacité (personnes)', { exact: true }).fill('4');
    await page.getByLabel('Code postal').fill('84190');
    await page.getByLabel('Commune').fill('Gigondas');
    await page.getByLabel('Description en français').fill('Une maison de pierre au pied des Dentelles.');
    await page.getByLabel('Description en anglais').fill('A stone house below the Dentelles.');
    await page.getByLabel('Wi-Fi').check();
    await page.getByLabel('Réservable en ligne').check();
    rmSync(join(SHOTS, 'accommodations-first.png'), { force: true });
    await page.screenshot({ path: join(SHOTS, 'accommodations-first.png'), fullPage: true });
    await page.getByRole('button', { name: 'Enregistrer et passer aux tarifs' }).click();

    await page.waitForURL(/\/app\/rates\?accommodation=/);
    await page.getByRole('heading', { name: 'Créer des tarifs' }).waitFor();
    const [created] = await mine(token);
    expect(new URL(page.url()).searchParams.get('accommodation')).toBe(created.id);
    expect(created).toMatchObject({
      name: 'Gîte des Tilleuls',
      kind: 'HOLIDAY_RENTAL',
      maxCapacity: 4,
      city: 'Gigondas',
      visibility: 'BOOKABLE',
      description: { fr: 'Une maison de pierre au pied des Dentelles.', en: 'A stone house below the Dentelles.' },
      characteristics: [{ code: 'WIFI' }],
      photos: [],
    });

    // The list, then the sheet: a photo uploaded from the device.
    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Hébergements' }).click();
    const row = page.getByRole('row').filter({ hasText: 'Gîte des Tilleuls' });
    await expect(row.textContent()).resolves.toMatch(/OSMB-\d+-1.*4 pers\./);
    await row.getByRole('link', { name: 'Gîte des Tilleuls' }).click();
    await page.getByRole('heading', { name: 'Photos' }).waitFor();
    await page.getByLabel('Ajouter une photo').setInputFiles({ name: 'facade.png', mimeType: 'image/png', buffer: png(4, 3, { rgb: [200, 120, 40] }) });
    await page.getByRole('status').filter({ hasText: 'Photo ajoutée.' }).waitFor();
    const [withPhoto] = await mine(token);
    expect(withPhoto.photos).toEqual([{ url: expect.stringMatching(new RegExp(`^${run.base}/images/[0-9a-f]{64}$`)) as string, order: 0 }]);
    await expect(page.getByRole('img', { name: 'Photo 1' }).getAttribute('src')).resolves.toBe(withPhoto.photos[0].url);
    const served = await fetch(withPhoto.photos[0].url);
    expect(served.headers.get('content-type')).toBe('image/png');

    // A supplement for this accommodation.
    await page.getByRole('button', { name: 'Ajouter un supplément' }).click();
    await page.getByLabel('Nom du supplément en français').fill('Ménage de fin de séjour');
    await page.getByLabel('Nom du supplément en anglais').fill('Final cleaning');
    await page.getByLabel('Prix du supplément (€)').fill('45,50');
    await page.getByLabel('Compté').selectOption('PER_STAY');
    await page.getByLabel('Supplément obligatoire').check();
    await page.getByRole('button', { name: 'Enregistrer le supplément' }).click();
    await page.getByRole('status').filter({ hasText: 'Supplément enregistré.' }).waitFor();
    await page.getByRole('cell', { name: '45,50 €' }).waitFor();
    const supplements = await run.app.gql(SUPPLEMENTS, { id: created.id }, token);
    expect(supplements.data?.supplements).toEqual([
      { name: { fr: 'Ménage de fin de séjour', en: 'Final cleaning' }, price: { cents: 4550 }, unit: 'PER_STAY', mandatory: true, accommodationIds: [created.id] },
    ]);

    // The sheet saved again keeps the photo it does not show.
    await page.getByLabel('Nom de l’hébergement').fill('Gîte des Grands Tilleuls');
    await page.getByRole('button', { name: 'Enregistrer la fiche' }).click();
    await page.getByRole('status').filter({ hasText: 'Fiche enregistrée.' }).waitFor();
    const [renamed] = await mine(token);
    expect(renamed).toMatchObject({ name: 'Gîte des Grands Tilleuls', photos: withPhoto.photos, characteristics: [{ code: 'WIFI' }] });
    rmSync(join(SHOTS, 'accommodations-sheet.png'), { force: true });
    await page.screenshot({ path: join(SHOTS, 'accommodations-sheet.png'), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('on a phone, step 2 fits the screen and leads to the rates', async () => {
    const { page, context, token } = await signedInOwner(run.browser, run.base, { viewport: PHONE });
    await page.goto(`${run.base}/app/accommodations/new?first=1`);
    await page.getByRole('heading', { name: 'Étape 2 sur 2 : votre premier hébergement' }).waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await page.getByLabel('Nom de l’hébergement').fill('Chambre Lavande');
    await page.getByLabel('Type').selectOption('GUEST_ROOM');
    await page.getByLabel('Capacité (personnes)', { exact: true }).fill('2');
    await page.getByLabel('Commune').fill('Séguret');
    await page.getByLabel('Description en français').fill('Une chambre au calme.');
    await page.getByLabel('Description en anglais').fill('A quiet room.');
    rmSync(join(SHOTS, 'accommodations-phone.png'), { force: true });
    await page.screenshot({ path: join(SHOTS, 'accommodations-phone.png'), fullPage: true });
    await page.getByRole('button', { name: 'Enregistrer et passer aux tarifs' }).click();
    await page.waitForURL(/\/app\/rates\?accommodation=/);
    await page.getByRole('heading', { name: 'Créer des tarifs' }).waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    const [created] = await mine(token);
    expect(created).toMatchObject({ name: 'Chambre Lavande', kind: 'GUEST_ROOM', maxCapacity: 2, visibility: 'HIDDEN', description: { fr: 'Une chambre au calme.', en: 'A quiet room.' } });
    await context.close();
  }, 60_000);
});
