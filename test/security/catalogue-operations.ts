import { PASSWORD, uniqueEmail } from '../support/owners';
import type { TestApp } from '../support/test-app';
import { expectRefused, type OwnerOperation, type Owners } from './owner-operation';

export const A_ACCOMMODATION = {
  name: 'Gîte des Vignes',
  kind: 'HOLIDAY_RENTAL',
  city: 'Avignon',
  maxCapacity: 4,
  description: { fr: 'Une maison au milieu des vignes' },
};
const A_SUPPLEMENT = { name: { fr: 'Ménage' }, mandatory: true, price: 500, unit: 'PER_STAY' };
const A_ESTABLISHMENT = { name: 'Domaine Alpha' };

const ACCOMMODATION = 'id reference name visibility archived registrationNumber registrationRequired';
const SUPPLEMENT = 'id name { fr } price { cents } accommodationIds';

/** Creates the data B will attack; returns what the attacks aim at. */
export async function createCatalogueOfA(t: TestApp, token: string): Promise<Owners['aCatalogue']> {
  const created = await t.gql(`mutation($input: AccommodationInput!) { createAccommodation(input: $input) { id } }`, { input: A_ACCOMMODATION }, token);
  const accommodationId = created.data?.createAccommodation.id as string;
  const supplement = await t.gql(
    `mutation($input: SupplementInput!) { defineSupplement(input: $input) { id } }`,
    { input: { ...A_SUPPLEMENT, accommodationIds: [accommodationId] } },
    token,
  );
  await t.gql(`mutation($input: EstablishmentInput!) { updateEstablishment(input: $input) { name } }`, { input: A_ESTABLISHMENT }, token);
  const ranges = await t.gql('{ ageRanges { id } }', {}, token);
  return {
    accommodationId,
    supplementId: supplement.data?.defineSupplement.id as string,
    ageRangeIds: (ranges.data?.ageRanges as { id: string }[]).map((r) => r.id),
  };
}

/** A's catalogue reads back exactly as A created it. */
async function aCatalogueIsUntouched(t: TestApp, o: Owners): Promise<void> {
  const answer = await t.gql(
    `{ accommodations { ${ACCOMMODATION} } supplements { ${SUPPLEMENT} } establishment { name } ageRanges { id label minAge maxAge } }`,
    {},
    o.a.token,
  );
  const { accommodations, supplements, establishment, ageRanges } = answer.data ?? {};
  expect(accommodations).toEqual([
    expect.objectContaining({ id: o.aCatalogue.accommodationId, name: A_ACCOMMODATION.name, visibility: 'HIDDEN', archived: false, registrationNumber: null, registrationRequired: false }),
  ]);
  expect(supplements).toEqual([{ id: o.aCatalogue.supplementId, name: { fr: 'Ménage' }, price: { cents: 500 }, accommodationIds: [o.aCatalogue.accommodationId] }]);
  expect(establishment).toEqual({ name: A_ESTABLISHMENT.name });
  expect(ageRanges).toEqual([
    { id: o.aCatalogue.ageRangeIds[0], label: 'Adult', minAge: 17, maxAge: 100 },
    { id: o.aCatalogue.ageRangeIds[1], label: 'Child', minAge: 3, maxAge: 16 },
    { id: o.aCatalogue.ageRangeIds[2], label: 'Baby', minAge: 0, maxAge: 2 },
  ]);
}

/**
 * A destination A joins with A's accommodation, which A then hides again: the listing stays A's
 * choice, and A's catalogue reads as the other attacks expect it.
 */
export async function createMarketplaceOfA(t: TestApp, token: string, accommodationId: string): Promise<Owners['marketplace']> {
  const input = { name: 'Périgord Tourisme', kind: 'TOURISM_AGENCY', area: ['24'], website: 'https://www.perigord.example.fr', email: uniqueEmail('destination'), password: PASSWORD };
  const signedUp = await t.gql('mutation($input: DestinationSignUpInput!) { signUpDestination(input: $input) { token destination { id } } }', { input });
  const destinationId = signedUp.data?.signUpDestination.destination.id as string;
  const visibility = (v: string) => t.gql(`mutation($id: ID!) { setAccommodationVisibility(id: $id, visibility: ${v}) { id } }`, { id: accommodationId }, token);
  await visibility('BOOKABLE');
  await t.gql('mutation($d: ID!, $ids: [ID!]!) { joinDestination(destinationId: $d, accommodationIds: $ids) { joinedAt } }', { d: destinationId, ids: [accommodationId] }, token);
  await visibility('HIDDEN');
  return { destinationId, destinationToken: signedUp.data?.signUpDestination.token as string };
}

/** A's listing with the destination stands as A made it, and B joined nothing. */
async function aListingIsUntouched(t: TestApp, o: Owners): Promise<void> {
  const mine = await t.gql('{ myDestinations { destination { id } accommodations { id } } }', {}, o.a.token);
  expect(mine.data?.myDestinations).toEqual([{ destination: { id: o.marketplace.destinationId }, accommodations: [{ id: o.aCatalogue.accommodationId }] }]);
  const theirs = await t.gql('{ myDestinations { destination { id } } }', {}, o.b.token);
  expect(theirs.data?.myDestinations).toEqual([]);
  await aCatalogueIsUntouched(t, o);
}

/** The destination's token still works: its password and address did not change, which would have ended it. */
async function destinationIsUntouched(t: TestApp, o: Owners): Promise<void> {
  const own = await t.gql('{ myDestination { id } }', {}, o.marketplace.destinationToken);
  expect(own.data?.myDestination).toEqual({ id: o.marketplace.destinationId });
}

const refusedAndUntouched =
  (code: string): OwnerOperation['verify'] =>
  async (answer, o, t) => {
    expectRefused(answer, code);
    await aCatalogueIsUntouched(t, o);
  };

export const CATALOGUE_OPERATIONS: Record<string, OwnerOperation> = {
  accommodations: {
    document: `{ accommodations(includeArchived: true) { ${ACCOMMODATION} } }`,
    variables: () => ({}),
    verify: (answer) => {
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.accommodations).toEqual([]);
      return Promise.resolve();
    },
  },
  accommodation: {
    document: `query($id: ID!) { accommodation(id: $id) { ${ACCOMMODATION} } }`,
    variables: (o) => ({ id: o.aCatalogue.accommodationId }),
    verify: (answer) => {
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.accommodation).toBeNull();
      return Promise.resolve();
    },
  },
  createAccommodation: {
    document: `mutation($input: AccommodationInput!) { createAccommodation(input: $input) { ${ACCOMMODATION} } }`,
    variables: () => ({ input: { ...A_ACCOMMODATION, name: 'Gîte de Beta' } }),
    verify: async (answer, o, t) => {
      const me = await t.gql('{ me { number } }', {}, o.b.token);
      expect(answer.data?.createAccommodation.reference).toMatch(new RegExp(`^OSMB-${me.data?.me.number}-\\d+$`));
      const mine = await t.gql(`{ accommodations { id } }`, {}, o.b.token);
      expect(mine.data?.accommodations).toContainEqual({ id: answer.data?.createAccommodation.id });
      await aCatalogueIsUntouched(t, o);
    },
  },
  updateAccommodation: {
    document: `mutation($id: ID!, $input: AccommodationInput!) { updateAccommodation(id: $id, input: $input) { ${ACCOMMODATION} } }`,
    variables: (o) => ({ id: o.aCatalogue.accommodationId, input: { ...A_ACCOMMODATION, name: 'Hijacked' } }),
    verify: refusedAndUntouched('NOT_FOUND'),
  },
  setAccommodationVisibility: {
    document: `mutation($id: ID!) { setAccommodationVisibility(id: $id, visibility: BOOKABLE) { ${ACCOMMODATION} } }`,
    variables: (o) => ({ id: o.aCatalogue.accommodationId }),
    verify: refusedAndUntouched('NOT_FOUND'),
  },
  setAccommodationRegistration: {
    document: `mutation($id: ID!, $input: AccommodationRegistrationInput!) { setAccommodationRegistration(id: $id, input: $input) { ${ACCOMMODATION} } }`,
    variables: (o) => ({ id: o.aCatalogue.accommodationId, input: { registrationNumber: '84007 123456 AB', registrationRequired: true } }),
    verify: refusedAndUntouched('NOT_FOUND'),
  },
  archiveAccommodation: {
    document: `mutation($id: ID!) { archiveAccommodation(id: $id) { ${ACCOMMODATION} } }`,
    variables: (o) => ({ id: o.aCatalogue.accommodationId }),
    verify: refusedAndUntouched('NOT_FOUND'),
  },
  restoreAccommodation: {
    document: `mutation($id: ID!) { restoreAccommodation(id: $id) { ${ACCOMMODATION} } }`,
    variables: (o) => ({ id: o.aCatalogue.accommodationId }),
    verify: refusedAndUntouched('NOT_FOUND'),
  },
  establishment: {
    document: '{ establishment { name } }',
    variables: () => ({}),
    verify: (answer) => {
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.establishment?.name).not.toBe(A_ESTABLISHMENT.name);
      return Promise.resolve();
    },
  },
  updateEstablishment: {
    document: 'mutation($input: EstablishmentInput!) { updateEstablishment(input: $input) { name } }',
    variables: () => ({ input: { name: 'Domaine Beta' } }),
    verify: async (answer, o, t) => {
      expect(answer.data?.updateEstablishment).toEqual({ name: 'Domaine Beta' });
      await aCatalogueIsUntouched(t, o);
    },
  },
  supplements: {
    document: `query($accommodationId: ID) { supplements(accommodationId: $accommodationId) { ${SUPPLEMENT} } }`,
    variables: (o) => ({ accommodationId: o.aCatalogue.accommodationId }),
    verify: async (answer, o, t) => {
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.supplements).toEqual([]);
      const all = await t.gql(`{ supplements { id } }`, {}, o.b.token);
      expect(all.data?.supplements).not.toContainEqual({ id: o.aCatalogue.supplementId });
    },
  },
  defineSupplement: {
    document: `mutation($input: SupplementInput!) { defineSupplement(input: $input) { ${SUPPLEMENT} } }`,
    variables: (o) => ({ input: { ...A_SUPPLEMENT, accommodationIds: [o.aCatalogue.accommodationId] } }),
    verify: async (answer, o, t) => {
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.accommodationIds[0]' });
      await aCatalogueIsUntouched(t, o);
    },
  },
  updateSupplement: {
    document: `mutation($id: ID!, $input: SupplementInput!) { updateSupplement(id: $id, input: $input) { ${SUPPLEMENT} } }`,
    variables: (o) => ({ id: o.aCatalogue.supplementId, input: { ...A_SUPPLEMENT, price: 0, accommodationIds: [] } }),
    verify: refusedAndUntouched('NOT_FOUND'),
  },
  removeSupplement: {
    document: 'mutation($id: ID!) { removeSupplement(id: $id) }',
    variables: (o) => ({ id: o.aCatalogue.supplementId }),
    verify: refusedAndUntouched('NOT_FOUND'),
  },
  ageRanges: {
    document: '{ ageRanges { id label } }',
    variables: () => ({}),
    verify: (answer, o) => {
      const ids = (answer.data?.ageRanges as { id: string }[]).map((r) => r.id);
      expect(ids.length).toBeGreaterThan(0);
      for (const id of o.aCatalogue.ageRangeIds) expect(ids).not.toContain(id);
      return Promise.resolve();
    },
  },
  defineAgeRange: {
    document: 'mutation($input: AgeRangeInput!) { defineAgeRange(input: $input) { id label } }',
    variables: () => ({ input: { label: 'Senior', minAge: 101, maxAge: 120 } }),
    verify: async (answer, o, t) => {
      expect(answer.data?.defineAgeRange.label).toBe('Senior');
      await aCatalogueIsUntouched(t, o);
    },
  },
  updateAgeRange: {
    document: 'mutation($id: ID!, $input: AgeRangeInput!) { updateAgeRange(id: $id, input: $input) { id label } }',
    variables: (o) => ({ id: o.aCatalogue.ageRangeIds[0], input: { label: 'Hijacked', minAge: 17, maxAge: 100 } }),
    verify: refusedAndUntouched('NOT_FOUND'),
  },
  joinDestination: {
    document: 'mutation($d: ID!, $ids: [ID!]!) { joinDestination(destinationId: $d, accommodationIds: $ids) { accommodations { id } } }',
    variables: (o) => ({ d: o.marketplace.destinationId, ids: [o.aCatalogue.accommodationId] }),
    verify: async (answer, o, t) => {
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'accommodationIds[0]' });
      await aListingIsUntouched(t, o);
    },
  },
  setDestinationListing: {
    document: 'mutation($d: ID!, $ids: [ID!]!) { setDestinationListing(destinationId: $d, accommodationIds: $ids) { accommodations { id } } }',
    variables: (o) => ({ d: o.marketplace.destinationId, ids: [o.aCatalogue.accommodationId] }),
    verify: async (answer, o, t) => {
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'accommodationIds[0]' });
      await aListingIsUntouched(t, o);
    },
  },
  leaveDestination: {
    document: 'mutation($d: ID!) { leaveDestination(destinationId: $d) }',
    variables: (o) => ({ d: o.marketplace.destinationId }),
    // B leaves B's own membership, which there is none of: nothing to do, and A stays.
    verify: async (answer, o, t) => {
      expect(answer.data?.leaveDestination).toBe(true);
      await aListingIsUntouched(t, o);
    },
  },
  myDestinations: {
    document: '{ myDestinations { destination { id } accommodations { id } } }',
    variables: () => ({}),
    verify: (answer) => {
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.myDestinations).toEqual([]);
      return Promise.resolve();
    },
  },
  myDestination: {
    document: '{ myDestination { id members { nodes { ownerName } } } }',
    variables: () => ({}),
    destinationOnly: true,
    verify: async (answer, o, t) => {
      expectRefused(answer, 'FORBIDDEN');
      const own = await t.gql('{ myDestination { id members { nodes { ownerName } } } }', {}, o.marketplace.destinationToken);
      expect(own.data?.myDestination).toEqual({ id: o.marketplace.destinationId, members: { nodes: [{ ownerName: 'Alpha' }] } });
    },
  },
  changeDestinationPassword: {
    document: 'mutation($c: String!, $n: String!) { changeDestinationPassword(currentPassword: $c, newPassword: $n) }',
    variables: () => ({ c: PASSWORD, n: 'taken over by b now' }),
    destinationOnly: true,
    verify: async (answer, o, t) => {
      expectRefused(answer, 'FORBIDDEN');
      await destinationIsUntouched(t, o);
    },
  },
  changeDestinationEmail: {
    document: 'mutation($c: String!, $e: String!) { changeDestinationEmail(currentPassword: $c, newEmail: $e) { id email } }',
    variables: () => ({ c: PASSWORD, e: uniqueEmail('hijack') }),
    destinationOnly: true,
    verify: async (answer, o, t) => {
      expectRefused(answer, 'FORBIDDEN');
      await destinationIsUntouched(t, o);
    },
  },
  removeAgeRange: {
    document: 'mutation($id: ID!) { removeAgeRange(id: $id) }',
    variables: (o) => ({ id: o.aCatalogue.ageRangeIds[0] }),
    verify: refusedAndUntouched('NOT_FOUND'),
  },
};
