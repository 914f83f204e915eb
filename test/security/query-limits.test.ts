import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getIntrospectionQuery } from 'graphql';
import { GRAPHQL_LIMIT_DEFAULTS } from '../../src/shared/config/config';
import { LISTING_SIZES } from '../../src/shared/graphql/query-cost.plugin';
import { CREATE_DOSSIER, dossierInput, ownerWithGite, type OwnerWithGite } from '../support/booking-fixtures';
import { startTestApp, type GraphqlAnswer, type TestApp } from '../support/test-app';

/** Every field of a stay rate, and of what it holds. */
const STAY_RATE = `__typename id arrival departure arrivalDay nights discountPercentSet shownDiscountPercent
  initialPrice { __typename cents currency } discount { __typename cents currency } salePrice { __typename cents currency }
  occupancy { __typename includedOccupants extraPerNight { __typename cents currency } byAgeRange { __typename ageRangeId perNight { __typename cents currency } } }`;

/** Every field of a booking file, and of what it holds. */
const DOSSIER = `id number createdAt status origin promoCode note internalNote contractSigned cancellationReason cancelledAt balanceDueDate
  guest { company civility lastName firstName address addressLine2 postalCode city country phone1 phone2 phone3 fax email }
  stays { id accommodationId arrival departure priceOverridden occupants { ageRangeId count }
    accommodationPrice { cents currency } price { cents currency } touristTax { cents currency }
    discounts { label { fr en } amount { cents currency } } supplements { label { fr en } amount { cents currency } } }
  globalSupplements { label amount { cents currency } }
  total { cents currency } paid { cents currency } balance { cents currency }
  deposit { kind percent amount { cents currency } dueDate }
  payments { amount { cents currency } method note }`;

const YEAR = { from: '2027-01-01', to: '2027-12-31' };

const ratesListings = (count: number, fields: string) =>
  `query($id: ID!, $from: Date!, $to: Date!) { ${Array.from({ length: count }, (_, i) => `r${i}: rates(accommodationId: $id, from: $from, to: $to) { ${fields} }`).join('\n')} }`;

const refusal = (answer: GraphqlAnswer) => ({ code: answer.errors?.[0]?.extensions?.code, message: answer.errors?.[0]?.message });

/** A request's size is judged before any resolver runs: by its cost, its depth and its aliases. */
describe('query limits', () => {
  let t: TestApp;
  /** The same application with a lower cost and depth limit, as an operator may set them. */
  let narrow: TestApp;
  let gite: OwnerWithGite;
  let dossierId: string;

  beforeAll(async () => {
    [t, narrow] = await Promise.all([startTestApp(), startTestApp({ config: { graphqlMaxCost: 5_000, graphqlMaxDepth: 3 } })]);
    gite = await ownerWithGite(t);
    const rates = await t.gql(
      'mutation($input: SetRatesInput!) { setRates(input: $input) { count } }',
      { input: { accommodationId: gite.accommodationId, periods: [YEAR], nights: [7], arrivalDays: ['SATURDAY'], initialPrice: 70_000 } },
      gite.owner.token,
    );
    if (!rates.data) throw new Error(`setting rates failed: ${JSON.stringify(rates.errors)}`);
    const created = await t.gql(CREATE_DOSSIER, dossierInput(gite, '2027-07-03', '2027-07-10'), gite.owner.token);
    if (!created.data) throw new Error(`opening the file failed: ${JSON.stringify(created.errors)}`);
    dossierId = created.data.createDossier.id as string;
  });
  afterAll(() => Promise.all([t.close(), narrow.close()]));

  const timed = async (label: string, query: string, variables: Record<string, unknown> = {}) => {
    const started = performance.now();
    const answer = await t.gql(query, variables, gite.owner.token);
    console.log(`${label}: answered in ${Math.round(performance.now() - started)} ms`);
    return answer;
  };

  it('refuses 200 aliased listings of stay rates as too complex, before any of them runs', async () => {
    const answer = await timed('200 aliased rates listings', ratesListings(200, 'id'), { id: gite.accommodationId, ...YEAR });
    expect(refusal(answer)).toEqual({ code: 'QUERY_TOO_COMPLEX', message: `The operation has 200 aliased fields; the limit is ${GRAPHQL_LIMIT_DEFAULTS.maxAliases}` });
    expect(answer).not.toHaveProperty('data');
  });

  it('refuses three listings of stay rates, under the alias limit, on their cost', async () => {
    const answer = await timed('3 aliased rates listings', ratesListings(3, 'id'), { id: gite.accommodationId, ...YEAR });
    expect(refusal(answer)).toEqual({ code: 'QUERY_TOO_COMPLEX', message: `The operation costs 630000; the limit is ${GRAPHQL_LIMIT_DEFAULTS.maxCost}` });
    expect(answer).not.toHaveProperty('data');
  });

  it('answers two listings of stay rates', async () => {
    const answer = await t.gql(ratesListings(2, 'id'), { id: gite.accommodationId, ...YEAR }, gite.owner.token);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.r1).toHaveLength(52);
  });

  it('prices a listing by the page asked for: 500 booking files cost more than 5', async () => {
    const page = (first: number) => `{ dossiers(first: ${first}) { nodes { id number status guest { lastName email } total { cents } } } }`;
    expect((await narrow.gql(page(5), {}, gite.owner.token)).errors).toBeUndefined();
    expect(refusal(await narrow.gql(page(500), {}, gite.owner.token))).toEqual({ code: 'QUERY_TOO_COMPLEX', message: expect.stringMatching(/^The operation costs \d+; the limit is 5000$/) });
  });

  it('refuses a document whose fragments spread out into too many fields, before measuring it', async () => {
    // Each fragment spreads the next one twice: 2^20 selections from 20 short lines.
    const fragments = Array.from({ length: 20 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join('\n');
    const answer = await timed('fragment bomb', `{ ...F0 }\n${fragments}\nfragment F20 on Query { me { id } }`);
    expect(refusal(answer).code).toBe('QUERY_TOO_COMPLEX');
    expect(answer).not.toHaveProperty('data');
  });

  // No path of the schema nests ten levels (the default limit) yet: the rule is shown with three.
  it('refuses an operation nested deeper than the limit, saying how deep it is', async () => {
    const answer = await narrow.gql('query Deep { dossiers { nodes { stays { discounts { amount { cents } } } } } }', {}, gite.owner.token);
    expect(refusal(answer)).toEqual({ code: 'QUERY_TOO_DEEP', message: 'The operation Deep is 5 levels deep; the limit is 3' });
    expect(answer).not.toHaveProperty('data');
    expect((await narrow.gql('{ dossiers(first: 10) { nodes { guest { lastName } } } }', {}, gite.owner.token)).errors).toBeUndefined();
  });

  it('answers every refusal with the 400 GraphQL gives a request it refuses before running it', async () => {
    const status = async (app: TestApp, query: string) =>
      (await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${gite.owner.token}` }, body: JSON.stringify({ query, variables: { id: gite.accommodationId, ...YEAR } }) })).status;
    expect(await status(t, ratesListings(200, 'id'))).toBe(400);
    expect(await status(t, ratesListings(3, 'id'))).toBe(400);
    expect(await status(narrow, '{ dossiers { nodes { stays { discounts { amount { cents } } } } } }')).toBe(400);
    expect(await status(t, '{ nothing }')).toBe(400);
  });

  it('answers a year of stay rates with every field, the dearest listing there is', async () => {
    const answer = await timed('a year of stay rates', `query($id: ID!, $from: Date!, $to: Date!) { rates(accommodationId: $id, from: $from, to: $to) { ${STAY_RATE} } }`, {
      id: gite.accommodationId,
      ...YEAR,
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.rates).toHaveLength(52);
  });

  it('answers a booking file with every field, alone and in a page of 500', async () => {
    const one = await t.gql(`query($id: ID!) { dossier(id: $id) { ${DOSSIER} } }`, { id: dossierId }, gite.owner.token);
    expect(one.errors).toBeUndefined();
    expect(one.data?.dossier.id).toBe(dossierId);
    const page = await t.gql(`{ dossiers(first: 500) { totalCount pageInfo { endCursor hasNextPage } nodes { ${DOSSIER} } } }`, {}, gite.owner.token);
    expect(page.errors).toBeUndefined();
    expect(page.data?.dossiers.nodes).toHaveLength(1);
  });

  it('answers the introspection query', async () => {
    const answer = await t.gql(getIntrospectionQuery({ descriptions: true }));
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.__schema.queryType.name).toBe('Query');
  });

  it('prices by size only listings the schema has', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const missing = Object.keys(LISTING_SIZES).filter((name) => {
      const [type, field] = name.split('.');
      const fields = schema.getQueryType()?.name === type ? schema.getQueryType()?.getFields() : undefined;
      return !fields?.[field];
    });
    expect(missing).toEqual([]);
  });
});
