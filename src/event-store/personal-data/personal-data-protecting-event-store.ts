import { randomUUID } from 'node:crypto';
import type {
  AppendResult,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  Lag,
  ReadAllOptions,
  RecordedEvent,
  StreamSnapshot,
  SubscribeOptions,
  Subscription,
} from '../event-store.port';
import type { Position } from '../position';
import { replaceAt, valuesAt } from './field-paths';
import { contentsOf, isEnvelope, openField, PersonalDataUnreadable, sealField } from './personal-data-envelope';
import type { DataSubject } from './personal-data-policy';
import type { PersonalDataRegistry, RegisteredPolicy } from './personal-data-registry';
import { PersonalDataErased, type PersonalDataKeyring, type SubjectKey } from './keyring';

/**
 * Crypto-shredding over any event store (issue 17 §4): the personal fields of the event types
 * with a policy are sealed with their subject's key on the way in, and opened on every way out
 * (streams, $all, subscriptions), or read as the policy's erased value once the key is erased.
 * Events stay as they were written; only a key is ever deleted. An event appended about a subject
 * erased already is stored with its personal fields as the erased value: the fact (a refund, an
 * email that will fail for want of an address) is kept, the person is not. One key lookup serves
 * a whole batch; events of types without a policy pass through as they are, and so do personal
 * fields stored in clear before this existed.
 *
 * A sealed field is bound to its event, subject, type and path. One that does not open (changed,
 * or moved from elsewhere) makes only its event unreadable: reading its `data` throws
 * PersonalDataUnreadable, which a follower parks like any event it cannot decode, while the rest
 * of the batch goes on. A keyring that cannot be read at all (the database away, another master
 * key) fails the read itself, so a follower waits for it instead of parking everything.
 *
 * Snapshots pass through as they are: a decider whose state holds personal data must not keep
 * snapshots (today only plannings and files' numbers do, neither holding a guest's data).
 */
export class PersonalDataProtectingEventStore implements EventStore {
  constructor(
    readonly inner: EventStore,
    private readonly registry: PersonalDataRegistry,
    private readonly keyring: PersonalDataKeyring,
  ) {}

  async appendToStream(streamName: string, events: readonly EventToAppend[], options: { expectedRevision: ExpectedRevision }): Promise<AppendResult> {
    return this.inner.appendToStream(streamName, await this.seal(events), options);
  }

  async readStream(streamName: string, options?: { fromRevision?: number }): Promise<RecordedEvent[]> {
    return this.open(await this.inner.readStream(streamName, options));
  }

  async loadStream(streamName: string, snapshotVersion: number): Promise<{ snapshot: StreamSnapshot | null; events: RecordedEvent[] }> {
    const { snapshot, events } = await this.inner.loadStream(streamName, snapshotVersion);
    return { snapshot, events: await this.open(events) };
  }

  saveSnapshot(streamName: string, snapshot: StreamSnapshot): Promise<void> {
    return this.inner.saveSnapshot(streamName, snapshot);
  }

  async readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.open(await this.inner.readAll(options));
  }

  subscribeToAll(options: SubscribeOptions): Subscription {
    // What fails while opening a batch fails the batch: the subscription ends through onError.
    return this.inner.subscribeToAll({ ...options, onBatch: async (events) => options.onBatch(await this.open(events)) });
  }

  headPosition(): Promise<Position | null> {
    return this.inner.headPosition();
  }

  lagAfter(position: Position, limit: number): Promise<Lag> {
    return this.inner.lagAfter(position, limit);
  }

  ping(): Promise<void> {
    return this.inner.ping();
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  /** The events with their personal fields sealed; the same array when none has any. */
  private async seal(events: readonly EventToAppend[]): Promise<readonly EventToAppend[]> {
    if (this.registry.empty) return events;
    const subjects = events.map((e) => {
      const registered = this.registry.policyOf(e.type);
      // Nothing personal in it (every field null): no key is asked for, so an erased subject's file still takes a payment.
      if (!registered || !registered.fields.some(({ field, segments }) => valuesAt(e.data, field, segments).some(({ value }) => value !== null && !isEnvelope(value)))) return null;
      const subject = registered.policy.subjectOf(e.data as Readonly<Record<string, unknown>>, e.type);
      return subject ? { registered, subject } : null;
    });
    if (subjects.every((s) => s === null)) return events;
    const keys = await this.keysFor(subjects.filter((s) => s !== null).map((s) => s.subject));
    return events.map((e, i) => {
      const protection = subjects[i];
      if (!protection) return e;
      const { subjectId, ownerId } = protection.subject;
      const key = keys.get(keyName(subjectId, ownerId));
      if (key === undefined) throw new Error(`No personal data key was made for ${subjectId}`);
      // The id is chosen here, where the store would have, because each sealed value is bound to it.
      const eventId = e.id ?? randomUUID();
      const { policy, fields } = protection.registered;
      let data = e.data;
      for (const { field, segments } of fields) {
        data = replaceAt(
          data,
          field,
          (value, path) => {
            if (value === null || isEnvelope(value)) return value;
            // The subject was erased: the fact is recorded (a refund, say), without them.
            return key === null ? policy.erased(field, e.type) : sealField(key, { eventId, subject: subjectId, type: e.type, path }, value);
          },
          segments,
        );
      }
      return { ...e, id: eventId, data };
    });
  }

  /** Each subject's key; null for one erased. */
  private async keysFor(subjects: readonly DataSubject[]): Promise<Map<string, Buffer | null>> {
    const distinct = new Map(subjects.map((s) => [keyName(s.subjectId, s.ownerId), s]));
    const keyOf = async (s: DataSubject): Promise<Buffer | null> => {
      try {
        return await this.keyring.keyFor(s.subjectId, s.ownerId);
      } catch (error) {
        if (error instanceof PersonalDataErased) return null;
        throw error;
      }
    };
    const keys = await Promise.all([...distinct].map(async ([name, s]) => [name, await keyOf(s)] as const));
    return new Map(keys);
  }

  /** The events with their personal fields opened or erased; the same array when none has any. */
  private open(events: RecordedEvent[]): Promise<RecordedEvent[]>;
  private open(events: readonly RecordedEvent[]): Promise<readonly RecordedEvent[]>;
  private async open(events: readonly RecordedEvent[]): Promise<readonly RecordedEvent[]> {
    if (this.registry.empty) return events;
    const sealed: { index: number; registered: RegisteredPolicy }[] = [];
    const subjects = new Set<string>();
    events.forEach((e, index) => {
      const registered = this.registry.policyOf(e.type);
      if (!registered) return;
      let found = false;
      for (const { field, segments } of registered.fields) {
        for (const { value } of valuesAt(e.data, field, segments)) {
          if (!isEnvelope(value)) continue;
          found = true;
          const contents = contentsOf(value);
          if (contents) subjects.add(contents.subject);
        }
      }
      if (found) sealed.push({ index, registered });
    });
    if (sealed.length === 0) return events;
    const keys = await this.keyring.keysOf([...subjects]);
    const opened = [...events];
    for (const { index, registered } of sealed) {
      const recorded = events[index];
      try {
        opened[index] = { ...recorded, data: openEvent(recorded, registered, keys) };
      } catch (error) {
        opened[index] = unreadable(recorded, error instanceof Error ? error : new Error(String(error)));
      }
    }
    return opened;
  }
}

const keyName = (subjectId: string, ownerId: string): string => JSON.stringify([subjectId, ownerId]);

function openEvent(recorded: RecordedEvent, { policy, fields }: RegisteredPolicy, keys: ReadonlyMap<string, SubjectKey>): Record<string, unknown> {
  const { id: eventId, type, schemaVersion } = recorded;
  let data = recorded.data;
  for (const { field, segments } of fields) {
    data = replaceAt(
      data,
      field,
      (value, path) => {
        if (!isEnvelope(value)) return value;
        const contents = contentsOf(value);
        if (!contents) throw new PersonalDataUnreadable(type, schemaVersion, path, 'is not an envelope this code can read');
        const { subject } = contents;
        const key = keys.get(subject);
        if (!key) throw new PersonalDataUnreadable(type, schemaVersion, path, `has no key for its subject ${subject} in this keyring`);
        if (key.state === 'ERASED') return policy.erased(field, type);
        if (key.state === 'UNREADABLE') throw new PersonalDataUnreadable(type, schemaVersion, path, `cannot be read: ${key.reason}`);
        return openField(key.key, { eventId, subject, type, path }, contents, schemaVersion);
      },
      segments,
    );
  }
  return data;
}

/**
 * The event, whose `data` throws why it cannot be read: every reader decodes `data` in one place,
 * where an unreadable event is already handled (a follower parks it, a command fails), and the
 * rest of the batch reads as usual.
 */
function unreadable(recorded: RecordedEvent, error: Error): RecordedEvent {
  const { id, streamName, revision, position, type, schemaVersion, metadata, recordedAt } = recorded;
  const event = { id, streamName, revision, position, type, schemaVersion, metadata, recordedAt };
  return Object.defineProperty(event, 'data', {
    enumerable: true,
    get: () => {
      throw error;
    },
  }) as RecordedEvent;
}
