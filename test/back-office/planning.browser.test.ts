import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DESKTOP, describeInBrowser, longDayFr, parisToday, PHONE, plusDays, signedInOwner, withBackOffice } from '../support/back-office';

/** What the functions run inside the page read of its DOM (this project's types know none). */
interface Box {
  readonly scrollWidth: number;
  readonly clientWidth: number;
}
declare const document: { querySelector(selector: string): Box | null };

const SHOTS = join(__dirname, '..', '..', 'test-output', 'back-office');
const GITE = 'Gîte des Lavandes';
const EVERY_DAY = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const PLANNING = 'query($id: ID!, $from: Date!, $to: Date!) { planning(accommodationId: $id, from: $from, to: $to) { date state dossierId reason } }';
const DOSSIER = 'query($id: ID!) { dossier(id: $id) { guest { lastName firstName } stays { arrival departure } occupants: stays { occupants { count } } } }';

/** Days as the app counts them: calendar days in Paris, YYYY-MM-DD. */
const plus = plusDays;
const longDay = longDayFr;
const monday = (day: string): string => plus(day, -((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7));

/**
 * "Mon planning" in Chromium: nights chosen by a mouse drag, by two clicks and from the keyboard
 * become a booking file or a block (read back over GraphQL), a block is lifted, the span moves and
 * narrows, and a phone chooses by two taps in a timeline that scrolls inside its own box.
 */
describeInBrowser('Mon planning', () => {
  const run = withBackOffice();

  const ok = async <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, token: string): Promise<T> => {
    const answer = await run.app.gql(query, variables, token);
    if (!answer.data || answer.errors) throw new Error(JSON.stringify(answer.errors));
    return answer.data as T;
  };

  /** The signed-in owner's gîte, with rates over the coming months so that a stay is priced. */
  const giteOf = async (token: string): Promise<string> => {
    const { createAccommodation } = await ok<{ createAccommodation: { id: string } }>(
      'mutation($input: AccommodationInput!) { createAccommodation(input: $input) { id } }',
      { input: { name: GITE, kind: 'HOLIDAY_RENTAL', city: 'Gordes', maxCapacity: 4, description: { fr: 'Un gîte.' } } },
      token,
    );
    await ok(
      'mutation($input: SetRatesInput!) { setRates(input: $input) { count } }',
      { input: { accommodationId: createAccommodation.id, periods: [{ from: parisToday(), to: plus(parisToday(), 120) }], nights: [1, 2, 3, 4, 5, 6, 7], arrivalDays: EVERY_DAY, initialPrice: 30_000 } },
      token,
    );
    return createAccommodation.id;
  };

  const nights = async (token: string, id: string, from: string, to: string) =>
    (await ok<{ planning: { date: string; state: string; dossierId: string | null; reason: string | null }[] }>(PLANNING, { id, from, to }, token)).planning;

  const night = (page: Page, day: string, state = 'libre') => page.getByRole('button', { name: `${GITE}, ${longDay(day)}, ${state}`, exact: true });

  it('books three dragged nights, blocks two clicked ones and lifts them, moves and narrows the span', async () => {
    const { page, token, context } = await signedInOwner(run.browser, run.base, { viewport: DESKTOP });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const id = await giteOf(token);
    const start = monday(parisToday());
    await page.goto(`${run.base}/app/planning`);
    await page.getByRole('heading', { name: 'Mon planning' }).waitFor();
    await expect(page.locator('.planning-span').textContent()).resolves.toBe(`Du ${longDay(start)} au ${longDay(plus(start, 41))}`);
    await page.screenshot({ path: join(SHOTS, 'planning-desktop.png'), fullPage: true });

    // A mouse drag over three nights.
    const arrival = plus(parisToday(), 8);
    const from = await night(page, arrival).boundingBox();
    const to = await night(page, plus(arrival, 2)).boundingBox();
    if (!from || !to) throw new Error('the nights are not drawn');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width * 1.5, from.y + from.height / 2, { steps: 3 });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 3 });
    await page.mouse.up();
    const dialog = page.getByRole('dialog', { name: `${GITE} : 3 nuit(s), du ${longDay(arrival)} au ${longDay(plus(arrival, 2))}` });
    await dialog.waitFor();
    await dialog.getByLabel('Nom du voyageur').fill('Dubois');
    await dialog.getByLabel('Prénom').fill('Marie');
    await expect(dialog.getByLabel('Adultes').inputValue()).resolves.toBe('2');
    await dialog.getByText(/^Prix de vos tarifs pour ces dates/).waitFor();
    expect(await dialog.getByLabel('Prix de l’hébergement (€)').inputValue()).toMatch(/^\d+(,\d+)?$/);
    await page.screenshot({ path: join(SHOTS, 'planning-create-dialog.png') });
    await dialog.getByRole('button', { name: 'Créer le dossier' }).click();
    await page.waitForURL(/\/app\/dossiers\/[0-9a-f-]+$/);
    const dossierId = page.url().split('/').pop() as string;
    const { dossier } = await ok<{ dossier: { guest: { lastName: string; firstName: string }; stays: { arrival: string; departure: string }[] } }>(DOSSIER, { id: dossierId }, token);
    expect(dossier.guest).toEqual({ lastName: 'Dubois', firstName: 'Marie' });
    expect(dossier.stays).toEqual([{ arrival, departure: plus(arrival, 3) }]);

    // The file's bar: its summary on hover, its nights named after the guest.
    await page.goto(`${run.base}/app/planning`);
    const booked = page.getByRole('button', { name: new RegExp(`^${GITE}, ${longDay(arrival)}, réservé : DUBOIS Marie, option$`) });
    await booked.hover();
    await page.getByRole('tooltip').filter({ hasText: 'Dossier n° 1' }).filter({ hasText: 'Total' }).waitFor();

    // Two nights blocked by a click on each.
    const blockFrom = plus(parisToday(), 14);
    await night(page, blockFrom).click();
    await page.getByRole('status').filter({ hasText: 'Première nuit choisie' }).waitFor();
    await night(page, plus(blockFrom, 1)).click();
    const blockDialog = page.getByRole('dialog', { name: new RegExp(`^${GITE} : 2 nuit`) });
    await blockDialog.getByRole('radio', { name: 'Bloquer ces nuits' }).check();
    await blockDialog.getByLabel('Motif (facultatif)').fill('Travaux');
    await blockDialog.getByRole('button', { name: 'Bloquer ces nuits' }).click();
    await page.getByRole('status').filter({ hasText: 'Nuits bloquées.' }).waitFor();
    expect((await nights(token, id, blockFrom, plus(blockFrom, 3))).map((n) => [n.state, n.reason])).toEqual([['BLOCKED', 'Travaux'], ['BLOCKED', 'Travaux'], ['FREE', null]]);
    await night(page, plus(blockFrom, 1), 'bloqué : Travaux').waitFor();
    await page.screenshot({ path: join(SHOTS, 'planning-booked-and-blocked.png'), fullPage: true });

    // Lifting it, once confirmed.
    await night(page, plus(blockFrom, 1), 'bloqué : Travaux').click();
    const lift = page.getByRole('dialog', { name: 'Lever le blocage ?' });
    await lift.getByText(`les nuits du ${longDay(blockFrom)} au ${longDay(plus(blockFrom, 1))} (2 nuit(s))`).waitFor();
    await lift.getByRole('button', { name: 'Lever le blocage' }).click();
    await page.getByRole('status').filter({ hasText: 'Blocage levé : 2 nuit(s) libre(s).' }).waitFor();
    expect((await nights(token, id, blockFrom, plus(blockFrom, 2))).map((n) => n.state)).toEqual(['FREE', 'FREE']);
    await night(page, blockFrom).waitFor();

    // From the keyboard: Enter on a night, arrows, Enter on the last; Escape closes the dialog.
    const keyed = plus(parisToday(), 20);
    await night(page, keyed).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const keyDialog = page.getByRole('dialog', { name: new RegExp(`^${GITE} : 3 nuit\\(s\\), du ${longDay(keyed)}`) });
    await keyDialog.waitFor();
    await expect(keyDialog.getByLabel('Nom du voyageur').evaluate((input) => input === (input as unknown as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await keyDialog.waitFor({ state: 'detached' });
    expect((await nights(token, id, keyed, plus(keyed, 3))).map((n) => n.state)).toEqual(['FREE', 'FREE', 'FREE']);

    // The span moves by its length, back again, and narrows in the compact view.
    await page.getByRole('button', { name: 'Période suivante' }).click();
    await expect(page.locator('.planning-span').textContent()).resolves.toBe(`Du ${longDay(plus(start, 42))} au ${longDay(plus(start, 83))}`);
    await night(page, plus(start, 60)).waitFor();
    await page.getByRole('button', { name: 'Période précédente' }).click();
    await night(page, plus(start, 1)).waitFor();
    await page.getByRole('button', { name: 'Vue compacte' }).click();
    await expect(page.getByRole('button', { name: 'Vue compacte' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await night(page, plus(start, 62)).waitFor();
    await page.screenshot({ path: join(SHOTS, 'planning-compact.png'), fullPage: true });
    await page.getByLabel('Aller au mois').selectOption(plus(start, 70).slice(0, 7));
    await expect(page.locator('.planning-span').textContent()).resolves.toMatch(new RegExp(`^Du ${longDay(`${plus(start, 70).slice(0, 7)}-01`)} au`));
    await page.getByRole('button', { name: 'Aujourd’hui' }).click();
    await night(page, arrival, 'réservé : DUBOIS Marie, option').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('on a phone, books two nights chosen by two taps, the timeline scrolling inside its box', async () => {
    const { page, token, context } = await signedInOwner(run.browser, run.base, { viewport: PHONE });
    const id = await giteOf(token);
    await page.goto(`${run.base}/app/planning`);
    const arrival = plus(parisToday(), 3);
    await night(page, arrival).click();
    await night(page, plus(arrival, 1)).click();
    const dialog = page.getByRole('dialog', { name: new RegExp(`^${GITE} : 2 nuit`) });
    await dialog.getByLabel('Nom du voyageur').fill('Lefèvre');
    await page.screenshot({ path: join(SHOTS, 'planning-phone-dialog.png') });
    await dialog.getByRole('button', { name: 'Créer le dossier' }).click();
    await page.waitForURL(/\/app\/dossiers\/[0-9a-f-]+$/);
    expect((await nights(token, id, arrival, plus(arrival, 3))).map((n) => n.state)).toEqual(['OPTION', 'OPTION', 'FREE']);
    await page.goto(`${run.base}/app/planning`);
    await night(page, arrival, 'réservé : LEFÈVRE, option').waitFor();
    // The screen never widens the page: only the timeline's own box scrolls sideways.
    const widths = await page.evaluate(() => {
      const screen = document.querySelector('.planning') as Box;
      const timeline = document.querySelector('.planning-scroll') as Box;
      return { screen: screen.scrollWidth - screen.clientWidth, timeline: timeline.scrollWidth - timeline.clientWidth };
    });
    expect(widths.screen).toBe(0);
    expect(widths.timeline).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'planning-phone.png') });
    await context.close();
  }, 60_000);
});
