import { eventCount, onRealServer } from '../support/database';
import { PASSWORD, SIGN_UP, signUpOwner, uniqueEmail } from '../support/owners';
import { startTestApp, type TestApp } from '../support/test-app';

const LOG_IN = `mutation LogIn($email: String!, $password: String!) { logIn(email: $email, password: $password) { token owner { id email } } }`;
const ME = `{ me { id email lastName firstName company city website } }`;

describe('owner accounts over GraphQL', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());


  it('signs an owner up and answers with a token and the account as the read model already shows it', async () => {
    const email = uniqueEmail('marie');
    const answer = await t.gql(SIGN_UP, { input: { email, password: PASSWORD, lastName: '  Dupont ', firstName: 'Marie', city: 'Annecy' } });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.signUp.owner).toMatchObject({ email, lastName: 'Dupont', firstName: 'Marie', city: 'Annecy' });
    const me = await t.gql(ME, {}, answer.data?.signUp.token);
    expect(me.data?.me).toMatchObject({ id: answer.data?.signUp.owner.id, email, lastName: 'Dupont' });
  });

  it('logs in with the address in any letter case, and refuses a wrong password without saying which part is wrong', async () => {
    const owner = await signUpOwner(t);
    const ok = await t.gql(LOG_IN, { email: owner.email.toUpperCase(), password: PASSWORD });
    expect(ok.data?.logIn.owner.id).toBe(owner.id);
    const me = await t.gql(ME, {}, ok.data?.logIn.token);
    expect(me.data?.me.id).toBe(owner.id);

    const wrong = await t.gql(LOG_IN, { email: owner.email, password: 'not the password at all' });
    expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const unknown = await t.gql(LOG_IN, { email: uniqueEmail('nobody'), password: PASSWORD });
    expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
  });

  it('keeps an email address to one account, whatever its letter case', async () => {
    const owner = await signUpOwner(t);
    const again = await t.gql(SIGN_UP, { input: { email: owner.email.toUpperCase(), password: PASSWORD, lastName: 'Autre' } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.email' });
  });

  // The embedded database queues transactions and its connection multiplexer is not made for
  // this load; the claim on the address is what is proved here, on a server that truly races.
  (onRealServer() ? it : it.skip)('lets exactly one of many concurrent sign-ups with one address through', async () => {
    const email = uniqueEmail('race');
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => t.gql(SIGN_UP, { input: { email: i % 2 ? email : email.toUpperCase(), password: PASSWORD, lastName: `Racer ${i}` } })),
    );
    const outcomes = answers.map((a) => (a.data?.signUp ? 'signed up' : `${a.errors?.[0].extensions?.code}: ${a.errors?.[0].message}`));
    expect(outcomes.filter((o) => o === 'signed up')).toHaveLength(1);
    expect(outcomes.filter((o) => o !== 'signed up')).toEqual(Array(7).fill('CONFLICT: input.email: an account already uses this email address'));
  });

  it.each([
    ['a malformed email', { email: 'marie.example.fr' }, 'input.email'],
    ['a password under 12 characters', { password: 'short pass' }, 'input.password'],
    ['an empty last name', { lastName: '   ' }, 'input.lastName'],
    ['an over-long first name', { firstName: 'x'.repeat(101) }, 'input.firstName'],
    ['a website that is not http(s)', { website: 'javascript:alert(1)' }, 'input.website'],
    ['letters in a phone number', { phone1: 'call me' }, 'input.phone1'],
  ])('refuses %s, naming the field, and writes no event', async (_, change, field) => {
    const before = await eventCount();
    const answer = await t.gql(SIGN_UP, { input: { email: uniqueEmail(), password: PASSWORD, lastName: 'Martin', ...change } });
    expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(answer.errors?.[0].message).toContain(field);
    expect(await eventCount()).toBe(before);
  });

  it('refuses a missing required field before anything runs, naming it', async () => {
    const viaVariables = await t.gql(SIGN_UP, { input: { email: uniqueEmail(), password: PASSWORD } });
    expect(viaVariables.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(viaVariables.errors?.[0].message).toContain('lastName');
    const inline = await t.gql(`mutation { signUp(input: { email: "a@b.fr", password: "${PASSWORD}" }) { token } }`);
    expect(inline.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(inline.errors?.[0].message).toContain('lastName');
  });

  it('updates the details and shows them in the answer at once', async () => {
    const owner = await signUpOwner(t, { firstName: 'Jean', company: 'Gîtes du Lac' });
    const answer = await t.gql(
      `mutation($input: OwnerDetailsInput!) { updateOwnerDetails(input: $input) { lastName firstName company website } }`,
      { input: { lastName: 'Martin-Roux', firstName: 'Jean', website: 'https://gites-du-lac.fr' } },
      owner.token,
    );
    expect(answer.data?.updateOwnerDetails).toEqual({ lastName: 'Martin-Roux', firstName: 'Jean', company: null, website: 'https://gites-du-lac.fr' });
  });

  it('changes the password only with the current one, after which only the new one logs in', async () => {
    const owner = await signUpOwner(t);
    const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;
    const refused = await t.gql(CHANGE, { c: 'wrong current password', n: 'a brand new passphrase' }, owner.token);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const tooShort = await t.gql(CHANGE, { c: PASSWORD, n: 'short' }, owner.token);
    expect(tooShort.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });

    const changed = await t.gql(CHANGE, { c: PASSWORD, n: 'a brand new passphrase' }, owner.token);
    expect(changed.data?.changePassword).toBe(true);
    expect((await t.gql(LOG_IN, { email: owner.email, password: PASSWORD })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(LOG_IN, { email: owner.email, password: 'a brand new passphrase' })).data?.logIn.owner.id).toBe(owner.id);
  });

  it('changes the email only with the current password, frees the old address and refuses one taken by another account', async () => {
    const owner = await signUpOwner(t);
    const other = await signUpOwner(t);
    const CHANGE = `mutation($c: String!, $e: String!) { changeEmail(currentPassword: $c, newEmail: $e) { id email } }`;

    const wrongPassword = await t.gql(CHANGE, { c: 'wrong current password', e: uniqueEmail() }, owner.token);
    expect(wrongPassword.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const taken = await t.gql(CHANGE, { c: PASSWORD, e: other.email.toUpperCase() }, owner.token);
    expect(taken.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'newEmail' });
    const malformed = await t.gql(CHANGE, { c: PASSWORD, e: 'nope' }, owner.token);
    expect(malformed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newEmail' });

    const newEmail = uniqueEmail('moved');
    const changed = await t.gql(CHANGE, { c: PASSWORD, e: newEmail }, owner.token);
    expect(changed.data?.changeEmail).toEqual({ id: owner.id, email: newEmail });
    expect((await t.gql(LOG_IN, { email: newEmail, password: PASSWORD })).data?.logIn.owner.id).toBe(owner.id);
    expect((await t.gql(LOG_IN, { email: owner.email, password: PASSWORD })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const reused = await signUpOwner(t, { email: owner.email });
    expect(reused.id).not.toBe(owner.id);
  });

  it('refuses owner operations without a valid token', async () => {
    expect((await t.gql(ME)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(ME, {}, 'not-a-jwt')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const forged = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const payload = Buffer.from(JSON.stringify({ sub: '6f1c1a2e-0000-4000-8000-000000000000', kind: 'owner', iss: 'osmb' })).toString('base64url');
    expect((await t.gql(ME, {}, `${forged}.${payload}.`)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('never sends a stack trace to the client', async () => {
    const answer = await t.gql(`{ me { id } }`, {}, 'x.y.z');
    expect(JSON.stringify(answer)).not.toMatch(/stacktrace|\n\s+at /i);
  });

  it('reports the health of the database and the event store', async () => {
    const response = await fetch(t.url.replace('/graphql', '/health'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'up', eventStore: 'up' });
  });
});
