import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { signUpOwner, uniqueEmail, type SignedUpOwner } from '../support/owners';
import { startTestApp, type GraphqlAnswer, type TestApp } from '../support/test-app';

/**
 * Every operation of the schema is either public or scoped to the caller. The list comes from the
 * schema the server answers with, so a new operation fails this test until someone states here
 * how another owner's token is refused on it.
 */
const PUBLIC = new Set(['signUp', 'logIn']);

interface Owners {
  a: SignedUpOwner & { password: string };
  b: SignedUpOwner & { password: string };
}

interface OwnerOperation {
  readonly document: string;
  /** Variables aimed at owner A's data, sent with owner B's token. */
  variables(o: Owners): Record<string, unknown>;
  /** What B's call must show: a refusal, or B's own data with A's left untouched. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are read field by field
  verify(answer: GraphqlAnswer<Record<string, any>>, o: Owners, t: TestApp): Promise<void>;
}

const ME = '{ me { id lastName email } }';

async function aIsUntouched(t: TestApp, o: Owners): Promise<void> {
  const me = await t.gql(ME, {}, o.a.token);
  expect(me.data?.me).toEqual({ id: o.a.id, lastName: 'Alpha', email: o.a.email });
  const login = await t.gql('mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { owner { id } } }', { e: o.a.email, p: o.a.password });
  expect(login.data?.logIn.owner.id).toBe(o.a.id);
}

const OPERATIONS: Record<string, OwnerOperation> = {
  me: {
    document: ME,
    variables: () => ({}),
    verify: (answer, o) => {
      expect(answer.data?.me.id).toBe(o.b.id);
      return Promise.resolve();
    },
  },
  updateOwnerDetails: {
    document: 'mutation($input: OwnerDetailsInput!) { updateOwnerDetails(input: $input) { id lastName } }',
    variables: () => ({ input: { lastName: 'Hijacked' } }),
    verify: async (answer, o, t) => {
      expect(answer.data?.updateOwnerDetails.id).toBe(o.b.id);
      await aIsUntouched(t, o);
    },
  },
  changePassword: {
    document: 'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }',
    variables: (o) => ({ c: o.a.password, n: 'taken over by b now' }),
    verify: async (answer, o, t) => {
      expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      await aIsUntouched(t, o);
    },
  },
  changeEmail: {
    document: 'mutation($c: String!, $e: String!) { changeEmail(currentPassword: $c, newEmail: $e) { id } }',
    variables: (o) => ({ c: o.a.password, e: uniqueEmail('hijack') }),
    verify: async (answer, o, t) => {
      expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      await aIsUntouched(t, o);
    },
  },
};

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
});
