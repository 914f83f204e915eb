import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { CREATE_DOSSIER, dossierInput, ownerWithGite, type OwnerWithGite } from '../support/booking-fixtures';
import { testDatabaseUrl } from '../support/database';
import { signUpOwner } from '../support/owners';
import { ManualClock, startTestApp, type GraphqlAnswer, type TestApp } from '../support/test-app';
import { until } from '../support/until';

/**
 * The keys owners give integrators, used over HTTP as a client would: what each key may read or
 * change, and nothing of another owner's. The clock is moved by hand to cross "last used"'s minute.
 */
const CREATE = 'mutation($name: String!, $scopes: [ApiScope!]!) { createApiKey(name: $name, scopes: $scopes) { key apiKey { id name scopes prefix createdAt lastUsedAt revokedAt } } }';
const REVOKE = 'mutation($id: ID!) { revokeApiKey(id: $id) }';
const KEYS = '{ apiKeys { id name scopes prefix createdAt lastUsedAt revokedAt } }';
const FILE = 'query($id: ID!) { dossier(id: $id) { id guest { lastName } } }';
const FILES = '{ dossiers { nodes { id } totalCount } }';
const PLANNING = 'query($id: ID!) { planning(accommodationId: $id, from: "2031-05-01", to: "2031-05-03") { date state dossierId guestName } }';
const BLOCK = 'mutation($id: ID!) { blockNights(accommodationId: $id, from: "2031-06-01", to: "2031-06-05") { id nights } }';
const UNBLOCK = 'mutation($id: ID!) { unblockNights(accommodationId: $id, from: "2031-06-01", to: "2031-06-05") }';

interface ApiKey {
  id: string;
  name: string;
  scopes: string[];
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

async function apiKeyRows(ownerId: string): Promise<Record<string, unknown>[]> {
  const client = new Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    return (await client.query<Record<string, unknown>>('SELECT * FROM api_keys WHERE owner_id = $1', [ownerId])).rows;
  } finally {
    await client.end();
  }
}

/** The answer is an error with this code, and nothing came back (a nullable field answers null). */
const refused = (answer: GraphqlAnswer, code: string) => {
  expect(answer.errors?.[0].extensions?.code).toBe(code);
  expect(Object.values(answer.data ?? {}).every((value) => value === null)).toBe(true);
};

describe('API keys for integrators', () => {
  let t: TestApp;
  const clock = new ManualClock();
  let gite: OwnerWithGite;
  let fileId: string;

  const ok = async <T = Record<string, any>>(query: string, variables: Record<string, unknown>, token: string): Promise<T> => { // eslint-disable-line @typescript-eslint/no-explicit-any
    const answer = await t.gql<T>(query, variables, token);
    if (answer.errors || !answer.data) throw new Error(JSON.stringify(answer.errors));
    return answer.data;
  };
  const makeKey = async (token: string, scopes: string[], name = 'Channel manager'): Promise<{ key: string; apiKey: ApiKey }> =>
    (await ok<{ createApiKey: { key: string; apiKey: ApiKey } }>(CREATE, { name, scopes }, token)).createApiKey;
  const keysOf = async (token: string): Promise<ApiKey[]> => (await ok<{ apiKeys: ApiKey[] }>(KEYS, {}, token)).apiKeys;

  beforeAll(async () => {
    t = await startTestApp({ clock });
    gite = await ownerWithGite(t);
    fileId = (await ok(CREATE_DOSSIER, dossierInput(gite, '2031-05-01', '2031-05-03', 40_000, 'Dupont'), gite.owner.token)).createDossier.id;
    await until('the file and its guest in the planning', async () => (await ok(PLANNING, { id: gite.accommodationId }, gite.owner.token)).planning[0].guestName === 'Dupont');
  });
  afterAll(() => t.close());

  it('is shown once, on creation, and only its SHA-256 is kept', async () => {
    const { key, apiKey } = await makeKey(gite.owner.token, ['BOOKINGS_READ', 'GUESTS_READ'], '  Channel manager  ');
    expect(key).toMatch(/^osk_[A-Za-z0-9_-]{43}$/);
    expect(apiKey).toMatchObject({ name: 'Channel manager', scopes: ['BOOKINGS_READ', 'GUESTS_READ'], prefix: key.slice(0, 12), lastUsedAt: null, revokedAt: null });
    const listed = await keysOf(gite.owner.token);
    expect(listed).toContainEqual(apiKey);
    expect(JSON.stringify(listed)).not.toContain(key);
    const [row] = (await apiKeyRows(gite.owner.id)).filter((r) => r.id === apiKey.id);
    expect(row).toMatchObject({ owner_id: gite.owner.id, key_hash: sha256(key), prefix: key.slice(0, 12), scopes: ['bookings:read', 'guests:read'] });
    // Nothing of the secret beyond the prefix every list shows.
    expect(JSON.stringify(row)).not.toContain(key.slice(12));
  });

  it('reads its owner’s files, guests included, when it may read bookings and guests', async () => {
    const { key } = await makeKey(gite.owner.token, ['BOOKINGS_READ', 'GUESTS_READ']);
    expect((await ok(FILE, { id: fileId }, key)).dossier).toEqual({ id: fileId, guest: { lastName: 'Dupont' } });
    expect((await ok(FILES, {}, key)).dossiers).toEqual({ nodes: [{ id: fileId }], totalCount: 1 });
  });

  it('is refused a file with FORBIDDEN naming the scope it lacks, since a file shows its guest', async () => {
    const { key } = await makeKey(gite.owner.token, ['BOOKINGS_READ']);
    const answer = await t.gql(FILE, { id: fileId }, key);
    refused(answer, 'FORBIDDEN');
    expect(answer.errors?.[0].message).toBe('This API key lacks the scope guests:read (GUESTS_READ) that this operation needs');
  });

  it('reads the planning with AVAILABILITY_READ, a guest’s name only with GUESTS_READ too', async () => {
    const planningOnly = await makeKey(gite.owner.token, ['AVAILABILITY_READ']);
    expect((await ok(PLANNING, { id: gite.accommodationId }, planningOnly.key)).planning[0]).toEqual({ date: '2031-05-01', state: 'OPTION', dossierId: fileId, guestName: null });
    const withGuests = await makeKey(gite.owner.token, ['AVAILABILITY_READ', 'GUESTS_READ']);
    expect((await ok(PLANNING, { id: gite.accommodationId }, withGuests.key)).planning[0]).toMatchObject({ dossierId: fileId, guestName: 'Dupont' });
    refused(await t.gql(BLOCK, { id: gite.accommodationId }, planningOnly.key), 'FORBIDDEN');
  });

  it('closes nights to sale and reopens them with BLOCKS_WRITE, and reads nothing else', async () => {
    const { key } = await makeKey(gite.owner.token, ['BLOCKS_WRITE']);
    expect((await ok(BLOCK, { id: gite.accommodationId }, key)).blockNights).toMatchObject({ nights: 4 });
    expect((await ok(UNBLOCK, { id: gite.accommodationId }, key)).unblockNights).toBe(4);
    const answer = await t.gql(PLANNING, { id: gite.accommodationId }, key);
    refused(answer, 'FORBIDDEN');
    expect(answer.errors?.[0].message).toContain('availability:read (AVAILABILITY_READ)');
  });

  it('is refused with FORBIDDEN every operation not opened to keys, whatever its scopes', async () => {
    const { key } = await makeKey(gite.owner.token, ['BOOKINGS_READ', 'GUESTS_READ', 'AVAILABILITY_READ', 'BLOCKS_WRITE', 'WEBHOOKS_MANAGE']);
    for (const [query, variables] of [
      [CREATE, { name: 'Made by a key', scopes: ['BOOKINGS_READ'] }],
      [KEYS, {}],
      [REVOKE, { id: (await keysOf(gite.owner.token))[0].id }],
      ['{ me { id } }', {}],
    ] as const) {
      const answer = await t.gql(query, variables, key);
      refused(answer, 'FORBIDDEN');
      expect(answer.errors?.[0].message).toBe("This operation is not open to API keys; use an owner's token");
    }
    expect((await keysOf(gite.owner.token)).map((k) => k.name)).not.toContain('Made by a key');
    expect((await keysOf(gite.owner.token)).every((k) => k.revokedAt === null)).toBe(true);
  });

  it('stops working the moment it is revoked, and stays listed, revoked', async () => {
    const { key, apiKey } = await makeKey(gite.owner.token, ['BOOKINGS_READ', 'GUESTS_READ']);
    await ok(FILES, {}, key);
    expect((await ok(REVOKE, { id: apiKey.id }, gite.owner.token)).revokeApiKey).toBe(true);
    const answer = await t.gql(FILES, {}, key);
    refused(answer, 'UNAUTHENTICATED');
    expect(answer.errors?.[0].message).toBe('The API key is unknown or was revoked');
    const listed = (await keysOf(gite.owner.token)).find((k) => k.id === apiKey.id);
    expect(listed?.revokedAt).toBe(clock.now().toISOString());
    clock.advance(1000);
    expect((await ok(REVOKE, { id: apiKey.id }, gite.owner.token)).revokeApiKey).toBe(true);
    expect((await keysOf(gite.owner.token)).find((k) => k.id === apiKey.id)?.revokedAt).toBe(listed?.revokedAt);
  });

  it.each([
    ['cut short', 'osk_abc'],
    ['well formed but never issued', `osk_${'A'.repeat(43)}`],
    ['with a character no key has', `osk_${'A'.repeat(42)}!`],
  ])('is refused as UNAUTHENTICATED when %s', async (_, key) => refused(await t.gql(FILES, {}, key), 'UNAUTHENTICATED'));

  it('shows when it was last used, recording a use at most once a minute', async () => {
    const { key, apiKey } = await makeKey(gite.owner.token, ['BOOKINGS_READ', 'GUESTS_READ']);
    const lastUsed = async () => (await keysOf(gite.owner.token)).find((k) => k.id === apiKey.id)?.lastUsedAt;
    expect(await lastUsed()).toBeNull();
    const firstUse = clock.now().toISOString();
    await ok(FILES, {}, key);
    await until('the use recorded', lastUsed);
    expect(await lastUsed()).toBe(firstUse);
    clock.advance(30_000);
    await ok(FILES, {}, key);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await lastUsed()).toBe(firstUse);
    clock.advance(31_000);
    const secondRecorded = clock.now().toISOString();
    await ok(FILES, {}, key);
    await until('the use a minute later recorded', async () => (await lastUsed()) === secondRecorded);
  });

  it('never reads another owner’s files or planning, nor blocks their nights', async () => {
    const other = await signUpOwner(t);
    const { key } = await makeKey(other.token, ['BOOKINGS_READ', 'GUESTS_READ', 'AVAILABILITY_READ', 'BLOCKS_WRITE']);
    const file = await t.gql(FILE, { id: fileId }, key);
    expect(file.errors).toBeUndefined();
    expect(file.data?.dossier).toBeNull();
    expect((await ok(FILES, {}, key)).dossiers).toEqual({ nodes: [], totalCount: 0 });
    refused(await t.gql(PLANNING, { id: gite.accommodationId }, key), 'NOT_FOUND');
    refused(await t.gql(BLOCK, { id: gite.accommodationId }, key), 'NOT_FOUND');
  });

  it('holds at most 25 live keys per owner, even asked for 30 at once; a revoked key frees its place', async () => {
    const owner = await signUpOwner(t);
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => t.gql(CREATE, { name: `Key ${i}`, scopes: ['BOOKINGS_READ'] }, owner.token)));
    expect(answers.filter((a) => a.data?.createApiKey)).toHaveLength(25);
    const refusals = answers.filter((a) => a.errors);
    expect(refusals).toHaveLength(5);
    for (const answer of refusals) {
      expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0].message).toBe('An owner holds at most 25 live API keys; revoke one you no longer use first');
    }
    const keys = await keysOf(owner.token);
    expect(keys).toHaveLength(25);
    await ok(REVOKE, { id: keys[0].id }, owner.token);
    await makeKey(owner.token, ['BOOKINGS_READ'], 'In the freed place');
    refused(await t.gql(CREATE, { name: 'One too many', scopes: ['BOOKINGS_READ'] }, owner.token), 'BAD_USER_INPUT');
  });

  it('lists an owner’s keys newest first, revoked ones too', async () => {
    const owner = await signUpOwner(t);
    const first = await makeKey(owner.token, ['BOOKINGS_READ'], 'First');
    clock.advance(1000);
    const second = await makeKey(owner.token, ['BLOCKS_WRITE'], 'Second');
    await ok(REVOKE, { id: first.apiKey.id }, owner.token);
    expect((await keysOf(owner.token)).map((k) => [k.name, k.revokedAt !== null])).toEqual([
      ['Second', false],
      ['First', true],
    ]);
    expect(second.apiKey.createdAt > first.apiKey.createdAt).toBe(true);
  });

  it.each([
    ['an empty name', '   ', ['BOOKINGS_READ'], 'name'],
    ['a name longer than 80 characters', 'x'.repeat(81), ['BOOKINGS_READ'], 'name'],
    ['a name on two lines', 'Channel\nmanager', ['BOOKINGS_READ'], 'name'],
    ['no scope', 'Channel manager', [], 'scopes'],
  ])('refuses %s', async (_, name, scopes, field) => {
    const answer = await t.gql(CREATE, { name, scopes }, gite.owner.token);
    refused(answer, 'BAD_USER_INPUT');
    expect(answer.errors?.[0].extensions?.field).toBe(field);
  });

  it('refuses a scope it does not know', async () => refused(await t.gql(CREATE, { name: 'Channel manager', scopes: ['EVERYTHING'] }, gite.owner.token), 'BAD_USER_INPUT'));

  it('names each scope once, and takes a name of 80 characters', async () => {
    const { apiKey } = await makeKey(gite.owner.token, ['BLOCKS_WRITE', 'BOOKINGS_READ', 'BLOCKS_WRITE'], 'é'.repeat(80));
    expect(apiKey).toMatchObject({ name: 'é'.repeat(80), scopes: ['BLOCKS_WRITE', 'BOOKINGS_READ'] });
  });

  it('answers true to two revocations at once, and the key stays revoked', async () => {
    const { key, apiKey } = await makeKey(gite.owner.token, ['BOOKINGS_READ', 'GUESTS_READ']);
    const revoke = () => t.gql<{ revokeApiKey: boolean }>(REVOKE, { id: apiKey.id }, gite.owner.token);
    const answers = await Promise.all([revoke(), revoke()]);
    expect(answers.map((a) => a.data?.revokeApiKey)).toEqual([true, true]);
    refused(await t.gql(FILES, {}, key), 'UNAUTHENTICATED');
  });

  it('answers NOT_FOUND to revoking another owner’s key, or an unknown one, which keeps working', async () => {
    const other = await signUpOwner(t);
    const { key, apiKey } = await makeKey(gite.owner.token, ['BOOKINGS_READ', 'GUESTS_READ']);
    refused(await t.gql(REVOKE, { id: apiKey.id }, other.token), 'NOT_FOUND');
    refused(await t.gql(REVOKE, { id: '6f1d0c1e-0000-4000-8000-000000000000' }, gite.owner.token), 'NOT_FOUND');
    refused(await t.gql(REVOKE, { id: 'not-an-id' }, gite.owner.token), 'NOT_FOUND');
    await ok(FILES, {}, key);
  });
});
