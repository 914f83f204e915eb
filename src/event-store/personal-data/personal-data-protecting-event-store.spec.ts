import { randomBytes } from 'node:crypto';
import { UnreadableEvent } from '../../shared/kernel/event-codec';
import type { EventStore, EventToAppend, RecordedEvent } from '../event-store.port';
import { PersonalDataErased, type PersonalDataKeyring, type SubjectKey } from './keyring';
import { PersonalDataUnreadable } from './personal-data-envelope';
import type { PersonalDataPolicy } from './personal-data-policy';
import { PersonalDataProtectingEventStore } from './personal-data-protecting-event-store';
import { PersonalDataRegistry } from './personal-data-registry';

/** Keys in memory, counting the lookups a read makes. */
class MemoryKeyring implements PersonalDataKeyring {
  readonly keys = new Map<string, { ownerId: string; key: Buffer | null }>();
  lookups = 0;

  keyFor(subjectId: string, ownerId: string): Promise<Buffer> {
    const found = this.keys.get(subjectId) ?? { ownerId, key: randomBytes(32) };
    this.keys.set(subjectId, found);
    return found.key ? Promise.resolve(found.key) : Promise.reject(new PersonalDataErased(subjectId));
  }

  keysOf(subjectIds: readonly string[]): Promise<ReadonlyMap<string, SubjectKey>> {
    this.lookups += 1;
    const answer = new Map<string, SubjectKey>();
    for (const id of subjectIds) {
      const found = this.keys.get(id);
      if (found) answer.set(id, found.key ? { state: 'OPEN', key: found.key } : { state: 'ERASED' });
    }
    return Promise.resolve(answer);
  }

  erase(ownerId: string, subjectIds: readonly string[]): Promise<string[]> {
    for (const id of subjectIds) this.keys.set(id, { ownerId, key: null });
    return Promise.resolve([...subjectIds]);
  }
}

/** Keeps what it is given, as a store would after a JSON round trip. */
function memoryStore(): EventStore & { appended: (readonly EventToAppend[])[]; rows: RecordedEvent[] } {
  const rows: RecordedEvent[] = [];
  const appended: (readonly EventToAppend[])[] = [];
  const copy = () => rows.map((r) => ({ ...r, data: JSON.parse(JSON.stringify(r.data)) as Record<string, unknown> }));
  const unused = () => Promise.reject(new Error('not used here'));
  return {
    appended,
    rows,
    appendToStream: (streamName, events) => {
      appended.push(events);
      for (const e of events) {
        const n = BigInt(rows.length);
        rows.push({ id: e.id ?? String(n), streamName, revision: rows.length, position: { commit: n, prepare: n }, type: e.type, schemaVersion: e.schemaVersion, data: JSON.parse(JSON.stringify(e.data)) as Record<string, unknown>, metadata: e.metadata, recordedAt: new Date(0) });
      }
      const last = BigInt(rows.length - 1);
      return Promise.resolve({ nextExpectedRevision: rows.length - 1, position: { commit: last, prepare: last } });
    },
    readStream: (streamName) => Promise.resolve(copy().filter((r) => r.streamName === streamName)),
    loadStream: (streamName) => Promise.resolve({ snapshot: null, events: copy().filter((r) => r.streamName === streamName) }),
    readAll: () => Promise.resolve(copy()),
    subscribeToAll: ({ onBatch }) => {
      const running = onBatch(copy());
      return { stop: () => running };
    },
    saveSnapshot: unused,
    headPosition: unused,
    lagAfter: unused,
    ping: unused,
    close: () => Promise.resolve(),
  };
}

const metadata = { occurredAt: '2026-07-04T10:00:00.000Z', actor: { kind: 'system' as const, id: 'spec' }, correlationId: 'c', causationId: null };
const guestNoted = (subjectId: string, lastName: string, notes: string[] = []): EventToAppend => ({
  type: 'GuestNoted',
  schemaVersion: 1,
  data: { subjectId, ownerId: 'owner-1', guest: { lastName, email: null }, notes: notes.map((text) => ({ text })), nights: 3 },
  metadata,
});
const counted = (n: number): EventToAppend => ({ type: 'Counted', schemaVersion: 1, data: { n }, metadata });

const policy: PersonalDataPolicy = {
  types: ['GuestNoted'],
  subjectOf: (data) => (typeof data.subjectId === 'string' ? { subjectId: data.subjectId, ownerId: String(data.ownerId) } : null),
  fields: ['guest.lastName', 'guest.email', 'notes.*.text'],
  erased: (field) => (field === 'guest.lastName' ? 'Erased' : ''),
};

describe('the personal data layer over an event store', () => {
  let inner: ReturnType<typeof memoryStore>;
  let keyring: MemoryKeyring;
  let store: PersonalDataProtectingEventStore;

  beforeEach(() => {
    inner = memoryStore();
    keyring = new MemoryKeyring();
    const registry = new PersonalDataRegistry();
    registry.register(policy);
    store = new PersonalDataProtectingEventStore(inner, registry, keyring);
  });

  it('stores the personal fields sealed, every other field in clear, and a null as null', async () => {
    await store.appendToStream('s', [guestNoted('g1', 'Martin', ['allergic to cats'])], { expectedRevision: 'any' });
    const stored = JSON.stringify(inner.rows[0].data);
    expect(stored).not.toContain('Martin');
    expect(stored).not.toContain('allergic');
    expect(inner.rows[0].data).toMatchObject({ subjectId: 'g1', nights: 3, guest: { lastName: { $personal: { v: 1, subject: 'g1' } }, email: null } });
  });

  it('reads them back in clear, through every read', async () => {
    const event = guestNoted('g1', 'Martin', ['allergic to cats']);
    await store.appendToStream('s', [event], { expectedRevision: 'any' });
    const seen: RecordedEvent[] = [];
    await store.subscribeToAll({ onBatch: (batch) => Promise.resolve(void seen.push(...batch)) }).stop();
    const reads = [await store.readStream('s'), await store.readAll(), (await store.loadStream('s', 1)).events, seen];
    for (const read of reads) expect(read.map((e) => e.data)).toEqual([event.data]);
  });

  it('reads the erased values once the key is erased, the rest of the event as it was', async () => {
    await store.appendToStream('s', [guestNoted('g1', 'Martin', ['allergic to cats', 'late'])], { expectedRevision: 'any' });
    await keyring.erase('owner-1', ['g1']);
    const [read] = await store.readStream('s');
    expect(read.data).toEqual({ subjectId: 'g1', ownerId: 'owner-1', guest: { lastName: 'Erased', email: null }, notes: [{ text: '' }, { text: '' }], nights: 3 });
  });

  it('records a fact about an erased subject without them: its personal fields stored as erased, no key made again', async () => {
    await keyring.erase('owner-1', ['g1']);
    await store.appendToStream('s', [guestNoted('g1', 'Martin', ['Pays by cheque'])], { expectedRevision: 'any' });
    expect(inner.rows.at(-1)?.data).toEqual({ subjectId: 'g1', ownerId: 'owner-1', guest: { lastName: 'Erased', email: null }, notes: [{ text: '' }], nights: 3 });
    expect(JSON.stringify(inner.rows.map((r) => r.data))).not.toContain('Martin');
    expect(keyring.keys.get('g1')?.key).toBeNull();
  });

  it('records an event about an erased subject whose personal fields are all empty: it holds nothing of them', async () => {
    await keyring.erase('owner-1', ['g1']);
    const nothingPersonal: EventToAppend = { type: 'GuestNoted', schemaVersion: 1, data: { subjectId: 'g1', ownerId: 'owner-1', guest: null, notes: [], nights: 4 }, metadata };
    await store.appendToStream('s', [nothingPersonal], { expectedRevision: 'any' });
    expect(inner.rows.at(-1)?.data).toEqual({ subjectId: 'g1', ownerId: 'owner-1', guest: null, notes: [], nights: 4 });
    expect(keyring.keys.get('g1')?.key).toBeNull();
  });

  it('asks for the keys of a whole batch at once, and for none when no event of it has personal fields', async () => {
    await store.appendToStream('s', [guestNoted('g1', 'Martin'), guestNoted('g2', 'Durand'), counted(1)], { expectedRevision: 'any' });
    await store.appendToStream('t', [counted(2)], { expectedRevision: 'any' });
    await store.readAll();
    expect(keyring.lookups).toBe(1);
    await store.readStream('t');
    expect(keyring.lookups).toBe(1);
  });

  it('hands the events of types without a policy to the store as they were given', async () => {
    const events = [counted(1), counted(2)];
    await store.appendToStream('t', events, { expectedRevision: 'any' });
    expect(inner.appended[0]).toBe(events);
  });

  it('reads a personal field stored in clear before the layer existed as it is', async () => {
    await inner.appendToStream('old', [guestNoted('g1', 'Martin')], { expectedRevision: 'any' });
    expect((await store.readStream('old'))[0].data).toMatchObject({ guest: { lastName: 'Martin' } });
  });

  it('makes only the event whose field was moved unreadable, naming the field, the others read as usual', async () => {
    await store.appendToStream('s', [guestNoted('g1', 'Martin', ['allergic to cats'])], { expectedRevision: 'any' });
    const sealed = inner.rows[0].data as { guest: { lastName: unknown }; notes: { text: unknown }[] };
    const moved = { ...guestNoted('g1', 'x'), data: { subjectId: 'g1', ownerId: 'owner-1', guest: { lastName: sealed.notes[0].text, email: null }, notes: [] } };
    await inner.appendToStream('s', [moved, counted(3)], { expectedRevision: 'any' });
    const [first, tampered, other] = await store.readStream('s');
    expect(first.data).toMatchObject({ guest: { lastName: 'Martin' } });
    expect(() => tampered.data).toThrow(PersonalDataUnreadable);
    expect(() => tampered.data).toThrow(UnreadableEvent);
    expect(() => tampered.data).toThrow(/guest\.lastName does not authenticate/);
    expect(other.data).toEqual({ n: 3 });
  });

  it('binds each sealed value to its event type: the same event stored under another type does not open', async () => {
    await store.appendToStream('s', [{ ...guestNoted('g1', 'Martin'), id: 'e1' }], { expectedRevision: 'any' });
    inner.rows[0] = { ...inner.rows[0], type: 'GuestNotedAgain' };
    const registry = new PersonalDataRegistry();
    registry.register({ ...policy, types: ['GuestNotedAgain'] });
    const [read] = await new PersonalDataProtectingEventStore(inner, registry, keyring).readStream('s');
    expect(read.id).toBe('e1');
    expect(() => read.data).toThrow(PersonalDataUnreadable);
  });

  it('makes an event unreadable when its subject has no key in this keyring, rather than reading it as erased', async () => {
    await store.appendToStream('s', [guestNoted('g1', 'Martin')], { expectedRevision: 'any' });
    keyring.keys.clear();
    const [read] = await store.readStream('s');
    expect(() => read.data).toThrow(/has no key for its subject g1/);
  });
});
