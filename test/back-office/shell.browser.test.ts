import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describeInBrowser, PHONE, signedInOwner, withBackOffice } from '../support/back-office';
import { PASSWORD, uniqueEmail } from '../support/owners';

/** What the functions run inside the page read of its DOM (this project's types know none). */
declare const document: { readonly cookie: string; readonly documentElement: { readonly scrollWidth: number } };

const SHOTS = join(__dirname, '..', '..', 'test-output', 'back-office');

/**
 * The back office's frame in Chromium: an owner creates their space from the first-connection
 * form, logs out, logs in again, and changes their password without losing the session on this
 * device; the menu is a drawer on a phone. Pictures under test-output/back-office/.
 */
describeInBrowser('the back office’s frame', () => {
  const run = withBackOffice();

  it('signs up, logs out, logs in, changes the password and stays signed in', async () => {
    const context = await run.browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${run.base}/app/`);
    await page.getByRole('heading', { name: 'Connexion à votre espace propriétaire' }).waitFor();
    await page.getByRole('link', { name: 'Créer mon espace' }).click();
    const email = uniqueEmail('shell');
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe (12 caractères au moins)').fill(PASSWORD);
    await page.getByLabel('Prénom').fill('Claire');
    await page.getByLabel('Nom', { exact: true }).fill('Dubois');
    await page.getByRole('button', { name: 'Continuer' }).click();
    await page.waitForURL(/\/app\/accommodations\/new/);
    await page.getByRole('navigation', { name: 'Menu principal' }).waitFor();
    rmSync(join(SHOTS, 'shell-first-connection.png'), { force: true });
    await page.screenshot({ path: join(SHOTS, 'shell-first-connection.png') });

    // The token is in a cookie no script reads; the page sees only the CSRF echo.
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === 'osmb_session')).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    expect(await page.evaluate(() => document.cookie)).not.toContain('osmb_session');

    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByRole('heading', { name: 'Connexion à votre espace propriétaire' }).waitFor();
    await page.goto(`${run.base}/app/planning`);
    await page.waitForURL(/\/app\/login/);

    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe').fill('pas le bon mot de passe');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('alert').filter({ hasText: 'Adresse e-mail ou mot de passe incorrect.' }).waitFor();
    await page.getByLabel('Mot de passe').fill(PASSWORD);
    await page.getByLabel('Rester connecté sur cet appareil').check();
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('link', { name: 'Claire Dubois' }).click();

    await page.getByRole('heading', { name: 'Mon compte' }).waitFor();
    await page.getByLabel('Mot de passe actuel').last().fill(PASSWORD);
    await page.getByLabel('Nouveau mot de passe (12 caractères au moins)').fill('une autre phrase de passe');
    await page.getByRole('button', { name: 'Enregistrer' }).last().click();
    await page.getByRole('status').filter({ hasText: 'Mot de passe changé' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Mon compte' }).waitFor();
    expect(page.url()).toContain('/app/account');
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('on a phone, the menu is a drawer opened by its button, and English is a choice away', async () => {
    const owner = await signedInOwner(run.browser, run.base, { viewport: PHONE });
    const { page } = owner;
    await page.goto(`${run.base}/app/account`);
    const menu = page.getByRole('navigation', { name: 'Menu principal' });
    await page.getByRole('heading', { name: 'Mon compte' }).waitFor();
    await expect(menu.isVisible()).resolves.toBe(false);
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect(menu.isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(SHOTS, 'shell-phone-menu.png') });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.getByLabel('Langue').selectOption('en');
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'My account' }).waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
    await owner.context.close();
  }, 60_000);
});
