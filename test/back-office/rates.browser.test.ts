import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describeInBrowser, PHONE, signedInOwner, withBackOffice } from '../support/back-office';

/** What the functions run inside the page read of its DOM (this project's types know none). */
declare const document: {
  readonly documentElement: { readonly scrollWidth: number };
};

const SHOTS = join(__dirname, '..', '..', 'test-output', 'back-office');
const CREATE = 'mutation($input: AccommodationInput!) { createAccommodation(input: $input) { id } }';
const RATES = `query($id: ID!, $from: Date!, $to: Date!) {
  rates(accommodationId: $id, from: $from, to: $to) { arrival arrivalDay nights initialPrice { cents } discount { cents } salePrice { cents } }
}`;

interface Listed {
  arrival: string;
  arrivalDay: string;
  nights: number;
  initialPrice: { cents: number };
  discount: { cents: number };
  salePrice: { cents: number };
}

/** How wide the page is: on a phone, no wider than the screen. */
async function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => {
    return document.documentElement.scrollWidth;
  });
}

/** A link of the screen's own menu (its sections). */
const section = (page: Page, name: string) => page.getByRole('navigation', { name: 'Rubriques des tarifs' }).getByRole('link', { name });

/**
 * "Tarifs" in Chromium: weekly rates for two periods entered with the form, one deleted from
 * "Voir les tarifs", a promotion and a promo code created; each effect read back over GraphQL.
 */
describeInBrowser('the rates screen', () => {
  const run = withBackOffice();

  const gite = async (token: string, name: string): Promise<string> => {
    const answer = await run.app.gql(CREATE, { input: { name, kind: 'HOLIDAY_RENTAL', city: 'Gigondas', maxCapacity: 4, description: { fr: 'Un gîte.' } } }, token);
    expect(answer.errors).toBeUndefined();
    return answer.data?.createAccommodation.id as string;
  };
  const rates = async (token: string, id: string, from: string, to: string): Promise<Listed[]> => {
    const answer = await run.app.gql<{ rates: Listed[] }>(RATES, { id, from, to }, token);
    expect(answer.errors).toBeUndefined();
    return answer.data?.rates ?? [];
  };

  it('creates weekly rates for two periods, deletes one from the listing, adds a promotion and a promo code', async () => {
    const { page, context, token } = await signedInOwner(run.browser, run.base);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const id = await gite(token, 'Gîte des Dentelles');
    await page.goto(`${run.base}/app/rates?accommodation=${id}`);
    await page.getByRole('heading', { name: 'Créer des tarifs' }).waitFor();
    await expect(page.getByRole('button', { name: 'Initialiser avec la dernière saisie' }).isDisabled()).resolves.toBe(true);

    await page.getByRole('group', { name: 'Période 1' }).getByLabel('Du').fill('2027-07-03');
    await page.getByRole('group', { name: 'Période 1' }).getByLabel('Au').fill('2027-07-31');
    await page.getByRole('button', { name: 'Ajouter une période' }).click();
    await page.getByRole('group', { name: 'Période 2' }).getByLabel('Du').fill('2027-08-01');
    await page.getByRole('group', { name: 'Période 2' }).getByLabel('Au').fill('2027-08-28');
    await page.getByLabel('Durées de séjour (nuits)').fill('7');
    await expect(page.getByLabel('samedi').isChecked()).resolves.toBe(true);
    await page.getByLabel('Prix initial du séjour (€)').fill('450,50');
    await page.getByLabel('Type de remise').selectOption('euros');
    await page.getByLabel('Montant de la remise').fill('50');
    await page.getByText('Prix de vente : 400,50 €').waitFor();
    rmSync(join(SHOTS, 'rates-create.png'), { force: true });
    await page.screenshot({ path: join(SHOTS, 'rates-create.png'), fullPage: true });
    await page.getByRole('button', { name: 'Enregistrer les tarifs' }).click();
    await page.getByRole('status').filter({ hasText: 'Tarifs enregistrés : 9.' }).waitFor();

    // Five Saturdays in July, four in August, each a week at 450,50 € less 50 €.
    const written = await rates(token, id, '2027-07-01', '2027-08-31');
    expect(written.map((r) => r.arrival)).toEqual(['2027-07-03', '2027-07-10', '2027-07-17', '2027-07-24', '2027-07-31', '2027-08-07', '2027-08-14', '2027-08-21', '2027-08-28']);
    for (const rate of written) expect(rate).toMatchObject({ arrivalDay: 'SATURDAY', nights: 7, initialPrice: { cents: 45_050 }, discount: { cents: 5_000 }, salePrice: { cents: 40_050 } });

    // The next entry starts from this one.
    await page.reload();
    await page.getByRole('button', { name: 'Initialiser avec la dernière saisie' }).click();
    await expect(page.getByLabel('Prix initial du séjour (€)').inputValue()).resolves.toBe('450,50');
    await expect(page.getByRole('group', { name: 'Période 2' }).getByLabel('Au').inputValue()).resolves.toBe('2027-08-28');

    // "Voir les tarifs": one week selected and deleted.
    await section(page, 'Voir les tarifs').click();
    await page.getByLabel('Arrivées à partir du').fill('2027-07-01');
    await page.getByLabel('Arrivées jusqu’au').fill('2027-08-31');
    await page.getByRole('status').filter({ hasText: 'Tarifs listés : 9.' }).waitFor();
    await page.getByRole('row').filter({ has: page.getByLabel('Sélectionner le séjour du samedi 10 juillet 2027, 7 nuits') }).getByRole('cell', { name: '400,50 €' }).waitFor();
    const exportHref = await page.getByRole('link', { name: 'Exporter en tableur (Excel)' }).getAttribute('href');
    const exported = await page.request.get(`${run.base}${exportHref ?? ''}`);
    expect(exported.headers()['content-type']).toContain('spreadsheetml');
    await page.getByLabel('Sélectionner le séjour du samedi 10 juillet 2027, 7 nuits').check();
    await page.getByRole('button', { name: 'Supprimer la sélection (1)' }).click();
    rmSync(join(SHOTS, 'rates-list.png'), { force: true });
    await page.screenshot({ path: join(SHOTS, 'rates-list.png'), fullPage: true });
    await page.getByRole('alertdialog').getByRole('button', { name: 'Oui, supprimer' }).click();
    await page.getByRole('status').filter({ hasText: 'Tarifs supprimés : 1.' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Tarifs listés : 8.' }).waitFor();
    const left = await rates(token, id, '2027-07-01', '2027-08-31');
    expect(left).toHaveLength(8);
    expect(left.map((r) => r.arrival)).not.toContain('2027-07-10');

    // A last-minute promotion.
    await section(page, 'Promotions').click();
    await page.getByLabel('Type de promotion').selectOption('LAST_MINUTE');
    await page.getByLabel('Remise (%)').fill('12,5');
    await page.getByLabel('Nombre de jours entre la réservation et l’arrivée').fill('14');
    await page.getByRole('button', { name: 'Créer la promotion' }).click();
    await page.getByRole('status').filter({ hasText: 'Promotion créée.' }).waitFor();
    await page.getByRole('cell', { name: 'réservé moins de 14 jours avant l’arrivée' }).waitFor();
    const promotions = await run.app.gql('{ promotions { kind percent days accommodationIds } }', {}, token);
    expect(promotions.data?.promotions).toEqual([{ kind: 'LAST_MINUTE', percent: 12.5, days: 14, accommodationIds: [id] }]);

    // A promo code.
    await section(page, 'Codes promo').click();
    await page.getByLabel('Code (3 à 20 lettres ou chiffres)').fill('ete2027');
    await page.getByLabel('Libellé interne (pour vous seul)').fill('Mailing de juin');
    await page.getByLabel('Libellé affiché aux clients, en français').fill('Offre d’été');
    await page.getByLabel('Type de remise').selectOption('euros');
    await page.getByLabel('Montant de la remise').fill('30');
    await page.getByRole('button', { name: 'Créer le code promo' }).click();
    await page.getByRole('status').filter({ hasText: 'Code promo créé.' }).waitFor();
    await page.getByRole('cell', { name: 'ETE2027', exact: true }).waitFor();
    const codes = await run.app.gql('{ promoCodes { code internalLabel label { fr } amount { cents } percent usage accommodationIds } }', {}, token);
    expect(codes.data?.promoCodes).toEqual([{ code: 'ETE2027', internalLabel: 'Mailing de juin', label: { fr: 'Offre d’été' }, amount: { cents: 3_000 }, percent: null, usage: 'MULTIPLE', accommodationIds: [id] }]);
    rmSync(join(SHOTS, 'rates-promo-codes.png'), { force: true });
    await page.screenshot({ path: join(SHOTS, 'rates-promo-codes.png'), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('on a phone, enters a week’s rate in a percentage and lists it without scrolling sideways', async () => {
    const { page, context, token } = await signedInOwner(run.browser, run.base, { viewport: PHONE });
    const id = await gite(token, 'Gîte des Dentelles de Montmirail, au pied des vignes');
    await page.goto(`${run.base}/app/rates?accommodation=${id}`);
    await page.getByRole('heading', { name: 'Créer des tarifs' }).waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await page.getByRole('group', { name: 'Période 1' }).getByLabel('Du').fill('2027-09-04');
    await page.getByRole('group', { name: 'Période 1' }).getByLabel('Au').fill('2027-09-11');
    await page.getByLabel('Prix initial du séjour (€)').fill('500');
    await page.getByLabel('Type de remise').selectOption('percent');
    await page.getByLabel('Montant de la remise').fill('10');
    await page.getByRole('button', { name: 'Enregistrer les tarifs' }).click();
    await page.getByRole('status').filter({ hasText: 'Tarifs enregistrés : 2.' }).waitFor();
    expect((await rates(token, id, '2027-09-01', '2027-09-30')).map((r) => [r.arrival, r.salePrice.cents])).toEqual([['2027-09-04', 45_000], ['2027-09-11', 45_000]]);
    await section(page, 'Voir les tarifs').click();
    await page.getByLabel('Arrivées à partir du').fill('2027-09-01');
    await page.getByRole('status').filter({ hasText: 'Tarifs listés : 2.' }).waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    rmSync(join(SHOTS, 'rates-phone.png'), { force: true });
    await page.screenshot({ path: join(SHOTS, 'rates-phone.png'), fullPage: true });
    await context.close();
  }, 60_000);
});
