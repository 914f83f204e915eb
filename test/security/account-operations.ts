import { uniqueEmail } from '../support/owners';
import type { TestApp } from '../support/test-app';
import type { OwnerOperation, Owners } from './owner-operation';

const ME = '{ me { id lastName email } }';

async function aIsUntouched(t: TestApp, o: Owners): Promise<void> {
  const me = await t.gql(ME, {}, o.a.token);
  expect(me.data?.me).toEqual({ id: o.a.id, lastName: 'Alpha', email: o.a.email });
  const login = await t.gql('mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { owner { id } } }', { e: o.a.email, p: o.a.password });
  expect(login.data?.logIn.owner.id).toBe(o.a.id);
}

export const ACCOUNT_OPERATIONS: Record<string, OwnerOperation> = {
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
