import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeInBrowser, PHONE, signedInOwner, withBackOffice } from '../support/back-office';

/** What the functions run inside the page read of its DOM (this project's types know none). */
declare const document: {
  readonly documentElement: { readonly scrollWidth: number };
  querySelector(selector: string): { readonly style: { minWidth: string; overflow: string } } | null;
};

const SHOTS = join(__dirname, '..', '..', 'test-output', 'back-office');

const FILE = `query($id: ID!) { dossier(id: $id) { id number status cancelledBy paid { cents } balance { cents } deposit { amount { cents } }
  payments { amount { cents } method date } cancellationSettlement { by guestStillOwes { cents } } } }`;

/**
 * The booking files in Chromium: an owner finds a file by its guest with a filter, records the
 * deposit from the payments part (read back over GraphQL), downloads the guest's PDF, reads the
 * history, cancels as the guest and deletes another file; on a phone, records a payment.
 * Pictures under test-output/back-office/dossiers-*.png.
 */
describeInBrowser('the back office’s booking files', () => {
  const run = withBackOffice({ before: () => mkdirSync(SHOTS, { recursive: true }) });

  /** A gîte priced by its rates for July 2027's Saturday weeks, and a file for `lastName` on one of them. */
  async function gîteWithFiles(token: string, guests: { lastName: string; firstName: string; arrival: string; departure: string }[]): Promise<string[]> {
    const ok = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
      const answer = await run.app.gql<T>(query, variables, token);
      if (!answer.data) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(answer.errors)}`);
      return answer.data;
    };
    const { createAccommodation } = await ok<{ createAccommodation: { id: string } }>('mutation($input: AccommodationInput!) { createAccommodation(input: $input) { id } }', {
      input: { name: 'Gîte des Tilleuls', kind: 'HOLIDAY_RENTAL', city: 'Gordes', maxCapacity: 4, description: { fr: 'Un gîte.' } },
    });
    const accommodationId = createAccommodation.id;
    await ok('mutation($input: SetRatesInput!) { setRates(input: $input) { count } }', {
      input: { accommodationId, periods: [{ from: '2027-06-26', to: '2027-08-28' }], nights: [7], arrivalDays: ['SATURDAY'], initialPrice: 70_000 },
    });
    const { ageRanges } = await ok<{ ageRanges: { id: string; label: string }[] }>('{ ageRanges { id label } }', {});
    const adults = ageRanges.find((r) => r.label === 'Adult')?.id;
    if (!adults) throw new Error('the owner has no Adult age range');
    const ids: string[] = [];
    for (const guest of guests) {
      const { createDossier } = await ok<{ createDossier: { id: string; total: { cents: number } } }>(
        'mutation($input: CreateDossierInput!) { createDossier(input: $input) { id total { cents } } }',
        {
          input: {
            accommodationId,
            arrival: guest.arrival,
            departure: guest.departure,
            occupants: [{ ageRangeId: adults, count: 2 }],
            guest: { lastName: guest.lastName, firstName: guest.firstName, email: `${guest.firstName.toLowerCase()}@example.org` },
          },
        },
      );
      expect(createDossier.total.cents).toBe(70_000);
      ids.push(createDossier.id);
    }
    return ids;
  }

  it('finds a file, records the deposit, downloads its PDF, reads its history, cancels it as the guest, and deletes another', async () => {
    const owner = await signedInOwner(run.browser, run.base);
    const { page, context, token } = owner;
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const [kept, removed] = await gîteWithFiles(token, [
      { lastName: 'Lefebvre', firstName: 'Anne', arrival: '2027-07-03', departure: '2027-07-10' },
      { lastName: 'Moreau', firstName: 'Paul', arrival: '2027-07-17', departure: '2027-07-24' },
    ]);

    // The list, filtered by the guest's name.
    await page.goto(`${run.base}/app/dossiers`);
    await page.getByRole('heading', { name: 'Dossiers de réservation' }).waitFor();
    await page.getByRole('status').filter({ hasText: '2 dossier(s) trouvé(s)' }).waitFor();
    await page.getByLabel('Client (nom, société ou e-mail)').fill('lefeb');
    await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
    await page.getByRole('status').filter({ hasText: '1 dossier(s) trouvé(s)' }).waitFor();
    expect(page.url()).toContain('guest=lefeb');
    await expect(page.getByRole('link', { name: 'MOREAU Paul' }).count()).resolves.toBe(0);
    // The spreadsheet takes the same filters.
    const exportHref = await page.getByRole('link', { name: 'Exporter ces dossiers (tableur Excel)' }).getAttribute('href');
    expect(exportHref).toBe('/exports/dossiers.xlsx?guest=lefeb');
    const sheet = await context.request.get(`${run.base}${exportHref}`);
    expect(sheet.status()).toBe(200);
    expect(sheet.headers()['x-dossiers']).toBe('1');
    await page.screenshot({ path: join(SHOTS, 'dossiers-list.png'), fullPage: true });

    await page.getByRole('link', { name: 'LEFEBVRE Anne' }).click();
    await page.getByRole('heading', { name: /Dossier n° 1 — LEFEBVRE Anne/ }).waitFor();
    expect(page.url()).toContain(`/app/dossiers/${kept}`);

    // The deposit raised from the default acompte of 25 % to 30 %: 210 €.
    const general = page.getByRole('region', { name: 'Informations générales' });
    await general.getByText('Changer l’acompte et les échéances').click();
    await general.getByLabel('Part de l’acompte (% du prix des hébergements)').fill('30');
    await general.getByRole('button', { name: 'Enregistrer les échéances' }).click();
    await general.getByRole('status').filter({ hasText: 'Échéances enregistrées.' }).waitFor();
    await general.getByText('210,00 €, à payer avant le').waitFor();

    // The deposit recorded from the payments part.
    const payments = page.getByRole('region', { name: 'Paiements' });
    await payments.getByRole('button', { name: 'Montant de l’acompte (210,00 €)' }).click();
    await expect(payments.getByLabel('Montant (€)', { exact: true }).inputValue()).resolves.toBe('210,00');
    await payments.getByLabel('Moyen de paiement').selectOption('CHEQUE');
    await payments.getByRole('button', { name: 'Enregistrer le paiement' }).click();
    await payments.getByRole('status').filter({ hasText: 'Paiement de 210,00 € enregistré. Reste dû : 490,00 €.' }).waitFor();
    const paid = (await run.app.gql(FILE, { id: kept }, token)).data?.dossier;
    expect(paid).toMatchObject({ status: 'CONFIRMED', paid: { cents: 21_000 }, balance: { cents: 49_000 }, deposit: { amount: { cents: 21_000 } }, payments: [{ amount: { cents: 21_000 }, method: 'CHEQUE' }] });
    await general.getByText('Confirmé').first().waitFor();
    await general.getByText('490,00 €').waitFor();
    await payments.getByRole('cell', { name: 'Chèque' }).waitFor();

    // The guest's document, a contract now the file is confirmed.
    const documentPart = page.getByRole('region', { name: 'Document pour le client' });
    await documentPart.getByText('Contrat de location').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), documentPart.getByRole('link', { name: 'Télécharger le PDF en français' }).click()]);
    const pdf = readFileSync(await download.path());
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');

    // The history, in words.
    const history = page.getByRole('region', { name: 'Historique' });
    await history.getByRole('listitem').filter({ hasText: 'Dossier ouvert (Saisi par vous)' }).waitFor();
    await history.getByRole('listitem').filter({ hasText: 'Paiement enregistré : 210,00 € (Chèque' }).waitFor();
    await history.getByRole('listitem').filter({ hasText: 'Statut : Option → Confirmé' }).waitFor();
    await history.getByRole('listitem').filter({ hasText: 'Acompte porté à 30 %' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'dossiers-file.png'), fullPage: true });

    // Cancelled by the guest: under an acompte, they still owe the rest of the price.
    await page.getByRole('button', { name: 'Annuler le dossier…' }).click();
    await page.getByLabel('Le client', { exact: true }).check();
    await page.getByLabel('Motif (facultatif)').fill('Empêchement');
    await page.getByRole('button', { name: 'Confirmer l’annulation' }).click();
    await page.getByRole('heading', { name: /Dossier n° 1 — LEFEBVRE Anne Annulé/ }).waitFor();
    await general.getByRole('heading', { name: 'Ce que l’annulation implique' }).waitFor();
    await general.getByText('Renonce au séjour : Le client').waitFor();
    const cancelled = (await run.app.gql(FILE, { id: kept }, token)).data?.dossier;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', cancelledBy: 'GUEST', cancellationSettlement: { by: 'GUEST', guestStillOwes: { cents: 49_000 } } });
    await general.getByText('490,00 €').first().waitFor();
    await history.getByRole('listitem').filter({ hasText: 'Dossier annulé ; renonce au séjour : Le client (motif : Empêchement)' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'dossiers-cancelled.png'), fullPage: true });

    // The other file, deleted after a confirmation.
    await page.getByRole('link', { name: '← Tous les dossiers' }).click();
    await page.getByLabel('Client (nom, société ou e-mail)').fill('Moreau');
    await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
    await page.getByRole('link', { name: 'MOREAU Paul' }).click();
    await page.getByRole('heading', { name: /Dossier n° 2 — MOREAU Paul/ }).waitFor();
    await page.getByRole('button', { name: 'Supprimer le dossier…' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Oui, supprimer définitivement' }).click();
    await page.getByRole('status').filter({ hasText: 'Dossier n° 2 supprimé.' }).waitFor();
    await page.getByRole('status').filter({ hasText: '0 dossier(s) trouvé(s)' }).waitFor();
    expect((await run.app.gql(FILE, { id: removed }, token)).data?.dossier).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('on a phone, the file’s parts stack and a payment is recorded', async () => {
    const owner = await signedInOwner(run.browser, run.base, { viewport: PHONE });
    const { page, token } = owner;
    const [id] = await gîteWithFiles(token, [{ lastName: 'Garnier', firstName: 'Lucie', arrival: '2027-07-03', departure: '2027-07-10' }]);
    await page.goto(`${run.base}/app/dossiers`);
    await page.getByRole('link', { name: 'GARNIER Lucie' }).waitFor();
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: join(SHOTS, 'dossiers-phone-list.png'), fullPage: true });
    await page.getByRole('link', { name: 'GARNIER Lucie' }).click();
    await page.getByRole('heading', { name: /Dossier n° 1 — GARNIER Lucie/ }).waitFor();
    const payments = page.getByRole('region', { name: 'Paiements' });
    await payments.getByLabel('Montant (€)', { exact: true }).fill('100');
    await payments.getByLabel('Moyen de paiement').selectOption('HOLIDAY_VOUCHERS');
    await payments.getByRole('button', { name: 'Enregistrer le paiement' }).click();
    await payments.getByRole('status').filter({ hasText: 'Paiement de 100,00 € enregistré. Reste dû : 600,00 €.' }).waitFor();
    const file = (await run.app.gql(FILE, { id }, token)).data?.dossier;
    expect(file).toMatchObject({ paid: { cents: 10_000 }, payments: [{ amount: { cents: 10_000 }, method: 'HOLIDAY_VOUCHERS' }] });
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: join(SHOTS, 'dossiers-phone-file.png'), fullPage: true });
    await owner.context.close();
  }, 60_000);
});
