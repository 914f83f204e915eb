import { FollowerRunner } from '../../src/event-store/following/follower-runner';
import { dossierInput, ownerWithGite, type OwnerWithGite } from '../support/booking-fixtures';
import { SIGN_UP, uniqueEmail, PASSWORD } from '../support/owners';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * A change answers what it changed, even when the read models lag: here they do not move at all
 * (the projections and policies of this app are stopped), so every answer below comes from the
 * events the change wrote. It used to be NOT_FOUND, or the file as it was before.
 */
describe('a change answers from its own events when the read models lag', () => {
  let t: TestApp;
  let gite: OwnerWithGite;

  beforeAll(async () => {
    t = await startTestApp({ config: { readModelWaitMs: 200 } });
    gite = await ownerWithGite(t);
    await t.app.get(FollowerRunner).stop();
  });
  afterAll(() => t.close());

  it('answers a sign-up with the new owner', async () => {
    const email = uniqueEmail('lagging');
    const answer = await t.gql(SIGN_UP, { input: { email, password: PASSWORD, lastName: 'Durand', city: 'Arles' } });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.signUp.owner).toMatchObject({ email, lastName: 'Durand', city: 'Arles' });
  });

  it('answers a new accommodation with it, and a change with the change', async () => {
    const created = await t.gql(
      'mutation($input: AccommodationInput!) { createAccommodation(input: $input) { id name maxCapacity } }',
      { input: { name: 'Chambre du four', kind: 'GUEST_ROOM', city: 'Gordes', maxCapacity: 2, description: { fr: 'Une chambre.' } } },
      gite.owner.token,
    );
    expect(created.data?.createAccommodation).toMatchObject({ name: 'Chambre du four', maxCapacity: 2 });
    const id = created.data?.createAccommodation.id as string;
    const changed = await t.gql(
      'mutation($id: ID!, $input: AccommodationInput!) { updateAccommodation(id: $id, input: $input) { maxCapacity } }',
      { id, input: { name: 'Chambre du four', kind: 'GUEST_ROOM', city: 'Gordes', maxCapacity: 3, description: { fr: 'Une chambre.' } } },
      gite.owner.token,
    );
    expect(changed.data?.updateAccommodation).toEqual({ maxCapacity: 3 });
  });

  it('answers a new booking file numbered, then with a payment received, though no follower ran', async () => {
    const created = await t.gql('mutation($input: CreateDossierInput!) { createDossier(input: $input) { id number status total { cents } } }', dossierInput(gite, '2027-10-01', '2027-10-03'), gite.owner.token);
    expect(created.errors).toBeUndefined();
    expect(created.data?.createDossier).toMatchObject({ number: 1, status: 'OPTION', total: { cents: 50_000 } });
    const paid = await t.gql(
      'mutation($id: ID!) { recordPayment(dossierId: $id, input: { date: "2027-09-01", method: TRANSFER, cents: 12500 }) { status paid { cents } balance { cents } } }',
      { id: created.data?.createDossier.id },
      gite.owner.token,
    );
    expect(paid.errors).toBeUndefined();
    expect(paid.data?.recordPayment).toEqual({ status: 'CONFIRMED', paid: { cents: 12_500 }, balance: { cents: 37_500 } });
  });

  it('answers a new supplement with it', async () => {
    const answer = await t.gql(
      'mutation($input: SupplementInput!) { defineSupplement(input: $input) { name { fr } price { cents } } }',
      { input: { name: { fr: 'Ménage' }, mandatory: true, price: 4000, unit: 'PER_STAY', accommodationIds: [gite.accommodationId] } },
      gite.owner.token,
    );
    expect(answer.data?.defineSupplement).toEqual({ name: { fr: 'Ménage' }, price: { cents: 4000 } });
  });
});
