import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { PASSWORD, signUpOwner, uniqueEmail } from '../support/owners';
import { startTestApp, type TestApp } from '../support/test-app';

const ME = `{ me { id email } }`;
const LOG_IN = `mutation($email: String!, $password: String!) { logIn(email: $email, password: $password) { token } }`;
const CHANGE_PASSWORD = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;
const CHANGE_EMAIL = `mutation($c: String!, $e: String!) { changeEmail(currentPassword: $c, newEmail: $e) { email } }`;
const SECRET = 'the-secret-these-session-tests-sign-their-own-tokens-with';

describe('owner sessions', () => {
  let t: TestApp;
  const jwt = new JwtService({ secret: SECRET });

  beforeAll(async () => {
    t = await startTestApp({ config: { jwtSecret: SECRET } });
  });
  afterAll(() => t.close());

  const codeOfMe = async (token: string) => (await t.gql(ME, {}, token)).errors?.[0].extensions?.code ?? 'OK';

  const logIn = async (email: string, password: string): Promise<string> => {
    const answer = await t.gql<{ logIn: { token: string } }>(LOG_IN, { email, password });
    if (!answer.data?.logIn) throw new Error(`log-in failed: ${JSON.stringify(answer.errors)}`);
    return answer.data.logIn.token;
  };

  it("ends every session of the owner once the password changes, the caller's too, and the new password opens a new one", async () => {
    const owner = await signUpOwner(t);
    const otherDevice = await logIn(owner.email, PASSWORD);

    const changed = await t.gql(CHANGE_PASSWORD, { c: PASSWORD, n: 'a brand new passphrase' }, owner.token);
    expect(changed.data?.changePassword).toBe(true);
    expect(await codeOfMe(owner.token)).toBe('UNAUTHENTICATED');
    expect(await codeOfMe(otherDevice)).toBe('UNAUTHENTICATED');
    expect((await t.gql(ME, {}, owner.token)).errors?.[0].message).toBe('The password or the email address changed since this token was issued; log in again');

    expect(await codeOfMe(await logIn(owner.email, 'a brand new passphrase'))).toBe('OK');
  });

  it("ends every session of the owner once the email address changes, the caller's too, and the new address opens a new one", async () => {
    const owner = await signUpOwner(t);
    const otherDevice = await logIn(owner.email, PASSWORD);
    const newEmail = uniqueEmail('moved');

    const changed = await t.gql(CHANGE_EMAIL, { c: PASSWORD, e: newEmail }, owner.token);
    expect(changed.data?.changeEmail.email).toBe(newEmail);
    expect(await codeOfMe(owner.token)).toBe('UNAUTHENTICATED');
    expect(await codeOfMe(otherDevice)).toBe('UNAUTHENTICATED');

    expect(await codeOfMe(await logIn(newEmail, PASSWORD))).toBe('OK');
  });

  it('keeps sessions through a refused change and through changes of details', async () => {
    const owner = await signUpOwner(t);
    expect((await t.gql(CHANGE_PASSWORD, { c: 'not the password', n: 'a brand new passphrase' }, owner.token)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    await t.gql(`mutation { updateOwnerDetails(input: { lastName: "Martin-Roux" }) { id } }`, {}, owner.token);
    await t.gql(CHANGE_EMAIL, { c: PASSWORD, e: owner.email }, owner.token);
    expect(await codeOfMe(owner.token)).toBe('OK');
  });

  it('refuses a token signed with the secret but without an expiry', async () => {
    const owner = await signUpOwner(t);
    const forever = jwt.sign({ sub: owner.id, kind: 'owner', sv: 0 }, { algorithm: 'HS256', issuer: 'osmb', noTimestamp: true });
    const answer = await t.gql(ME, {}, forever);
    expect(answer.errors?.[0]).toMatchObject({ message: 'The bearer token has no expiry; log in again', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses a token issued before sessions could be ended, which carries no session version', async () => {
    const owner = await signUpOwner(t);
    const old = jwt.sign({ sub: owner.id, kind: 'owner' }, { algorithm: 'HS256', issuer: 'osmb', expiresIn: 3600 });
    expect(await codeOfMe(old)).toBe('UNAUTHENTICATED');
  });

  it('refuses a well-signed token of an account that does not exist', async () => {
    const ghost = jwt.sign({ sub: randomUUID(), kind: 'owner', sv: 0 }, { algorithm: 'HS256', issuer: 'osmb', expiresIn: 3600 });
    const answer = await t.gql(ME, {}, ghost);
    expect(answer.errors?.[0]).toMatchObject({ message: 'The bearer token belongs to no account; log in again', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('still answers a public operation sent with an ended token', async () => {
    const owner = await signUpOwner(t);
    await t.gql(CHANGE_PASSWORD, { c: PASSWORD, n: 'a brand new passphrase' }, owner.token);
    expect((await t.gql(`{ characteristics { code } }`, {}, owner.token)).errors).toBeUndefined();
  });
});
