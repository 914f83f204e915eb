import { PASSWORD, SIGN_UP, uniqueEmail } from '../support/owners';
import { ManualClock, startTestApp, type GraphqlAnswer, type TestApp } from '../support/test-app';
import { clientAddresses, describeWithManyClients, fromClient, signUpFrom } from './clients';

const CHANGE_PASSWORD = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;
const CHANGE_EMAIL = `mutation($c: String!, $e: String!) { changeEmail(currentPassword: $c, newEmail: $e) { email } }`;

const codeOf = (answer: GraphqlAnswer) => answer.errors?.[0].extensions?.code ?? 'OK';

describeWithManyClients('throttling sign-ups and current-password checks', () => {
  const clock = new ManualClock(new Date('2026-07-04T10:00:00Z'));
  const newClient = clientAddresses(2);
  let t: TestApp;

  beforeAll(async () => {
    // `development` runs the policy production runs; `test` lifts the cap on sign-ups.
    t = await startTestApp({ clock, config: { signUpsPerClientPerHour: 10 } });
  });
  afterAll(() => t.close());

  it('opens at most 10 accounts an hour from one client, while other clients still sign up', async () => {
    const client = newClient();
    for (let i = 0; i < 10; i++) await signUpFrom(t, client);

    const refused = await fromClient(t, client)(SIGN_UP, { input: { email: uniqueEmail(), password: PASSWORD, lastName: 'Martin' } });
    expect(refused.errors?.[0]).toMatchObject({ message: 'Too many accounts opened from this network: try again in 60 minutes', extensions: { code: 'TOO_MANY_REQUESTS' } });
    await signUpFrom(t, newClient());

    clock.advance(60 * 60_000);
    await signUpFrom(t, client);
  });

  it('does not count a sign-up refused for a malformed form', async () => {
    const client = newClient();
    for (let i = 0; i < 12; i++) {
      const answer = await fromClient(t, client)(SIGN_UP, { input: { email: 'not an address', password: PASSWORD, lastName: 'Martin' } });
      expect(codeOf(answer)).toBe('BAD_USER_INPUT');
    }
    await signUpFrom(t, client);
  });

  it('refuses a 6th wrong current password from one client for 15 minutes, the right one included, on either mutation', async () => {
    const owner = await signUpFrom(t, newClient());
    const thief = fromClient(t, newClient());
    for (let i = 0; i < 3; i++) expect(codeOf(await thief(CHANGE_PASSWORD, { c: `guess ${i}`, n: 'a brand new passphrase' }, owner.token))).toBe('BAD_USER_INPUT');
    for (let i = 3; i < 5; i++) expect(codeOf(await thief(CHANGE_EMAIL, { c: `guess ${i}`, e: uniqueEmail() }, owner.token))).toBe('BAD_USER_INPUT');

    const refused = await thief(CHANGE_PASSWORD, { c: PASSWORD, n: 'a brand new passphrase' }, owner.token);
    expect(refused.errors?.[0]).toMatchObject({
      message: 'currentPassword: too many wrong attempts: try again in 15 minutes',
      extensions: { code: 'TOO_MANY_REQUESTS', field: 'currentPassword' },
    });
    expect(codeOf(await thief(CHANGE_EMAIL, { c: PASSWORD, e: uniqueEmail() }, owner.token))).toBe('TOO_MANY_REQUESTS');

    // The owner, from their own client, still changes it.
    const changed = await fromClient(t, newClient())(CHANGE_PASSWORD, { c: PASSWORD, n: 'a brand new passphrase' }, owner.token);
    expect(changed.data?.changePassword).toBe(true);
  });

  it('forgets the wrong current passwords of a client once the right one is given', async () => {
    const owner = await signUpFrom(t, newClient());
    const client = fromClient(t, newClient());
    for (let i = 0; i < 4; i++) await client(CHANGE_EMAIL, { c: `typo ${i}`, e: uniqueEmail() }, owner.token);
    expect(codeOf(await client(CHANGE_EMAIL, { c: PASSWORD, e: owner.email }, owner.token))).toBe('OK');
    for (let i = 0; i < 4; i++) expect(codeOf(await client(CHANGE_EMAIL, { c: `typo ${i}`, e: uniqueEmail() }, owner.token))).toBe('BAD_USER_INPUT');
  });
});
