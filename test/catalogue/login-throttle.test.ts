import { PASSWORD, signUpOwner } from '../support/owners';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app';

const LOG_IN = `mutation($email: String!, $password: String!) { logIn(email: $email, password: $password) { owner { id } } }`;

describe('log-in throttling', () => {
  const clock = new ManualClock(new Date('2026-07-04T10:00:00Z'));
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ clock });
  });
  afterAll(() => t.close());

  it('locks an address out after 5 failures in 15 minutes, even for the right password, then lets it in again', async () => {
    const owner = await signUpOwner(t);
    for (let i = 0; i < 5; i++) {
      const wrong = await t.gql(LOG_IN, { email: owner.email, password: `wrong password ${i}` });
      expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    const locked = await t.gql(LOG_IN, { email: owner.email, password: PASSWORD });
    expect(locked.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(locked.errors?.[0].message).toMatch(/try again in 15 minutes/);

    clock.advance(16 * 60_000);
    const allowed = await t.gql(LOG_IN, { email: owner.email, password: PASSWORD });
    expect(allowed.data?.logIn.owner.id).toBe(owner.id);
  });

  it('forgets old failures once the window has passed', async () => {
    const owner = await signUpOwner(t);
    for (let i = 0; i < 4; i++) await t.gql(LOG_IN, { email: owner.email, password: `wrong password ${i}` });
    clock.advance(16 * 60_000);
    for (let i = 0; i < 4; i++) await t.gql(LOG_IN, { email: owner.email, password: `wrong password ${i}` });
    const allowed = await t.gql(LOG_IN, { email: owner.email, password: PASSWORD });
    expect(allowed.data?.logIn.owner.id).toBe(owner.id);
  });
});
