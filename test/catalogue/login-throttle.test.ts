import { PASSWORD, uniqueEmail } from '../support/owners';
import { ManualClock, startTestApp, type GraphqlAnswer, type TestApp } from '../support/test-app';
import { clientAddresses, describeWithManyClients, fromClient, signUpFrom } from './clients';

const LOG_IN = `mutation($email: String!, $password: String!) { logIn(email: $email, password: $password) { owner { id } } }`;

const codeOf = (answer: GraphqlAnswer) => answer.errors?.[0].extensions?.code ?? 'OK';

/** For the tests of many guesses: each one let through costs an argon2 verification (about a second on a small machine). */
const MANY_GUESSES = 180_000;

describeWithManyClients('log-in throttling', () => {
  const clock = new ManualClock(new Date('2026-07-04T10:00:00Z'));
  const newClient = clientAddresses(1);
  let t: TestApp;

  const logInFrom = (client: string, email: string, password: string) => fromClient(t, client)(LOG_IN, { email, password });

  beforeAll(async () => {
    // `development` runs the policy production runs; `test` lifts the cap on sign-ups.
    t = await startTestApp({ clock });
  });
  afterAll(() => t.close());

  it("does not stop the owner logging in from their own client after an attacker's 5 wrong passwords from another", async () => {
    const owner = await signUpFrom(t, newClient());
    const attacker = newClient();
    for (let i = 0; i < 5; i++) expect(codeOf(await logInFrom(attacker, owner.email, `wrong password ${i}`))).toBe('UNAUTHENTICATED');

    const answer = await logInFrom(newClient(), owner.email, PASSWORD);
    expect(answer.data?.logIn.owner.id).toBe(owner.id);
  });

  it('locks an address and client pair after 5 failures in 15 minutes, even for the right password, then lets it in again', async () => {
    const owner = await signUpFrom(t, newClient());
    const client = newClient();
    for (let i = 0; i < 5; i++) expect(codeOf(await logInFrom(client, owner.email, `wrong password ${i}`))).toBe('UNAUTHENTICATED');

    const locked = await logInFrom(client, owner.email, PASSWORD);
    expect(codeOf(locked)).toBe('TOO_MANY_REQUESTS');
    expect(locked.errors?.[0].message).toMatch(/try again in 15 minutes/);

    clock.advance(15 * 60_000);
    expect((await logInFrom(client, owner.email, PASSWORD)).data?.logIn.owner.id).toBe(owner.id);
  });

  it('forgets old failures once the window has passed', async () => {
    const owner = await signUpFrom(t, newClient());
    const client = newClient();
    for (let i = 0; i < 4; i++) await logInFrom(client, owner.email, `wrong password ${i}`);
    clock.advance(16 * 60_000);
    for (let i = 0; i < 4; i++) await logInFrom(client, owner.email, `wrong password ${i}`);
    expect((await logInFrom(client, owner.email, PASSWORD)).data?.logIn.owner.id).toBe(owner.id);
  });

  it('slows a spray from 40 clients against one address to one guess at a time, yet lets the owner in after the wait', async () => {
    const owner = await signUpFrom(t, newClient());
    const outcomes: string[] = [];
    for (let i = 0; i < 40; i++) outcomes.push(codeOf(await logInFrom(newClient(), owner.email, `spray ${i}`)));
    expect(outcomes).toEqual([...Array<string>(20).fill('UNAUTHENTICATED'), ...Array<string>(20).fill('TOO_MANY_REQUESTS')]);

    const ownerClient = newClient();
    const slowed = await logInFrom(ownerClient, owner.email, PASSWORD);
    expect(codeOf(slowed)).toBe('TOO_MANY_REQUESTS');
    expect(slowed.errors?.[0].message).toBe('Too many failed log-in attempts: try again in 5 seconds');

    clock.advance(5_000);
    expect((await logInFrom(ownerClient, owner.email, PASSWORD)).data?.logIn.owner.id).toBe(owner.id);
  }, MANY_GUESSES);

  it('spaces the guesses of a spray further apart with each one, up to a minute', async () => {
    const owner = await signUpFrom(t, newClient());
    for (let i = 0; i < 20; i++) await logInFrom(newClient(), owner.email, `spray ${i}`);
    const waits: string[] = [];
    for (let i = 0; i < 6; i++) {
      const refused = await logInFrom(newClient(), owner.email, 'another guess');
      waits.push(refused.errors?.[0].message.replace(/.*try again in /, '') ?? 'let in');
      clock.advance(60_000);
      expect(codeOf(await logInFrom(newClient(), owner.email, 'a guess after the wait'))).toBe('UNAUTHENTICATED');
    }
    expect(waits).toEqual(['5 seconds', '10 seconds', '20 seconds', '40 seconds', '60 seconds', '60 seconds']);
  }, MANY_GUESSES);

  it('refuses a client after 30 failures over many addresses, even with an owner’s right password, while other clients get in', async () => {
    const owner = await signUpFrom(t, newClient());
    const stuffer = newClient();
    for (let i = 0; i < 30; i++) expect(codeOf(await logInFrom(stuffer, uniqueEmail('stuffed'), PASSWORD))).toBe('UNAUTHENTICATED');

    const refused = await logInFrom(stuffer, owner.email, PASSWORD);
    expect(codeOf(refused)).toBe('TOO_MANY_REQUESTS');
    expect(refused.errors?.[0].message).toMatch(/try again in 15 minutes/);
    expect((await logInFrom(newClient(), owner.email, PASSWORD)).data?.logIn.owner.id).toBe(owner.id);
  }, MANY_GUESSES);

  it('lets no more than 5 of 20 concurrent guesses from one client at one address reach the password check', async () => {
    const owner = await signUpFrom(t, newClient());
    const client = newClient();
    const outcomes = await Promise.all(Array.from({ length: 20 }, (_, i) => logInFrom(client, owner.email, `racing guess ${i}`).then(codeOf)));
    expect(outcomes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(outcomes.filter((code) => code === 'TOO_MANY_REQUESTS')).toHaveLength(15);
  }, MANY_GUESSES);
});
