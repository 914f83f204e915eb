import { randomUUID } from 'node:crypto';
import type { EntitySchema } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { EventStore, EventToAppend, RecordedEvent } from '../../src/event-store/event-store.port';
import { followingMigrations } from '../../src/event-store/following/following.migrations';
import type { PersonalDataPolicy } from '../../src/event-store/personal-data/personal-data-policy';
import { PersonalDataProtectingEventStore } from '../../src/event-store/personal-data/personal-data-protecting-event-store';
import { PersonalDataRegistry } from '../../src/event-store/personal-data/personal-data-registry';
import { PostgresPersonalDataKeyring, type PostgresKeyringOptions } from '../../src/event-store/personal-data/postgres-keyring';
import type { Position } from '../../src/event-store/position';
import { testDatabaseUrl } from '../support/database';

export const MASTER_KEY = 'a personal data master key of at least 32 characters';

/** The event-store layer's own tables (checkpoints, parked events, the keyring), and an ORM over them. */
export async function eventStoreTables(entities: EntitySchema[] = []): Promise<MikroORM> {
  const orm = await MikroORM.init({
    driver: PostgreSqlDriver,
    clientUrl: testDatabaseUrl(),
    entities,
    discovery: { warnWhenNoEntities: false },
    allowGlobalContext: true,
    debug: false,
    extensions: [Migrator],
    migrations: { migrationsList: [...followingMigrations], transactional: true, allOrNothing: true, snapshot: false, silent: true },
  });
  await orm.getMigrator().up();
  return orm;
}

export const keyring = (options: PostgresKeyringOptions = {}, master = MASTER_KEY): PostgresPersonalDataKeyring =>
  new PostgresPersonalDataKeyring({ connectionString: testDatabaseUrl() }, master, options);

/** A guest's card, as a context would record one: a name, notes about them, and figures that are nobody's. */
export const GUEST_NOTED = 'TestGuestNoted';

export interface GuestNoted {
  readonly subjectId: string;
  readonly ownerId: string;
  readonly guest: { readonly lastName: string; readonly email: string | null };
  readonly notes: readonly { readonly text: string }[];
  readonly nights: number;
}

export const ERASED_NAME = 'Erased guest';

export const guestPolicy = (type = GUEST_NOTED): PersonalDataPolicy => ({
  types: [type],
  subjectOf: (data) => (typeof data.subjectId === 'string' && typeof data.ownerId === 'string' ? { subjectId: data.subjectId, ownerId: data.ownerId } : null),
  fields: ['guest.lastName', 'guest.email', 'notes.*.text'],
  erased: (field) => (field === 'guest.lastName' ? ERASED_NAME : field === 'guest.email' ? null : ''),
});

export function protectedStore(adapter: EventStore, keys: PostgresPersonalDataKeyring, type = GUEST_NOTED): PersonalDataProtectingEventStore {
  const registry = new PersonalDataRegistry();
  registry.register(guestPolicy(type));
  return new PersonalDataProtectingEventStore(adapter, registry, keys);
}

const metadata = () => ({ occurredAt: '2026-07-04T10:00:00.000+02:00', actor: { kind: 'system' as const, id: 'personal-data' }, correlationId: randomUUID(), causationId: null });

export function guestNoted(data: Partial<GuestNoted> & Pick<GuestNoted, 'subjectId' | 'ownerId'>, type = GUEST_NOTED): EventToAppend {
  const payload: GuestNoted = { guest: { lastName: 'Lefèvre-Dupré', email: 'claire.lefevre@example.org' }, notes: [{ text: 'allergic to cats' }], nights: 3, ...data };
  return { type, schemaVersion: 1, data: payload, metadata: metadata() };
}

export const counted = (n: number): EventToAppend => ({ type: 'TestCounted', schemaVersion: 1, data: { n, label: `événement ${n}`, nested: { list: [1, 'two', null] } }, metadata: metadata() });

/** The clear values a guest's card holds, none of which may be found where the store keeps it. */
export const clearValuesOf = (e: EventToAppend): string[] => {
  const { guest, notes } = e.data as GuestNoted;
  return [guest.lastName, ...(guest.email ? [guest.email] : []), ...notes.map((n) => n.text)];
};

/** Every event of these streams after `after`, as a subscriber is handed them. */
export async function delivered(store: EventStore, after: Position | undefined, streams: ReadonlySet<string>, expected: number): Promise<RecordedEvent[]> {
  const seen: RecordedEvent[] = [];
  let done: () => void = () => undefined;
  const all = new Promise<void>((resolve) => (done = resolve));
  const subscription = store.subscribeToAll({
    after,
    onBatch: (batch) => {
      seen.push(...batch.filter((e) => streams.has(e.streamName)));
      if (seen.length >= expected) done();
      return Promise.resolve();
    },
  });
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([all, new Promise<void>((resolve) => (timer = setTimeout(resolve, 10_000)))]);
  clearTimeout(timer);
  await subscription.stop();
  return seen;
}

/** Every event of these streams after `after`, paging through $all until they are all readable. */
export async function readAllOf(store: EventStore, after: Position | undefined, streams: ReadonlySet<string>, expected: number): Promise<RecordedEvent[]> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const found: RecordedEvent[] = [];
    let cursor = after;
    for (;;) {
      const page = await store.readAll({ after: cursor, maxCount: 500 });
      if (page.length === 0) break;
      found.push(...page.filter((e) => streams.has(e.streamName)));
      cursor = page[page.length - 1].position;
    }
    if (found.length >= expected) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('events did not become readable');
}
