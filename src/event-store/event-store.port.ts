import type { EventMetadata } from '../shared/kernel/message';
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
  readonly data: object;
  readonly metadata: EventMetadata;
}

export interface RecordedEvent {
  readonly id: string;
  readonly streamName: string;
  readonly revision: number;
  readonly position: Position;
  readonly type: string;
  readonly data: Record<string, unknown>;
  readonly metadata: EventMetadata;
  readonly recordedAt: Date;
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

export interface EventStore {
  appendToStream(
    streamName: string,
    events: readonly EventToAppend[],
    options: { expectedRevision: ExpectedRevision },
  ): Promise<AppendResult>;
  /** All events of one stream in revision order; an empty list when the stream does not exist. */
  readStream(streamName: string): Promise<RecordedEvent[]>;
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  /** Catch-up from `after`, then live delivery, with no event skipped or repeated. */
  subscribeToAll(options: SubscribeOptions): Subscription;
  /** The position of the newest event, or null for an empty store. */
  headPosition(): Promise<Position | null>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export const EVENT_STORE = Symbol('EventStore');
