import { getIntrospectionQuery } from 'graphql';
import { startTestApp, type TestApp } from '../support/test-app';

/** In production the schema is not handed to whoever asks, unless the operator says so. */
describe('introspection in production', () => {
  let closed: TestApp;
  let opened: TestApp;

  beforeAll(async () => {
    [closed, opened] = await Promise.all([startTestApp({ config: { nodeEnv: 'production' } }), startTestApp({ config: { nodeEnv: 'production', graphqlIntrospection: true } })]);
  });
  afterAll(() => Promise.all([closed.close(), opened.close()]));

  it('is refused, while queries, __typename included, still answer', async () => {
    const answer = await closed.gql(getIntrospectionQuery());
    expect(answer.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(answer.errors?.[0]?.message).toContain('introspection is not allowed');
    expect(answer).not.toHaveProperty('data');
    expect((await closed.gql('{ __type(name: "Dossier") { name } }')).errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const ordinary = await closed.gql('{ characteristics { __typename code } }');
    expect(ordinary.errors).toBeUndefined();
    expect(ordinary.data?.characteristics[0].__typename).toBe('Characteristic');
  });

  it('answers when GRAPHQL_INTROSPECTION=true', async () => {
    const answer = await opened.gql(getIntrospectionQuery());
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.__schema.queryType.name).toBe('Query');
  });
});
