import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { EventStore, RecordedEvent } from '../../src/event-store/event-store.port';
import { PersonalDataErased } from '../../src/event-store/personal-data/keyring';
import { PersonalDataUnreadable } from '../../src/event-store/personal-data/personal-data-envelope';
import type { PersonalDataProtectingEventStore } from '../../src/event-store/personal-data/personal-data-protecting-event-store';
import type { PostgresPersonalDataKeyring } from '../../src/event-store/personal-data/postgres-keyring';
import {
  clearValuesOf,
  counted,
  delivered,
  ERASED_NAME,
  eventStoreTables,
  guestNoted,
  keyring,
  protectedStore,
  readAllOf,
  type GuestNoted,
} from './personal-data-support';

/**
 * Crypto-shredding as every adapter must keep it (issue 17 §4): the events an adapter stores hold
 * no personal value in clear, every read gives them back while the key lives, and the erased
 * values once it is erased. The adapter is read raw to see what it keeps, which works the same
 * whatever it stores events in; the keyring is in PostgreSQL for every adapter.
 */
export function personalDataContract(create: () => Promise<EventStore>): void {
  let adapter: EventStore;
  let keys: PostgresPersonalDataKeyring;
  let store: PersonalDataProtectingEventStore;
  let orm: MikroORM;
  const owner = randomUUID();

  beforeAll(async () => {
    orm = await eventStoreTables();
    adapter = await create();
    keys = keyring();
    store = protectedStore(adapter, keys);
  });
  afterAll(async () => {
    await adapter?.close();
    await keys?.close();
    await orm?.close();
  });

  const stream = () => `guest-card-${randomUUID()}`;
  const inClear = (events: readonly RecordedEvent[], values: readonly string[]) => values.filter((v) => events.some((e) => JSON.stringify(e.data).includes(v)));

  it('keeps no personal value in clear where the events are stored, and reads them back', async () => {
    const name = stream();
    const written = guestNoted({ subjectId: randomUUID(), ownerId: owner, notes: [{ text: 'arrives late, dog' }, { text: 'asked for a cot' }] });
    await store.appendToStream(name, [written], { expectedRevision: 'no_stream' });
    const raw = await adapter.readStream(name);
    expect(inClear(raw, clearValuesOf(written))).toEqual([]);
    expect(raw[0].data).toMatchObject({ nights: 3, guest: { lastName: { $personal: { v: 1 } } } });
    expect((await store.readStream(name)).map((e) => e.data)).toEqual([written.data]);
  });

  it('gives the erased values through every read once the key is erased, and the store still holds nothing in clear', async () => {
    const name = stream();
    const subjectId = randomUUID();
    const kept = randomUUID();
    const before = (await adapter.headPosition()) ?? undefined;
    const erasedCard = guestNoted({ subjectId, ownerId: owner });
    const keptCard = guestNoted({ subjectId: kept, ownerId: owner, guest: { lastName: 'Martin', email: null } });
    await store.appendToStream(name, [erasedCard, keptCard, counted(1)], { expectedRevision: 'no_stream' });
    expect(await keys.erase(owner, [subjectId])).toEqual([subjectId]);

    const erased: GuestNoted = { ...(erasedCard.data as GuestNoted), guest: { lastName: ERASED_NAME, email: null }, notes: [{ text: '' }] };
    const expected = [erased, keptCard.data, counted(1).data];
    const streams = new Set([name]);
    const reads = {
      readStream: await store.readStream(name),
      loadStream: (await store.loadStream(name, 1)).events,
      readAll: await readAllOf(store, before, streams, 3),
      subscription: await delivered(store, before, streams, 3),
    };
    for (const [how, events] of Object.entries(reads)) expect({ how, data: events.map((e) => e.data) }).toEqual({ how, data: expected });
    expect(inClear(await adapter.readStream(name), clearValuesOf(erasedCard))).toEqual([]);
  });

  it('erases idempotently: a second erasure changes nothing and says the same', async () => {
    const subjectId = randomUUID();
    await store.appendToStream(stream(), [guestNoted({ subjectId, ownerId: owner })], { expectedRevision: 'no_stream' });
    expect(await keys.erase(owner, [subjectId])).toEqual([subjectId]);
    expect(await keys.erase(owner, [subjectId])).toEqual([subjectId]);
    expect((await keys.keysOf([subjectId])).get(subjectId)).toEqual({ state: 'ERASED' });
  });

  it('records a fact about an erased subject without them, and makes no key for them again', async () => {
    const name = stream();
    const subjectId = randomUUID();
    await keys.erase(owner, [subjectId]);
    const written = guestNoted({ subjectId, ownerId: owner, notes: [{ text: 'arrives late, dog' }] });
    await store.appendToStream(name, [written], { expectedRevision: 'no_stream' });
    const raw = await adapter.readStream(name);
    expect(inClear(raw, clearValuesOf(written))).toEqual([]);
    expect(raw[0].data).toMatchObject({ nights: 3, guest: { lastName: ERASED_NAME, email: null }, notes: [{ text: '' }] });
    await expect(keys.keyFor(subjectId, owner)).rejects.toBeInstanceOf(PersonalDataErased);
  });

  it('refuses a sealed value moved to another event, subject or field, naming the field', async () => {
    const name = stream();
    const subjectId = randomUUID();
    const other = randomUUID();
    await store.appendToStream(name, [guestNoted({ subjectId, ownerId: owner }), guestNoted({ subjectId: other, ownerId: owner })], { expectedRevision: 'no_stream' });
    type Sealed = { guest: { lastName: { $personal: Record<string, unknown> } }; notes: { text: unknown }[] };
    const [mine, theirs] = (await adapter.readStream(name)).map((e) => e.data as unknown as Sealed);
    const copy = (data: object) => ({ ...guestNoted({ subjectId, ownerId: owner }), data });
    await adapter.appendToStream(
      name,
      [
        // The whole payload, as another event of the same subject.
        copy(mine),
        // Another guest's name, from their own card.
        copy({ ...mine, guest: { ...mine.guest, lastName: theirs.guest.lastName } }),
        // The name, its subject rewritten to one whose key exists.
        copy({ ...mine, guest: { ...mine.guest, lastName: { $personal: { ...mine.guest.lastName.$personal, subject: other } } } }),
        // A note moved into the name.
        copy({ ...mine, guest: { ...mine.guest, lastName: mine.notes[0].text } }),
      ],
      { expectedRevision: 1 },
    );
    const read = await store.readStream(name);
    expect(read.slice(0, 2).map((e) => (e.data as unknown as GuestNoted).guest.lastName)).toEqual(['Lefèvre-Dupré', 'Lefèvre-Dupré']);
    expect(read.slice(2)).toHaveLength(4);
    for (const moved of read.slice(2)) {
      expect(() => moved.data).toThrow(PersonalDataUnreadable);
      expect(() => moved.data).toThrow(/guest\.lastName does not authenticate/);
    }
  });

  it('stores the events of types without a policy exactly as given', async () => {
    const through = stream();
    const direct = stream();
    const events = [counted(1), counted(2)];
    await store.appendToStream(through, events, { expectedRevision: 'no_stream' });
    await adapter.appendToStream(direct, events, { expectedRevision: 'no_stream' });
    const [a, b] = [await adapter.readStream(through), await adapter.readStream(direct)];
    expect(a.map((e) => JSON.stringify(e.data))).toEqual(b.map((e) => JSON.stringify(e.data)));
    expect(a.map((e) => e.data)).toEqual(events.map((e) => e.data));
  });
}
