import type { Event, EventMetadata } from '../shared/kernel/message';
import type { Position } from './position';

/**
 * What a writer expects the stream to be before its append: anything, absent, or ending at an
 * exact revision (the revision of its last event; the first event of a stream is revision 0).
 */
export type ExpectedRevision = 'any' | 'no_stream' | number;

export interface EventToAppend {
  /** Optional so a retried append can reuse its ids; the store assigns a UUID otherwise. */
  readonly id?: string;
  readonly type: string;
  /** The version of the payload's shape, from the event's contract (see shared/kernel/event-codec.ts). */
  readonly schemaVersion: number;
  readonly data: object;
  readonly metadata: EventMetadata;
}

export interface RecordedEvent {
  readonly id: string;
  readonly streamName: string;
  readonly revision: number;
  readonly position: Position;
  readonly type: string;
  /** 1 for every event stored before versions were recorded. */
  readonly schemaVersion: number;
  readonly data: Record<string, unknown>;
  readonly metadata: EventMetadata;
  readonly recordedAt: Date;
}

/** Where and when an event was recorded, without its raw payload. */
export type RecordedEnvelope = Omit<RecordedEvent, 'type' | 'data' | 'schemaVersion'>;

/** A stored event once its stream's codec has read it: typed payload, current version. */
export type DecodedEvent<E extends Event = Event> = E & RecordedEnvelope;

export function decoded<E extends Event>(recorded: RecordedEvent, event: E): DecodedEvent<E> {
  const { id, streamName, revision, position, metadata, recordedAt } = recorded;
  return { ...event, id, streamName, revision, position, metadata, recordedAt };
}

export interface AppendResult {
  /** The revision of the last event written: pass it as the next expected revision. */
  readonly nextExpectedRevision: number;
  /** Global position of the last event written: what a read model must reach to show it. */
  readonly position: Position;
}

export interface ReadAllOptions {
  /** Exclusive: events strictly after this position. Omitted means from the very beginning. */
  readonly after?: Position;
  readonly maxCount?: number;
}

export interface SubscribeOptions {
  readonly after?: Position;
  /** Called with events in global order; the next batch waits until the promise settles. */
  readonly onBatch: (events: readonly RecordedEvent[]) => Promise<void>;
  /** Called once when the handler throws or the store fails; the subscription is then over. */
  readonly onError?: (error: unknown) => void;
}

export interface Subscription {
  stop(): Promise<void>;
}

/** A stream's folded state as JSON at `revision`, in the shape named by `version`. */
export interface StreamSnapshot {
  readonly revision: number;
  /** The position of the event at `revision`. */
  readonly position: Position;
  readonly version: number;
  readonly state: unknown;
}

/** How far a reader at some position is behind the newest event. */
export interface Lag {
  /** Events after the position, counted up to the limit asked for. */
  readonly events: number;
  /** When the oldest of them was recorded; null when there are none. */
  readonly oldestRecordedAt: Date | null;
}

export interface EventStore {
  appendToStream(
    streamName: string,
    events: readonly EventToAppend[],
    options: { expectedRevision: ExpectedRevision },
  ): Promise<AppendResult>;
  /** The stream's events in revision order, all or from a revision on; empty when it does not exist. */
  readStream(streamName: string, options?: { fromRevision?: number }): Promise<RecordedEvent[]>;
  /**
   * The stream's newest snapshot of that version (if any) and every event after it: what a
   * command needs to decide, in one read where the store allows it.
   */
  loadStream(streamName: string, snapshotVersion: number): Promise<{ snapshot: StreamSnapshot | null; events: RecordedEvent[] }>;
  /** Keeps the newer of this snapshot and the one already kept. */
  saveSnapshot(streamName: string, snapshot: StreamSnapshot): Promise<void>;
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  /** Catch-up from `after`, then live delivery, with no event skipped or repeated. */
  subscribeToAll(options: SubscribeOptions): Subscription;
  /** The position of the newest event, or null for an empty store. */
  headPosition(): Promise<Position | null>;
  lagAfter(position: Position, limit: number): Promise<Lag>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export const EVENT_STORE = Symbol('EventStore');
