import {
  ANY,
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  NO_STREAM,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError,
  excludeSystemEvents,
  jsonEvent,
  type AllStreamResolvedEvent,
  type AppendExpectedRevision,
  type ReadPosition,
  type RecordedEvent as EsdbRecordedEvent,
} from '@eventstore/db-client';
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
import type { EventMetadata } from '../../shared/kernel/message';
import { comparePositions, type Position } from '../position';
import { WrongExpectedRevision } from '../wrong-expected-revision.error';

const BATCH_SIZE = 100;
const HEAD_PAGE_SIZE = 50;
const HEAD_PAGES = 10;
const IDLE = Symbol('idle');

/**
 * Each stream's snapshot is the one event of `snapshot-<stream>` kept by `$maxCount: 1`. Those
 * streams are a cache, not domain events: readers of $all never see them.
 */
const SNAPSHOT_PREFIX = 'snapshot-';
const SNAPSHOT_TYPE = 'StreamSnapshot';

export class EventStoreDbEventStore implements EventStore {
  private readonly client: EventStoreDBClient;

  constructor(connectionString: string) {
    this.client = EventStoreDBClient.connectionString(connectionString);
  }

  async appendToStream(
    streamName: string,
    events: readonly EventToAppend[],
    { expectedRevision }: { expectedRevision: ExpectedRevision },
  ): Promise<AppendResult> {
    if (events.length === 0) throw new Error('appendToStream needs at least one event');
    const proposed = events.map((e) =>
      // Spreading turns our `object` into a plain literal type the client's JSON event accepts.
      // EventStoreDB has no column for the payload's version: it travels in the metadata.
      jsonEvent({ id: e.id, type: e.type, data: { ...e.data }, metadata: { ...e.metadata, schemaVersion: e.schemaVersion } }),
    );
    try {
      const result = await this.client.appendToStream(streamName, proposed, { expectedRevision: toEsdbRevision(expectedRevision) });
      // The protocol lets the server answer without a position, but a caller waiting on read models needs it.
      if (!result.position) throw new Error(`EventStoreDB returned no position for the append to ${streamName}`);
      return { nextExpectedRevision: Number(result.nextExpectedRevision), position: result.position };
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) {
        // The client reports a missing stream as the string 'no_stream', any other revision as a bigint.
        const actual = error.actualVersion === NO_STREAM ? 'no_stream' : Number(error.actualVersion);
        throw new WrongExpectedRevision(streamName, expectedRevision, actual);
      }
      throw error;
    }
  }

  async readStream(streamName: string, { fromRevision = 0 }: { fromRevision?: number } = {}): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    try {
      for await (const resolved of this.client.readStream(streamName, { direction: FORWARDS, fromRevision: fromRevision === 0 ? START : BigInt(fromRevision) })) {
        if (resolved.event) events.push(toRecorded(resolved.event));
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return events;
  }

  async loadStream(streamName: string, snapshotVersion: number): Promise<{ snapshot: StreamSnapshot | null; events: RecordedEvent[] }> {
    const snapshot = await this.readSnapshot(streamName, snapshotVersion);
    return { snapshot, events: await this.readStream(streamName, { fromRevision: snapshot ? snapshot.revision + 1 : 0 }) };
  }

  private async readSnapshot(streamName: string, version: number): Promise<StreamSnapshot | null> {
    try {
      for await (const { event } of this.client.readStream(SNAPSHOT_PREFIX + streamName, { direction: BACKWARDS, fromRevision: END, maxCount: 1 })) {
        const data = event?.data as { revision?: unknown; commit?: unknown; prepare?: unknown; version?: unknown; state?: unknown } | undefined;
        if (typeof data?.revision === 'number' && typeof data.commit === 'string' && typeof data.prepare === 'string' && data.version === version) {
          return { revision: data.revision, position: { commit: BigInt(data.commit), prepare: BigInt(data.prepare) }, version, state: data.state };
        }
      }
    } catch (error) {
      if (!(error instanceof StreamNotFoundError)) throw error;
    }
    return null;
  }

  async saveSnapshot(streamName: string, snapshot: StreamSnapshot): Promise<void> {
    const stream = SNAPSHOT_PREFIX + streamName;
    const { revision, position, version, state } = snapshot;
    const data = { revision, commit: position.commit.toString(), prepare: position.prepare.toString(), version, state: state as never };
    const result = await this.client.appendToStream(stream, jsonEvent({ type: SNAPSHOT_TYPE, data }), { expectedRevision: ANY });
    // The first snapshot also tells the server to keep only the newest one.
    if (result.nextExpectedRevision === 0n) await this.client.setStreamMetadata(stream, { maxCount: 1 });
  }

  /**
   * Pages until `maxCount` events of ours are found or $all runs out: a page made only of system
   * events must not look like the end of the store to a caller paging with `after`.
   */
  async readAll({ after, maxCount = 1000 }: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const found: RecordedEvent[] = [];
    let cursor = after && !isStart(after) ? after : undefined;
    while (found.length < maxCount) {
      // fromPosition is inclusive: ask for one more and drop the event sitting on the cursor.
      const requested = cursor ? maxCount - found.length + 1 : maxCount - found.length;
      let received = 0;
      let last: Position | undefined;
      for await (const { event } of this.client.readAll({ fromPosition: cursor ?? START, maxCount: requested, direction: FORWARDS })) {
        received += 1;
        if (!event?.position) continue;
        last = event.position;
        if (cursor && comparePositions(event.position, cursor) === 0) continue;
        if (!isSystemEvent(event.type) && !isSnapshot(event.streamId)) found.push(toRecorded(event));
      }
      if (received < requested || !last) break;
      cursor = last;
    }
    return found.slice(0, maxCount);
  }

  subscribeToAll({ after, onBatch, onError }: SubscribeOptions): Subscription {
    const from = after && !isStart(after) ? after : undefined;
    // The server filters system events out, which also keeps idle $all traffic off the wire.
    const subscription = this.client.subscribeToAll({ fromPosition: from ?? START, filter: excludeSystemEvents() });
    let stopRequested = false;
    let caughtUp = false;
    // Sent by servers from 23.10 only; older ones are flushed by the idle tick below.
    subscription.on('caughtUp', () => (caughtUp = true));
    // Failures reach the loop through the iterator; this keeps an error emitted after it ended from crashing the process.
    subscription.on('error', () => undefined);

    const loop = async () => {
      const events = subscription[Symbol.asyncIterator]();
      const buffer: RecordedEvent[] = [];
      let pending: Promise<IteratorResult<AllStreamResolvedEvent>> | null = null;
      try {
        while (!stopRequested) {
          if (!pending) {
            pending = events.next();
            // Left pending when the loop ends; its rejection then belongs to no one.
            pending.catch(() => undefined);
          }
          const next = buffer.length > 0 ? await Promise.race([pending, nextTick()]) : await pending;
          if (next !== IDLE) {
            pending = null;
            if (next.done) {
              if (!stopRequested) throw new Error('EventStoreDB ended the subscription to $all');
              return;
            }
            const event = next.value.event;
            // Catch-up subscriptions start strictly after fromPosition; the check only guards that promise.
            const repeated = event?.position && from ? comparePositions(event.position, from) <= 0 : false;
            if (event?.position && !repeated && !isSystemEvent(event.type) && !isSnapshot(event.streamId)) buffer.push(toRecorded(event));
            // Events received before the caught-up signal may still wait in the stream's buffer.
            const drainedAfterCatchUp = caughtUp && subscription.readableLength === 0;
            if (buffer.length < BATCH_SIZE && !drainedAfterCatchUp) continue;
          }
          caughtUp = false;
          if (buffer.length > 0 && !stopRequested) await onBatch(buffer.splice(0));
        }
      } catch (error) {
        if (stopRequested) return;
        stopRequested = true;
        await subscription.unsubscribe().catch(() => undefined);
        subscription.destroy();
        onError?.(error);
      }
    };
    const running = loop();
    return {
      stop: async () => {
        stopRequested = true;
        await subscription.unsubscribe().catch(() => undefined);
        // Unsubscribing ends the stream through gRPC; destroying it also frees an iterator left waiting.
        subscription.destroy();
        await running;
      },
    };
  }

  /**
   * The newest event of ours, read backwards past any system events. Each page starts again from
   * the last position seen, and anything not strictly older is skipped, whichever way the server
   * treats that starting position.
   */
  async headPosition(): Promise<Position | null> {
    let from: ReadPosition = END;
    for (let page = 0; page < HEAD_PAGES; page++) {
      let received = 0;
      let oldest: Position | undefined;
      for await (const { event } of this.client.readAll({ fromPosition: from, maxCount: HEAD_PAGE_SIZE, direction: BACKWARDS })) {
        received += 1;
        if (!event?.position) continue;
        if (from !== END && comparePositions(event.position, from) >= 0) continue;
        if (!isSystemEvent(event.type) && !isSnapshot(event.streamId)) return event.position;
        oldest = event.position;
      }
      if (received < HEAD_PAGE_SIZE || !oldest) return null;
      from = oldest;
    }
    return null;
  }

  async lagAfter(position: Position, limit: number): Promise<Lag> {
    const behind = await this.readAll({ after: position, maxCount: limit });
    return { events: behind.length, oldestRecordedAt: behind[0]?.recordedAt ?? null };
  }

  async ping(): Promise<void> {
    await this.client.readAll({ fromPosition: END, maxCount: 1, direction: BACKWARDS }).toArray();
  }

  close(): Promise<void> {
    return this.client.dispose();
  }
}

function toEsdbRevision(expected: ExpectedRevision): AppendExpectedRevision {
  if (expected === 'any') return ANY;
  if (expected === 'no_stream') return NO_STREAM;
  return BigInt(expected);
}

/** Our START is (-1, -1), which EventStoreDB reads as its END: it must never reach the server. */
function isStart(position: Position): boolean {
  return position.commit < 0n || position.prepare < 0n;
}

const isSnapshot = (streamId: string): boolean => streamId.startsWith(SNAPSHOT_PREFIX);

/** `$`-prefixed types are the server's own records ($metadata, $>, $statsCollected…), never ours. */
function isSystemEvent(type: string): boolean {
  return type.startsWith('$');
}

function nextTick(): Promise<typeof IDLE> {
  return new Promise((resolve) => setImmediate(() => resolve(IDLE)));
}

function toRecorded(event: EsdbRecordedEvent): RecordedEvent {
  // Stream reads carry positions only from server 22.6 on; a read model cannot work without them.
  if (!event.position) throw new Error(`EventStoreDB returned no position for event ${event.id}: server 22.6 or later is required`);
  if (!event.isJson || typeof event.data !== 'object' || event.data === null || Array.isArray(event.data)) {
    throw new Error(`Event ${event.id} in ${event.streamId} is not a JSON object`);
  }
  const envelope: unknown = event.metadata;
  if (!isEnvelope(envelope)) throw new Error(`Event ${event.id} in ${event.streamId} has no metadata envelope`);
  const { occurredAt, actor, correlationId, causationId, schemaVersion } = envelope;
  const metadata: EventMetadata = { occurredAt, actor, correlationId, causationId };
  return {
    id: event.id,
    streamName: event.streamId,
    // Revisions and positions are bigints in the client; revisions stay far below 2^53.
    revision: Number(event.revision),
    position: event.position,
    type: event.type,
    // Events appended before versions were recorded are version 1.
    schemaVersion: typeof schemaVersion === 'number' ? schemaVersion : 1,
    data: event.data,
    metadata,
    // The client already turns the server's .NET ticks into a Date.
    recordedAt: event.created,
  };
}

/** Every event we append carries our envelope; checking its keys keeps a foreign event from passing as ours. */
function isEnvelope(value: unknown): value is EventMetadata & { schemaVersion?: unknown } {
  return typeof value === 'object' && value !== null && 'occurredAt' in value && 'actor' in value && 'correlationId' in value;
}
