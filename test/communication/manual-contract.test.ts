import { signUpOwner } from '../support/owners';
import { pdfWords } from '../support/pdf-text';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app';

/**
 * The manual's model contract, end to end: an owner in Foix lets a gîte from Saturday 25 January
 * to Saturday 8 February 2020 at 50 €, a last-minute promotion takes 7.50 € off (42.50 €), the
 * cleaning is 5 € (total 47.50 €); the acompte of 25 % is 10.62 €, and once it is paid the
 * balance is 36.88 €. The document is asked for on 20 January 2020, over HTTP, as a client would.
 */
describe('the manual’s model contract from GET /dossiers/:id/document.pdf', () => {
  let t: TestApp;
  let text: string;
  let englishText: string;

  beforeAll(async () => {
    t = await startTestApp({ clock: new ManualClock(new Date('2020-01-20T09:00:00Z')), config: { pdfWorkers: 1 } });
    const owner = await signUpOwner(t, { lastName: 'Lacaze', firstName: 'Jeanne', address: '12 rue du Château', postalCode: '09000', city: 'Foix' });
    const ok = async (document: string, variables: Record<string, unknown>) => {
      const answer = await t.gql(document, variables, owner.token);
      if (answer.errors) throw new Error(JSON.stringify(answer.errors));
      return answer.data ?? {};
    };
    const created = await ok('mutation($input: AccommodationInput!) { createAccommodation(input: $input) { id } }', {
      input: { name: 'Gîte du Pech', kind: 'HOLIDAY_RENTAL', city: 'Foix', maxCapacity: 4, description: { fr: 'Un gîte au pied du château.' } },
    });
    const accommodationId = created.createAccommodation.id as string;
    const ranges = (await ok('{ ageRanges { id label } }', {})).ageRanges as { id: string; label: string }[];
    const adults = ranges.find((r) => r.label === 'Adult')?.id;
    await ok('mutation($input: SupplementInput!) { defineSupplement(input: $input) { id } }', {
      input: { name: { fr: 'Ménage de fin de séjour', en: 'Final cleaning' }, mandatory: true, price: 500, unit: 'PER_STAY', accommodationIds: [accommodationId] },
    });
    await ok('mutation($input: SetRatesInput!) { setRates(input: $input) { count } }', {
      input: { accommodationId, periods: [{ from: '2020-01-25', to: '2020-01-25' }], nights: [14], arrivalDays: ['SATURDAY'], initialPrice: 5000 },
    });
    await ok('mutation($input: PromotionInput!) { createPromotion(input: $input) { id } }', { input: { accommodationIds: [accommodationId], kind: 'LAST_MINUTE', days: 30, percent: 15 } });
    const file = await ok('mutation($input: CreateDossierInput!) { createDossier(input: $input) { id total { cents } deposit { amount { cents } } } }', {
      input: { accommodationId, arrival: '2020-01-25', departure: '2020-02-08', occupants: [{ ageRangeId: adults, count: 2 }], guest: { lastName: 'Martin', firstName: 'Claire', city: 'Toulouse' } },
    });
    expect(file.createDossier).toMatchObject({ total: { cents: 4750 }, deposit: { amount: { cents: 1062 } } });
    const id = file.createDossier.id as string;
    await ok('mutation($id: ID!, $input: PaymentInput!) { recordPayment(dossierId: $id, input: $input) { status } }', { id, input: { cents: 1062, date: '2020-01-20', method: 'CHEQUE' } });
    const download = async (lang: string) => {
      const response = await fetch(`${t.url.replace('/graphql', '')}/dossiers/${id}/document.pdf?lang=${lang}`, { headers: { authorization: `Bearer ${owner.token}` } });
      expect(response.status).toBe(200);
      return pdfWords(Buffer.from(await response.arrayBuffer()));
    };
    text = await download('fr');
    englishText = await download('en');
  });
  afterAll(() => t.close());

  it.each([
    ['the title of a confirmed file', 'Contrat de location'],
    ['the place and date', 'Foix, le 20/01/2020'],
    ['the stay', 'Séjour du samedi 25 janvier 2020 au samedi 8 février 2020'],
    ['the rate before the promotion', '50,00 €'],
    ['the accommodation price after it', '42,50 €'],
    ['the cleaning', '5,00 €'],
    ['the total with its discount', '47,50 € (remise de 7,50 € déduite)'],
    ['the acompte', '10,62 €'],
    ['the balance', '36,88 €'],
    ['the guest', 'Claire Martin'],
  ])('prints %s: “%s”', (_, expected) => expect(text).toContain(expected));

  it('prints the same file in English when asked', () => {
    expect(englishText).toContain('Rental contract');
    expect(englishText).toContain('Saturday 25 January 2020');
    expect(englishText).toContain('€47.50');
  });
});
