import { randomUUID } from 'node:crypto';
import { CATALOGUE_QUERIES, type CatalogueQueries } from '../../src/catalogue/contracts';
import { EVENT_STORE, type EventStore } from '../../src/event-store/event-store.port';
import { ProjectionRegistry } from '../../src/event-store/projection/projection-registry';
import { ReadModelWaiter } from '../../src/event-store/projection/read-model-waiter';
import { FollowerRunner } from '../../src/event-store/following/follower-runner';
import { signUpOwner, type SignedUpOwner } from '../support/owners';
import { startTestApp, type TestApp } from '../support/test-app';

const ACCOMMODATION = `id reference name kind starRating address postalCode city latitude longitude altitude minCapacity maxCapacity
  surface floor orientation securityDeposit { cents currency } description { fr en } photos { url caption { fr en } order }
  characteristics { code } visibility archived registrationNumber registrationRequired classification { stars decidedOn expiresOn status } createdAt updatedAt`;
const SUPPLEMENT = 'id name { fr en } mandatory price { cents currency } unit accommodationIds createdAt updatedAt';
const CREATE = 'mutation($input: AccommodationInput!) { createAccommodation(input: $input) { id reference } }';
const UPDATE = 'mutation($id: ID!, $input: AccommodationInput!) { updateAccommodation(id: $id, input: $input) { id } }';
const VISIBILITY = 'mutation($id: ID!, $v: Visibility!) { setAccommodationVisibility(id: $id, visibility: $v) { visibility } }';
const DEFINE = 'mutation($input: SupplementInput!) { defineSupplement(input: $input) { id } }';
const UPDATE_SUPPLEMENT = 'mutation($id: ID!, $input: SupplementInput!) { updateSupplement(id: $id, input: $input) { id } }';

const GITE = {
  name: 'Gîte des Vignes',
  kind: 'HOLIDAY_RENTAL',
  starRating: 4,
  city: 'Avignon',
  postalCode: '84000',
  latitude: 43.9493,
  longitude: 4.8055,
  minCapacity: 2,
  maxCapacity: 6,
  surface: 92.5,
  securityDeposit: 40_000,
  description: { fr: 'Une maison au calme.', en: 'A quiet house.' },
  characteristics: ['WIFI', 'GARDEN'],
  photos: [{ url: 'https://photos.example.fr/vignes.jpg', caption: { fr: 'La façade' } }],
};
const supplement = (fr: string, mandatory: boolean, price: number, accommodationIds: string[]) => ({
  name: { fr },
  mandatory,
  price,
  unit: mandatory ? 'PER_STAY' : 'PER_NIGHT',
  accommodationIds,
});

describe('catalogue read models', () => {
  let t: TestApp;
  let catalogue: CatalogueQueries;

  beforeAll(async () => {
    t = await startTestApp();
    catalogue = t.app.get<CatalogueQueries>(CATALOGUE_QUERIES);
  });
  afterAll(() => t.close());

  /** Runs a mutation and returns its only field, failing loudly when it is refused. */
  const run = async (owner: SignedUpOwner, document: string, variables: Record<string, unknown>) => {
    const answer = await t.gql<Record<string, { id: string; reference: string }>>(document, variables, owner.token);
    const value = answer.data && Object.values(answer.data)[0];
    if (!value) throw new Error(`mutation refused: ${JSON.stringify(answer.errors)}`);
    return value;
  };

  it('tells booking the capacity, visibility, supplements (mandatory first, priced in money) and age ranges of an accommodation', async () => {
    const owner = await signUpOwner(t);
    const gite = await run(owner, CREATE, { input: GITE });
    const studio = await run(owner, CREATE, { input: { ...GITE, name: 'Studio', minCapacity: 1, maxCapacity: 2 } });
    await run(owner, VISIBILITY, { id: gite.id, v: 'BOOKABLE' });
    const pet = await run(owner, DEFINE, { input: supplement('Animal', false, 500, [gite.id, studio.id]) });
    const cleaning = await run(owner, DEFINE, { input: supplement('Ménage final', true, 6000, [gite.id]) });
    await run(owner, DEFINE, { input: supplement('Bois de chauffage', false, 1500, [studio.id]) });
    const ages = (await t.gql<{ ageRanges: { id: string }[] }>('{ ageRanges { id } }', {}, owner.token)).data?.ageRanges.map((r) => r.id) ?? [];

    expect(await catalogue.accommodationForBooking(gite.id)).toEqual({
      accommodationId: gite.id,
      ownerId: owner.id,
      reference: gite.reference,
      name: 'Gîte des Vignes',
      kind: 'HOLIDAY_RENTAL',
      visibility: 'BOOKABLE',
      archived: false,
      capacity: { min: 2, max: 6 },
      classification: { stars: 4, decidedOn: null, expiresOn: null },
      registrationNumber: null,
      supplements: [
        { supplementId: cleaning.id, name: { fr: 'Ménage final', en: null }, mandatory: true, price: { cents: 6000, currency: 'EUR' }, unit: 'PER_STAY' },
        { supplementId: pet.id, name: { fr: 'Animal', en: null }, mandatory: false, price: { cents: 500, currency: 'EUR' }, unit: 'PER_NIGHT' },
      ],
      ageRanges: [
        { ageRangeId: ages[0], label: 'Adult', minAge: 17, maxAge: 100, countsTowardsCapacity: true },
        { ageRangeId: ages[1], label: 'Child', minAge: 3, maxAge: 16, countsTowardsCapacity: true },
        { ageRangeId: ages[2], label: 'Baby', minAge: 0, maxAge: 2, countsTowardsCapacity: false },
      ],
    });
    expect(await catalogue.accommodationForBooking(studio.id)).toMatchObject({ visibility: 'HIDDEN', capacity: { min: 1, max: 2 } });
  });

  it('answers null for an accommodation that does not exist', async () => {
    await expect(catalogue.accommodationForBooking(randomUUID())).resolves.toBeNull();
    await expect(catalogue.accommodationForBooking('not-an-id')).resolves.toBeNull();
  });

  describe('rebuilding', () => {
    let owner: SignedUpOwner;
    let ids: string[];

    /** Every answer the accommodations and supplements read models give this owner. */
    const snapshot = async () => ({
      accommodations: (await t.gql(`{ accommodations(includeArchived: true) { ${ACCOMMODATION} } }`, {}, owner.token)).data?.accommodations,
      supplements: (await t.gql<{ supplements: { name: { fr: string } }[] }>(`{ supplements { ${SUPPLEMENT} } }`, {}, owner.token)).data?.supplements,
      perAccommodation: await Promise.all(ids.map(async (id) => (await t.gql(`query($id: ID) { supplements(accommodationId: $id) { id } }`, { id }, owner.token)).data)),
      forBooking: await Promise.all(ids.map((id) => catalogue.accommodationForBooking(id))),
    });

    const reset = async (names: string[]) => {
      const registry = t.app.get(ProjectionRegistry);
      await t.app.get(FollowerRunner).rebuild(
        names.map((name) => {
          const projection = registry.get(name);
          if (!projection) throw new Error(`no projection ${name}`);
          return projection;
        }),
      );
    };
    const caughtUp = async (names: string[]) => {
      const head = await t.app.get<EventStore>(EVENT_STORE).headPosition();
      return t.app.get(ReadModelWaiter).waitFor(head, names, 10_000);
    };

    beforeAll(async () => {
      owner = await signUpOwner(t);
      const gite = await run(owner, CREATE, { input: GITE });
      const studio = await run(owner, CREATE, { input: { ...GITE, name: 'Studio', characteristics: [], photos: [] } });
      const barn = await run(owner, CREATE, { input: { ...GITE, name: 'Grange' } });
      ids = [gite.id, studio.id, barn.id];
      await run(owner, UPDATE, { id: studio.id, input: { ...GITE, name: 'Studio du Pont', maxCapacity: 3, securityDeposit: null } });
      await run(owner, 'mutation($id: ID!, $input: AccommodationRegistrationInput!) { setAccommodationRegistration(id: $id, input: $input) { id } }', {
        id: gite.id,
        input: { registrationNumber: '84007123456AB', registrationRequired: true, classificationDecidedOn: '2022-05-10' },
      });
      await run(owner, VISIBILITY, { id: gite.id, v: 'LISTED' });
      await run(owner, 'mutation($id: ID!) { archiveAccommodation(id: $id) { id } }', { id: barn.id });
      const cleaning = await run(owner, DEFINE, { input: supplement('Ménage final', true, 6000, [gite.id]) });
      await run(owner, UPDATE_SUPPLEMENT, { id: cleaning.id, input: supplement('Ménage final', true, 7000, [gite.id, studio.id]) });
      await run(owner, DEFINE, { input: supplement('Animal', false, 500, [studio.id]) });
      const linen = await run(owner, DEFINE, { input: supplement('Linge', false, 1200, [gite.id]) });
      await run(owner, 'mutation($id: ID!) { removeSupplement(id: $id) }', { id: linen.id });
      expect(await caughtUp(['accommodations', 'supplements'])).toBe(true);
    });

    it('replays the accommodations and supplements read models to exactly the same answers', async () => {
      const before = await snapshot();
      expect(before.accommodations).toHaveLength(3);
      expect(before.accommodations).toContainEqual(expect.objectContaining({ registrationNumber: '84007123456AB', classification: expect.objectContaining({ decidedOn: '2022-05-10' }) }));
      expect(before.supplements?.map((s) => s.name.fr)).toEqual(['Ménage final', 'Animal']);

      await reset(['accommodations', 'supplements']);
      // A runner that follows the store learns of the reset from its next batch: write one.
      await signUpOwner(t);
      expect(await caughtUp(['accommodations', 'supplements'])).toBe(true);
      expect(await snapshot()).toEqual(before);
    });

    it('completes a rebuild while no one writes, as `npm run projections:rebuild` waits for it to', async () => {
      const before = await snapshot();
      await reset(['accommodations', 'supplements']);
      expect(await caughtUp(['accommodations', 'supplements'])).toBe(true);
      expect(await snapshot()).toEqual(before);
    });
  });
});
