import { eventCount } from '../support/database';
import { PASSWORD, SIGN_UP, signUpOwner, uniqueEmail, type SignedUpOwner } from '../support/owners';
import { startTestApp, type TestApp } from '../support/test-app';

const COMMUNES = 'query($code: String!) { communes(postalCode: $code) { inseeCode name postalCode deliveryLabel } }';
const CREATE = 'mutation($input: AccommodationInput!) { createAccommodation(input: $input) { id postalCode city } }';
const UPDATE = 'mutation($id: ID!, $input: AccommodationInput!) { updateAccommodation(id: $id, input: $input) { postalCode city } }';
const OWNER_DETAILS = 'mutation($input: OwnerDetailsInput!) { updateOwnerDetails(input: $input) { postalCode city country } }';

const GITE = { name: 'Gîte des Bories', kind: 'HOLIDAY_RENTAL', postalCode: '84220', city: 'Gordes', maxCapacity: 4, description: { fr: 'Un gîte.' } };

describe('French postal codes and their communes', () => {
  let t: TestApp;
  let owner: SignedUpOwner;

  beforeAll(async () => {
    t = await startTestApp();
    owner = await signUpOwner(t);
  });
  afterAll(() => t.close());

  it('answers anyone, without a token, the communes of a postal code by name with their INSEE code and libellé d’acheminement', async () => {
    const gordes = await t.gql(COMMUNES, { code: '84220' });
    expect(gordes.errors).toBeUndefined();
    const communes = gordes.data?.communes as { name: string }[];
    expect(communes.map((c) => c.name)).toEqual(['Beaumettes', "Cabrières-d'Avignon", 'Gordes', 'Goult', 'Joucas', 'Lioux', 'Murs', 'Roussillon', 'Saint-Pantaléon']);
    expect(communes[1]).toEqual({ inseeCode: '84025', name: "Cabrières-d'Avignon", postalCode: '84220', deliveryLabel: 'CABRIERES-D AVIGNON' });
    expect((await t.gql(COMMUNES, { code: '69003' })).data?.communes).toEqual([{ inseeCode: '69383', name: 'Lyon 3e Arrondissement', postalCode: '69003', deliveryLabel: 'LYON' }]);
    expect((await t.gql(COMMUNES, { code: '20000' })).data?.communes).toContainEqual({ inseeCode: '2A004', name: 'Ajaccio', postalCode: '20000', deliveryLabel: 'AJACCIO' });
    expect((await t.gql(COMMUNES, { code: '99999' })).data?.communes).toEqual([]);
  });

  it.each([['8422'], ['842200'], ['84 220'], ['B-1000']])('refuses %j as a postal code, naming it', async (code) => {
    const answer = await t.gql(COMMUNES, { code });
    expect(answer.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'postalCode', reason: 'POSTAL_CODE_MALFORMED' });
    expect(answer.errors?.[0].message).toContain('a French postal code is 5 digits');
  });

  it('keeps an accommodation whose city is a commune of its postal code, written as owners write it', async () => {
    const created = await t.gql(CREATE, { input: GITE }, owner.token);
    expect(created.data?.createAccommodation).toMatchObject({ postalCode: '84220', city: 'Gordes' });
    const id = created.data?.createAccommodation.id as string;
    for (const [postalCode, city] of [['09000', 'St Jean de Vergès'], ['13520', 'Le Paradou'], ['69003', 'LYON']]) {
      const updated = await t.gql(UPDATE, { id, input: { ...GITE, postalCode, city } }, owner.token);
      expect(updated.data?.updateAccommodation).toEqual({ postalCode, city });
    }
  });

  it.each([
    ['a postal code that is not 5 digits', { postalCode: '8422' }, 'input.postalCode', 'POSTAL_CODE_MALFORMED'],
    ['a postal code the official list does not hold', { postalCode: '84999' }, 'input.postalCode', 'POSTAL_CODE_UNKNOWN'],
    ['a city that is not a commune of its postal code', { postalCode: '24200', city: 'Sarlat' }, 'input.city', 'COMMUNE_NOT_IN_POSTAL_CODE'],
  ])('refuses an accommodation with %s, naming the field, and writes nothing', async (_, change, field, reason) => {
    const existing = await t.gql(CREATE, { input: GITE }, owner.token);
    const before = await eventCount();
    const created = await t.gql(CREATE, { input: { ...GITE, ...change } }, owner.token);
    expect(created.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field, reason });
    const updated = await t.gql(UPDATE, { id: existing.data?.createAccommodation.id, input: { ...GITE, ...change } }, owner.token);
    expect(updated.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field, reason });
    expect(await eventCount()).toBe(before);
  });

  it('says which communes a postal code serves when the city is none of them', async () => {
    const answer = await t.gql(CREATE, { input: { ...GITE, postalCode: '24200', city: 'Sarlat' } }, owner.token);
    expect(answer.errors?.[0].message).toBe(
      'input.city: "Sarlat" is not a commune of postal code 24200, which serves Carsac-Aillac, Marcillac-Saint-Quentin, Proissans, Saint-André-d\'Allas, Saint-Vincent-le-Paluel, Sainte-Nathalène, Sarlat-la-Canéda, Vitrac',
    );
  });

  it("checks the owner's address when it is in France, its country left out or France, and leaves an address abroad as typed", async () => {
    const refused = async (input: Record<string, unknown>) => (await t.gql(OWNER_DETAILS, { input: { lastName: 'Martin', ...input } }, owner.token)).errors?.[0];
    expect((await refused({ postalCode: '1000', city: 'Bruxelles' }))?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.postalCode', reason: 'POSTAL_CODE_MALFORMED' });
    expect((await refused({ postalCode: '1000', city: 'Bruxelles' }))?.message).toContain('for an address abroad, give its country');
    expect((await refused({ postalCode: '09999', country: 'France' }))?.extensions).toMatchObject({ field: 'input.postalCode', reason: 'POSTAL_CODE_UNKNOWN' });
    expect((await refused({ postalCode: '09000', city: 'Pamiers', country: 'FR' }))?.extensions).toMatchObject({ field: 'input.city', reason: 'COMMUNE_NOT_IN_POSTAL_CODE' });

    const abroad = await t.gql(OWNER_DETAILS, { input: { lastName: 'Martin', postalCode: '1000', city: 'Bruxelles', country: 'Belgique' } }, owner.token);
    expect(abroad.data?.updateOwnerDetails).toEqual({ postalCode: '1000', city: 'Bruxelles', country: 'Belgique' });
    const french = await t.gql(OWNER_DETAILS, { input: { lastName: 'Martin', postalCode: '09000', city: 'foix' } }, owner.token);
    expect(french.data?.updateOwnerDetails).toEqual({ postalCode: '09000', city: 'foix', country: null });
  });

  it('refuses a sign-up whose French postal code the official list does not hold, and opens no account', async () => {
    const email = uniqueEmail('poste');
    const answer = await t.gql(SIGN_UP, { input: { email, password: PASSWORD, lastName: 'Martin', postalCode: '84999', city: 'Gordes' } });
    expect(answer.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.postalCode', reason: 'POSTAL_CODE_UNKNOWN' });
    expect((await t.gql(SIGN_UP, { input: { email, password: PASSWORD, lastName: 'Martin' } })).data?.signUp.owner).toMatchObject({ email });
  });
});
