import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { CREATE_DOSSIER, dossierInput, ownerWithGite, type OwnerWithGite } from '../support/booking-fixtures';
import { eventCount, onRealServer, testDatabaseUrl } from '../support/database';
import { startTestApp, type GraphqlAnswer, type TestApp } from '../support/test-app';

interface Sent {
  readonly answer: GraphqlAnswer;
  readonly replayed: boolean;
}

/** A GraphQL request as a client retrying over a flaky network sends it: with an Idempotency-Key. */
async function send(url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string>): Promise<Sent> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { answer: (await response.json()) as GraphqlAnswer, replayed: response.headers.get('idempotent-replayed') === 'true' };
}

const filesOf = async (t: TestApp, gite: OwnerWithGite): Promise<number> =>
  (await t.gql<{ dossiers: { totalCount: number } }>('{ dossiers { totalCount } }', {}, gite.owner.token)).data?.dossiers.totalCount ?? -1;

describe('Idempotency-Key on mutations', () => {
  let t: TestApp;
  let gite: OwnerWithGite;
  let arrival = 0;
  /** A fresh stay each time, so only the key decides whether a second file is made. */
  const nextStay = () => {
    arrival += 3;
    const day = (offset: number) => new Date(Date.UTC(2027, 6, 1 + offset)).toISOString().slice(0, 10);
    return [day(arrival), day(arrival + 2)] as const;
  };
  const auth = (g: OwnerWithGite, key?: string) => ({ authorization: `Bearer ${g.owner.token}`, ...(key ? { 'idempotency-key': key } : {}) });

  beforeAll(async () => {
    t = await startTestApp();
    gite = await ownerWithGite(t);
  });
  afterAll(() => t.close());

  it('answers a retry with the same key and body with the first answer, and makes nothing twice', async () => {
    const key = randomUUID();
    const variables = dossierInput(gite, ...nextStay());
    const first = await send(t.url, CREATE_DOSSIER, variables, auth(gite, key));
    expect(first.answer.errors).toBeUndefined();
    const files = await filesOf(t, gite);
    const events = await eventCount();
    const retry = await send(t.url, CREATE_DOSSIER, variables, auth(gite, key));
    expect(retry).toEqual({ answer: first.answer, replayed: true });
    expect(await filesOf(t, gite)).toBe(files);
    expect(await eventCount()).toBe(events);
  });

  it('refuses the same key with another body with CONFLICT, changing nothing', async () => {
    const key = randomUUID();
    await send(t.url, CREATE_DOSSIER, dossierInput(gite, ...nextStay()), auth(gite, key));
    const events = await eventCount();
    const other = await send(t.url, CREATE_DOSSIER, dossierInput(gite, ...nextStay()), auth(gite, key));
    expect(other.answer.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringContaining('Idempotency-Key') });
    expect(await eventCount()).toBe(events);
  });

  it('runs a request once when retries with its key race it, all of them answered the same', async () => {
    const key = randomUUID();
    const variables = dossierInput(gite, ...nextStay());
    const files = await filesOf(t, gite);
    const sent = await Promise.all(Array.from({ length: 8 }, () => send(t.url, CREATE_DOSSIER, variables, auth(gite, key))));
    expect(new Set(sent.map((s) => JSON.stringify(s.answer))).size).toBe(1);
    expect(sent[0].answer.errors).toBeUndefined();
    expect(sent.filter((s) => !s.replayed)).toHaveLength(1);
    expect(await filesOf(t, gite)).toBe(files + 1);
  });

  it('keeps an owner’s keys apart from another owner’s: the same key runs for each', async () => {
    const other = await ownerWithGite(t);
    const key = randomUUID();
    const mine = await send(t.url, CREATE_DOSSIER, dossierInput(gite, ...nextStay()), auth(gite, key));
    const theirs = await send(t.url, CREATE_DOSSIER, dossierInput(other, '2027-07-01', '2027-07-03'), auth(other, key));
    expect(mine.answer.errors).toBeUndefined();
    expect(theirs).toMatchObject({ replayed: false, answer: { data: { createDossier: { number: 1 } } } });
  });

  it('lets a key be used for a new request once a day has passed', async () => {
    const key = randomUUID();
    await send(t.url, CREATE_DOSSIER, dossierInput(gite, ...nextStay()), auth(gite, key));
    const db = new Client({ connectionString: testDatabaseUrl() });
    await db.connect();
    await db.query("UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE key = $1", [key]);
    await db.end();
    const later = await send(t.url, CREATE_DOSSIER, dossierInput(gite, ...nextStay()), auth(gite, key));
    expect(later).toMatchObject({ replayed: false });
    expect(later.answer.errors).toBeUndefined();
  });

  it('makes a second file for a second request without a key, and ignores a key on a query', async () => {
    const files = await filesOf(t, gite);
    const [arrivalDay, departure] = nextStay();
    await send(t.url, CREATE_DOSSIER, dossierInput(gite, arrivalDay, departure), auth(gite));
    await send(t.url, CREATE_DOSSIER, dossierInput(gite, ...nextStay()), auth(gite));
    expect(await filesOf(t, gite)).toBe(files + 2);
    const key = randomUUID();
    const [one, two] = [await send(t.url, '{ me { id } }', {}, auth(gite, key)), await send(t.url, '{ me { id } }', {}, auth(gite, key))];
    expect([one.replayed, two.replayed]).toEqual([false, false]);
  });

  it('refuses a key that is not 1 to 255 printable characters', async () => {
    const answer = await send(t.url, CREATE_DOSSIER, dossierInput(gite, ...nextStay()), auth(gite, 'x'.repeat(256)));
    expect(answer.answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  (onRealServer() ? it : it.skip)('runs a request once when its retries reach two app instances at once', async () => {
    const second = await startTestApp();
    try {
      const key = randomUUID();
      const variables = dossierInput(gite, ...nextStay());
      const files = await filesOf(t, gite);
      const sent = await Promise.all(Array.from({ length: 6 }, (_, i) => send(i % 2 ? second.url : t.url, CREATE_DOSSIER, variables, auth(gite, key))));
      expect(new Set(sent.map((s) => JSON.stringify(s.answer))).size).toBe(1);
      expect(await filesOf(t, gite)).toBe(files + 1);
    } finally {
      await second.close();
    }
  });
});
