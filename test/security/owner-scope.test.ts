import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { signUpOwner } from '../support/owners';
import { startTestApp, type TestApp } from '../support/test-app';
import { ACCOUNT_OPERATIONS } from './account-operations';
import { CATALOGUE_OPERATIONS, createCatalogueOfA, createMarketplaceOfA } from './catalogue-operations';
import { COMMUNICATION_OPERATIONS, createCommunicationOfA } from './communication-operations';
import type { OwnerOperation, Owners } from './owner-operation';
import { createPaiementOfA, PAIEMENT_OPERATIONS } from './paiement-operations';
import { createReservationOfA, RESERVATION_OPERATIONS } from './reservation-operations';
import { createSynchronisationOfA, SYNCHRONISATION_OPERATIONS } from './synchronisation-operations';
import { createTarificationOfA, TARIFICATION_OPERATIONS } from './tarification-operations';

/**
 * Every operation of the schema is either public or scoped to the caller. The list comes from the
 * schema the server answers with, so a new operation fails this test until someone states here
 * how another owner's token is refused on it.
 */
const PUBLIC = new Set(['signUp', 'logIn', 'logOut', 'characteristics', 'quote', 'publicAccommodation', 'availability', 'priceTable', 'searchStays', 'bookingTerms', 'bookStay', 'guestBooking', 'communes', 'signUpDestination', 'logInDestination', 'destination', 'destinations', 'searchDestination']);

const OPERATIONS: Record<string, OwnerOperation> = { ...ACCOUNT_OPERATIONS, ...CATALOGUE_OPERATIONS, ...TARIFICATION_OPERATIONS, ...RESERVATION_OPERATIONS, ...COMMUNICATION_OPERATIONS, ...PAIEMENT_OPERATIONS, ...SYNCHRONISATION_OPERATIONS };

describe('every owner operation is scoped to the caller', () => {
  let t: TestApp;
  let operations: string[];
  const o = {} as Owners;

  beforeAll(async () => {
    t = await startTestApp();
    const introspection = await t.gql<IntrospectionQuery>(getIntrospectionQuery());
    const schema = buildClientSchema(introspection.data as IntrospectionQuery);
    operations = [schema.getQueryType(), schema.getMutationType()].flatMap((type) => Object.keys(type?.getFields() ?? {}));
    o.a = { ...(await signUpOwner(t, { lastName: 'Alpha', password: 'alpha owner passphrase' })), password: 'alpha owner passphrase' };
    o.b = { ...(await signUpOwner(t, { lastName: 'Beta', password: 'beta owner passphrase' })), password: 'beta owner passphrase' };
    o.aCatalogue = await createCatalogueOfA(t, o.a.token);
    await createTarificationOfA(t, o.a.token, o.aCatalogue.accommodationId);
    await createReservationOfA(t, o.a.token, o.aCatalogue.accommodationId, o.aCatalogue.ageRangeIds[0]);
    await createCommunicationOfA(t, o.a.token);
    await createPaiementOfA(t, o.a.token);
    await createSynchronisationOfA(t, o.a.token, o.aCatalogue.accommodationId);
    o.marketplace = await createMarketplaceOfA(t, o.a.token, o.aCatalogue.accommodationId);
  });
  afterAll(() => t.close());

  it('knows how to attack every operation in the schema that is not public', () => {
    const unlisted = operations.filter((name) => !PUBLIC.has(name) && !OPERATIONS[name]);
    expect(unlisted).toEqual([]);
    expect(operations.length).toBeGreaterThan(PUBLIC.size);
  });

  it.each(Object.keys(OPERATIONS))('%s refuses a caller without a token', async (name) => {
    const answer = await t.gql(OPERATIONS[name].document, OPERATIONS[name].variables(o));
    expect(answer.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it.each(Object.keys(OPERATIONS))("%s with another owner's token never reaches the first owner's data", async (name) => {
    const operation = OPERATIONS[name];
    const answer = await t.gql(operation.document, operation.variables(o), o.b.token);
    await operation.verify(answer, o, t);
  });

  // A destination is an account of another kind: its token is no owner's, on any operation of theirs.
  it.each(Object.keys(OPERATIONS).filter((name) => !OPERATIONS[name].destinationOnly))("%s refuses a destination's token", async (name) => {
    const answer = await t.gql(OPERATIONS[name].document, OPERATIONS[name].variables(o), o.marketplace.destinationToken);
    expect(answer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
