import { randomUUID } from 'node:crypto';
import type { TestApp } from './test-app';

export const PASSWORD = 'une phrase de passe solide';

export function uniqueEmail(prefix = 'owner'): string {
  return `${prefix}.${randomUUID().slice(0, 12)}@example.fr`;
}

export const SIGN_UP = `mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) { token owner { id email lastName firstName city signedUpAt } }
}`;

export interface SignedUpOwner {
  readonly id: string;
  readonly email: string;
  readonly token: string;
}

export async function signUpOwner(t: Pick<TestApp, 'gql'>, input: Record<string, unknown> = {}): Promise<SignedUpOwner> {
  const email = (input.email as string | undefined) ?? uniqueEmail();
  const answer = await t.gql<{ signUp: { token: string; owner: { id: string } } }>(SIGN_UP, {
    input: { email, password: PASSWORD, lastName: 'Martin', ...input },
  });
  if (!answer.data?.signUp) throw new Error(`sign-up failed: ${JSON.stringify(answer.errors)}`);
  return { id: answer.data.signUp.owner.id, email, token: answer.data.signUp.token };
}
