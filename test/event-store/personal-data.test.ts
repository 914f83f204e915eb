import { randomUUID } from 'node:crypto';
import { EntitySchema } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import type { EventStore, EventToAppend, ExpectedRevision } from '../../src/event-store/event-store.port';
import { ensureCheckpoints, readCheckpoint } from '../../src/event-store/following/checkpoints';
import { policyCheckpoint } from '../../src/event-store/following/follower';
import { FollowerRunner } from '../../src/event-store/following/follower-runner';
import { listParked } from '../../src/event-store/following/parked-events';
import { PolicyFollower } from '../../src/event-store/following/policy-follower';
import { ProjectionFollower } from '../../src/event-store/following/projection-follower';
import { isTransient } from '../../src/event-store/following/transient-errors';
import { PersonalDataErased, PersonalDataKeysSealedElsewhere, SubjectOfAnotherOwner } from '../../src/event-store/personal-data/keyring';
import type { PersonalDataProtectingEventStore } from '../../src/event-store/personal-data/personal-data-protecting-event-store';
import type { PostgresPersonalDataKeyring } from '../../src/event-store/personal-data/postgres-keyring';
import { PostgresEventStore } from '../../src/event-store/postgres/postgres-event-store';
import { comparePositions, START, type Position } from '../../src/event-store/position';
import type { Policy } from '../../src/event-store/policy/policy';
import { untyped, type Projection } from '../../src/event-store/projection/projection';
import { ReadModelWaiter } from '../../src/event-store/projection/read-model-waiter';
import { UnreadableEvent, type StoredEvent } from '../../src/shared/kernel/event-codec';
import type { Event } from '../../src/shared/kernel/message';
import { onRealServer, testDatabaseUrl } from '../support/database';
import { clearValuesOf, ERASED_NAME, eventStoreTables, guestNoted, keyring, protectedStore, type GuestNoted } from './personal-data-support';

/** One SQL statement on a connection of its own, as an operator (or an attacker with a dump) would read the tables. */
async function sql<R extends object>(text: string, params: unknown[] = []): Promise<R[]> {
  const client = new Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    return (await client.query<R>(text, params)).rows;
  } finally {
    await client.end();
  }
}

describe('the personal data keyring in PostgreSQL', () => {
  let orm: MikroORM;
  const keyrings: PostgresPersonalDataKeyring[] = [];
  const instance = (...args: Parameters<typeof keyring>) => {
    const made = keyring(...args);
    keyrings.push(made);
    return made;
  };

  beforeAll(async () => (orm = await eventStoreTables()));
  afterAll(async () => {
    for (const k of keyrings) await k.close();
    await orm.close();
  });

  it('keeps each key only sealed by the master key, and gives the same key back', async () => {
    const keys = instance({ cacheTtlMs: 0 });
    const subject = randomUUID();
    const key = await keys.keyFor(subject, 'owner-1');
    expect(key).toHaveLength(32);
    const [row] = await sql<{ wrapped: string; owner_id: string }>('SELECT wrapped_key::text AS wrapped, owner_id FROM personal_data_keys WHERE subject_id = $1', [subject]);
    expect(row.owner_id).toBe('owner-1');
    expect(row.wrapped).not.toContain(key.toString('base64'));
    expect(row.wrapped).not.toContain(key.toString('hex'));
    expect(JSON.parse(row.wrapped)).toEqual({ keyId: expect.any(String), iv: expect.any(String), tag: expect.any(String), ciphertext: expect.any(String) });
    expect((await keys.keyFor(subject, 'owner-1')).equals(key)).toBe(true);
  });

  it('makes exactly one key per subject when two instances ask for it at once, many times over', async () => {
    const [a, b] = [instance({ cacheTtlMs: 0 }), instance({ cacheTtlMs: 0 })];
    const subjects = Array.from({ length: 25 }, () => randomUUID());
    const asked = subjects.flatMap((s) => [a, b, a, b].map((k) => k.keyFor(s, 'owner-1').then((key) => [s, key.toString('hex')] as const)));
    const answers = await Promise.all(asked);
    for (const s of subjects) expect(new Set(answers.filter(([id]) => id === s).map(([, key]) => key)).size).toBe(1);
    const [{ n }] = await sql<{ n: string }>('SELECT count(*)::text AS n FROM personal_data_keys WHERE subject_id = ANY($1::text[])', [subjects]);
    expect(Number(n)).toBe(subjects.length);
    if (!onRealServer()) console.info('the embedded PostgreSQL runs these one at a time: the race itself is proven on a real server');
  });

  it('keeps a tombstone with the time of erasure and no key, and a second erasure changes nothing', async () => {
    const keys = instance();
    const [subject, never] = [randomUUID(), randomUUID()];
    await keys.keyFor(subject, 'owner-1');
    expect((await keys.erase('owner-1', [subject, never])).sort()).toEqual([subject, never].sort());
    const first = await sql<{ subject_id: string; wrapped_key: unknown; erased_at: Date }>(
      'SELECT subject_id, wrapped_key, erased_at FROM personal_data_keys WHERE subject_id = ANY($1::text[]) ORDER BY subject_id',
      [[subject, never]],
    );
    expect(first.map((r) => [r.wrapped_key, r.erased_at instanceof Date])).toEqual([
      [null, true],
      [null, true],
    ]);
    expect((await keys.erase('owner-1', [subject, never])).sort()).toEqual([subject, never].sort());
    const again = await sql<{ erased_at: Date }>('SELECT erased_at FROM personal_data_keys WHERE subject_id = ANY($1::text[]) ORDER BY subject_id', [[subject, never]]);
    expect(again).toEqual(first.map((r) => ({ erased_at: r.erased_at })));
    await expect(keys.keyFor(never, 'owner-1')).rejects.toBeInstanceOf(PersonalDataErased);
  });

  it('never serves a key from its memory once the erasure returned', async () => {
    const keys = instance({ cacheTtlMs: 3_600_000 });
    const subject = randomUUID();
    await keys.keyFor(subject, 'owner-1');
    expect((await keys.keysOf([subject])).get(subject)?.state).toBe('OPEN');
    await keys.erase('owner-1', [subject]);
    expect((await keys.keysOf([subject])).get(subject)).toEqual({ state: 'ERASED' });
    await expect(keys.keyFor(subject, 'owner-1')).rejects.toBeInstanceOf(PersonalDataErased);
  });

  it('lets another instance see an erasure once the key it holds in memory has expired', async () => {
    const [here, there] = [instance(), instance({ cacheTtlMs: 200 })];
    const subject = randomUUID();
    await here.keyFor(subject, 'owner-1');
    expect((await there.keysOf([subject])).get(subject)?.state).toBe('OPEN');
    await here.erase('owner-1', [subject]);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect((await there.keysOf([subject])).get(subject)).toEqual({ state: 'ERASED' });
  });

  it('keeps a subject to its owner: another owner can neither use nor erase its key', async () => {
    const keys = instance();
    const subject = randomUUID();
    const key = await keys.keyFor(subject, 'owner-1');
    await expect(instance({ cacheTtlMs: 0 }).keyFor(subject, 'owner-2')).rejects.toBeInstanceOf(SubjectOfAnotherOwner);
    expect(await keys.erase('owner-2', [subject])).toEqual([]);
    expect((await instance({ cacheTtlMs: 0 }).keyFor(subject, 'owner-1')).equals(key)).toBe(true);
  });

  it('fails every read, as something a follower waits out, when the keys were sealed under another master key', async () => {
    const subject = randomUUID();
    await instance().keyFor(subject, 'owner-1');
    const elsewhere = instance({ cacheTtlMs: 0 }, 'another personal data master key, 32 characters or more');
    const refusal = elsewhere.keysOf([subject]);
    await expect(refusal).rejects.toBeInstanceOf(PersonalDataKeysSealedElsewhere);
    expect(isTransient(await refusal.catch((error: unknown) => error))).toBe(true);
  });

  it('reads a key whose row was copied onto another subject as unreadable', async () => {
    const keys = instance({ cacheTtlMs: 0 });
    const [subject, victim] = [randomUUID(), randomUUID()];
    await keys.keyFor(subject, 'owner-1');
    await keys.keyFor(victim, 'owner-1');
    await sql('UPDATE personal_data_keys SET wrapped_key = (SELECT wrapped_key FROM personal_data_keys WHERE subject_id = $1) WHERE subject_id = $2', [subject, victim]);
    expect((await keys.keysOf([victim])).get(victim)).toMatchObject({ state: 'UNREADABLE' });
  });
});

interface CardRow {
  id: string;
  lastName: string;
  email: string | null;
  notes: string;
  nights: number;
}

describe('guests’ personal data in the PostgreSQL event store, and the read models fed from it', () => {
  const run = randomUUID().slice(0, 8);
  // A type of this run's own: followers read every event of the database, other files' included.
  const type = `TestGuestCard_${run}`;
  const table = `test_guest_cards_${run}`;
  const owner = randomUUID();
  const [claire, paul] = [randomUUID(), randomUUID()];
  const cards = {
    claire: guestNoted({ subjectId: claire, ownerId: owner, guest: { lastName: 'Lefèvre-Dupré', email: 'claire.lefevre@example.org' }, notes: [{ text: 'allergic to cats' }] }, type),
    paul: guestNoted({ subjectId: paul, ownerId: owner, guest: { lastName: 'Moreau', email: null }, notes: [{ text: 'wheelchair' }], nights: 5 }, type),
  };
  let orm: MikroORM;
  let adapter: PostgresEventStore;
  let keys: PostgresPersonalDataKeyring;
  let store: PersonalDataProtectingEventStore;
  const runners: FollowerRunner[] = [];
  /**
   * The position of the last append of this file: what followers must reach. Not the store's
   * head, which stays behind events of this file while any transaction of the server (another
   * test file's, another database's) is running.
   */
  let written: Position = START;
  const append = async (on: EventStore, stream: string, events: EventToAppend[], expectedRevision: ExpectedRevision) => {
    const result = await on.appendToStream(stream, events, { expectedRevision });
    if (comparePositions(result.position, written) > 0) written = result.position;
    return result;
  };

  type Card = Event<string, GuestNoted>;
  const decodeCard = (stored: StoredEvent): Card => {
    const data = stored.data as GuestNoted;
    if (typeof data.guest?.lastName !== 'string' || !Array.isArray(data.notes)) throw new UnreadableEvent(stored.type, stored.schemaVersion, 'not a guest card');
    return { type: stored.type, data };
  };
  const entity = new EntitySchema<CardRow>({
    name: `GuestCard_${run}`,
    tableName: table,
    properties: { id: { type: 'text', primary: true }, lastName: { type: 'text' }, email: { type: 'text', nullable: true }, notes: { type: 'text' }, nights: { type: 'integer' } },
  });
  const projection = (name: string): Projection =>
    untyped<CardRow, Card>({
      name,
      entity,
      tables: [table],
      handles: [type],
      decode: decodeCard,
      rowIds: (e) => [e.data.subjectId],
      evolve: (_, e, id) => ({ id, lastName: e.data.guest.lastName, email: e.data.guest.email, notes: e.data.notes.map((n) => n.text).join(' | '), nights: e.data.nights }),
    });
  const rows = () => orm.em.fork().execute<CardRow[]>(`SELECT id, last_name AS "lastName", email, notes, nights FROM ${table} ORDER BY id`);
  const tableText = async () => (await orm.em.fork().execute<{ text: string }[]>(`SELECT coalesce(string_agg(t::text, ' '), '') AS text FROM ${table} t`))[0].text;

  beforeAll(async () => {
    orm = await eventStoreTables([entity as EntitySchema]);
    adapter = new PostgresEventStore({ connectionString: testDatabaseUrl() }, { pollIntervalMs: 50 });
    await adapter.migrate();
    keys = keyring();
    store = protectedStore(adapter, keys, type);
    await orm.em.fork().execute(`CREATE TABLE ${table} (id text PRIMARY KEY, last_name text NOT NULL, email text, notes text NOT NULL, nights integer NOT NULL)`);
    await append(store, `guest-card-${run}-claire`, [cards.claire], 'no_stream');
    await append(store, `guest-card-${run}-paul`, [cards.paul], 'no_stream');
  });
  afterAll(async () => {
    for (const r of runners) await r.stop();
    await orm.em.fork().execute(`DROP TABLE IF EXISTS ${table}`);
    await adapter.close();
    await keys.close();
    await orm.close();
  });

  const storedText = async () => (await sql<{ data: string }>('SELECT data::text AS data FROM events WHERE stream_name LIKE $1', [`guest-card-${run}-%`])).map((r) => r.data).join('\n');

  const reached = (r: FollowerRunner, p: Projection) => new ReadModelWaiter(orm.em, r, null, 10).waitFor(written, [p.name], 20_000);

  /** Starts a runner of the projection over the protected store and waits until it has read every event of this file. */
  async function caughtUp(p: Projection): Promise<FollowerRunner> {
    const r = new FollowerRunner(orm, store, testDatabaseUrl(), () => [new ProjectionFollower(orm, p)], { lockRetryMs: 100, controlMs: 100 });
    runners.push(r);
    r.start();
    await expect(reached(r, p)).resolves.toBe(true);
    return r;
  }

  it('keeps no personal value in clear in the events table', async () => {
    const text = await storedText();
    for (const value of [...clearValuesOf(cards.claire), ...clearValuesOf(cards.paul)]) expect(text).not.toContain(value);
    expect(text).toContain('$personal');
  });

  it('feeds a read model the values in clear while the keys live', async () => {
    const live = projection(`guest-cards-${run}`);
    const r = await caughtUp(live);
    expect(await rows()).toEqual(
      [
        { id: claire, lastName: 'Lefèvre-Dupré', email: 'claire.lefevre@example.org', notes: 'allergic to cats', nights: 3 },
        { id: paul, lastName: 'Moreau', email: null, notes: 'wheelchair', nights: 5 },
      ].sort((a, b) => a.id.localeCompare(b.id)),
    );
    await r.stop();
  });

  it('after an erasure, rebuilds the read model from the events without the erased guest, the figures kept', async () => {
    await keys.erase(owner, [claire]);
    const rebuilt = projection(`guest-cards-${run}`);
    const r = await caughtUp(rebuilt);
    await r.rebuild([rebuilt]);
    await expect(reached(r, rebuilt)).resolves.toBe(true);
    expect((await rows()).find((row) => row.id === claire)).toEqual({ id: claire, lastName: ERASED_NAME, email: null, notes: '', nights: 3 });
    expect((await rows()).find((row) => row.id === paul)?.lastName).toBe('Moreau');
    const text = await tableText();
    for (const value of clearValuesOf(cards.claire)) expect(text).not.toContain(value);
    for (const value of clearValuesOf(cards.claire)) expect(await storedText()).not.toContain(value);
    await r.stop();
  });

  it('delivers the erased values to a follower that starts reading after the erasure', async () => {
    const fresh = projection(`guest-cards-late-${run}`);
    await orm.em.fork().execute(`TRUNCATE ${table}`);
    const r = await caughtUp(fresh);
    expect((await rows()).map((row) => [row.id, row.lastName])).toEqual(
      [
        [claire, ERASED_NAME],
        [paul, 'Moreau'],
      ].sort((a, b) => a[0].localeCompare(b[0])),
    );
    await r.stop();
  });

  describe('a sealed value moved from where it was written', () => {
    const moved = async () => {
      const stream = `guest-card-${run}-moved-${randomUUID()}`;
      const [paulsCard] = await adapter.readStream(`guest-card-${run}-paul`);
      // Paul's card, raw, appended again as the card of a new subject: its sealed values are Paul's event's.
      await append(adapter, stream, [{ type, schemaVersion: 1, data: { ...paulsCard.data, subjectId: randomUUID() }, metadata: paulsCard.metadata }], 'no_stream');
      const next = randomUUID();
      await append(store, stream, [guestNoted({ subjectId: next, ownerId: owner, guest: { lastName: 'Petit', email: null } }, type)], 0);
      return { stream, next };
    };

    it('is parked by a read model, which goes on with the events after it', async () => {
      const { stream, next } = await moved();
      const name = `guest-cards-parking-${run}`;
      const r = await caughtUp(projection(name));
      const parked = await listParked(orm.em.fork(), { followers: [name] });
      // The stream's later events wait behind it, as for any event that cannot be decoded; other streams go on.
      expect(parked.map((p) => [p.streamName, p.streamRevision, p.kind])).toEqual([
        [stream, 0, 'FAILED'],
        [stream, 1, 'FAILED'],
      ]);
      expect(parked[0].error).toMatch(/PersonalDataUnreadable: .*personal field guest\.lastName does not authenticate/);
      expect(parked[0].error).not.toContain('Moreau');
      expect(parked[1].error).toContain('waits behind');
      expect((await rows()).map((row) => row.id)).not.toContain(next);
      expect((await rows()).find((row) => row.id === paul)?.lastName).toBe('Moreau');
      await r.stop();
    });

    it('is parked at once by a policy, never retried as if it might pass', async () => {
      const { stream } = await moved();
      const [unreadable] = await store.readStream(stream);
      const reacted: string[] = [];
      const policy: Policy<Card> = { name: `guest-policy-${randomUUID().slice(0, 8)}`, handles: [type], decode: decodeCard, react: (e) => Promise.resolve(void reacted.push(e.id)) };
      const follower = new PolicyFollower(orm, policy, { conflicts: 3, failures: 3, baseMs: 1 });
      await ensureCheckpoints(orm.em.fork(), [policyCheckpoint(policy.name)]);
      await follower.deliver([unreadable], START, START);
      expect(reacted).toEqual([]);
      const [parked] = await listParked(orm.em.fork(), { followers: [policyCheckpoint(policy.name)] });
      expect(parked).toMatchObject({ kind: 'FAILED', attempts: 1, streamName: stream });
      expect(await readCheckpoint(orm.em.fork(), policyCheckpoint(policy.name))).toEqual(unreadable.position);
    });
  });
});
