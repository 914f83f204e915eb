import { randomUUID } from 'node:crypto';
import { fold, type Decider } from '../shared/kernel/decider';
import type { Actor, Command, Event, EventMetadata } from '../shared/kernel/message';
import type { AppendResult, EventStore, RecordedEvent } from './event-store.port';
import type { Position } from './position';
import { WrongExpectedRevision } from './wrong-expected-revision.error';

/** Who asks, when, and as part of which flow: becomes every resulting event's metadata. */
export interface CommandContext {
  readonly actor: Actor;
  readonly now: Date;
  readonly correlationId: string;
  readonly causationId?: string | null;
}

/** A stream's state as of its last event: what a decision is taken on. */
export interface StreamState<S> {
  readonly state: S;
  /** The revision of the stream's last event; null while the stream is empty. */
  readonly revision: number | null;
  /** That event's position; null while the stream is empty. */
  readonly position: Position | null;
  /** How many events were folded to get here, after the snapshot if there was one. */
  readonly folded?: number;
}

export interface CommandOutcome<E extends Event, S> extends StreamState<S> {
  readonly events: E[];
}

export interface HandleOptions<S> {
  /** Appends tried before giving the caller a CONFLICT, each on freshly read state. */
  readonly maxAttempts?: number;
  /** The stream as the caller already knows it: the first attempt decides on it without reading. */
  readonly known?: StreamState<S>;
  /**
   * For a command built from what the stream held at `known` (a change worked out from the file
   * as it was read): decided on that state only, and refused with WrongExpectedRevision if the
   * stream moved since, never decided again on state it was not built from.
   */
  readonly builtOnKnownState?: boolean;
}

export function newCorrelation(actor: Actor, now: Date): CommandContext {
  return { actor, now, correlationId: randomUUID(), causationId: null };
}

/** Commands of this process waiting for their turn on a stream, by store. */
const turns = new WeakMap<EventStore, Map<string, Promise<unknown>>>();

/**
 * Runs the commands of this process on one stream one after another. They would otherwise race
 * to append, and all but one read and decide again: on a stream every booking of an owner
 * writes to, that is most of the work. Writers in other instances still race, and the expected
 * revision still decides between them.
 */
function inTurn<T>(store: EventStore, streamName: string, work: () => Promise<T>): Promise<T> {
  const waiting = turns.get(store) ?? new Map<string, Promise<unknown>>();
  turns.set(store, waiting);
  const mine = (waiting.get(streamName) ?? Promise.resolve()).then(work, work);
  const done = mine.then(
    () => undefined,
    () => undefined,
  );
  waiting.set(streamName, done);
  void done.then(() => {
    if (waiting.get(streamName) === done) waiting.delete(streamName);
  });
  return mine;
}

/**
 * Read, fold, decide, append at the revision that was read. A concurrent writer makes the append
 * fail; deciding again on the fresh state is safe because deciders are pure, so retry a few
 * times before giving the caller a CONFLICT. Each retry waits a random moment, longer each time,
 * so that writers who clashed do not clash again in lockstep.
 */
export function handleCommand<C extends Command, E extends Event, S>(
  store: EventStore,
  streamName: string,
  decider: Decider<C, E, S>,
  command: C,
  context: CommandContext,
  options: HandleOptions<S> = {},
): Promise<CommandOutcome<E, S>> {
  return inTurn(store, streamName, async () => {
    const maxAttempts = options.builtOnKnownState ? 1 : (options.maxAttempts ?? 10);
    let known = options.known;
    for (let attempt = 1; ; attempt++) {
      const current = known ?? (await loadStream(store, streamName, decider));
      known = undefined;
      const events = decider.decide(command, current.state);
      if (events.length === 0) return { ...current, events };
      const metadata: EventMetadata = {
        occurredAt: context.now.toISOString(),
        actor: context.actor,
        correlationId: context.correlationId,
        causationId: context.causationId ?? null,
      };
      try {
        const result = await store.appendToStream(
          streamName,
          events.map((e) => ({ type: e.type, schemaVersion: decider.events.versionOf(e.type), data: e.data, metadata })),
          { expectedRevision: current.revision ?? 'no_stream' },
        );
        const state = fold(decider, events, current.state);
        await saveSnapshotWhenDue(store, streamName, decider, state, (current.folded ?? 0) + events.length, result);
        return { events, state, revision: result.nextExpectedRevision, position: result.position };
      } catch (error) {
        if (!(error instanceof WrongExpectedRevision) || attempt >= maxAttempts) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * attempt));
      }
    }
  });
}

/** The current state of one stream, for a use case that must look before it decides. */
export async function loadState<C extends Command, E extends Event, S>(store: EventStore, streamName: string, decider: Decider<C, E, S>): Promise<S> {
  return (await loadStream(store, streamName, decider)).state;
}

/**
 * The stream's state and last revision: from its snapshot and the events after it when the
 * decider keeps snapshots (a snapshot it cannot read is ignored), else from every event.
 */
export async function loadStream<C extends Command, E extends Event, S>(store: EventStore, streamName: string, decider: Decider<C, E, S>): Promise<StreamState<S>> {
  const snapshots = decider.snapshot;
  if (snapshots) {
    const { snapshot, events } = await store.loadStream(streamName, snapshots.version);
    const start = snapshot ? readSnapshot(snapshots, snapshot.state) : undefined;
    if (snapshot && start !== undefined) return stateOf(decider, events, start, snapshot);
    if (!snapshot) return stateOf(decider, events, decider.initialState());
  }
  return stateOf(decider, await store.readStream(streamName), decider.initialState());
}

/** The stream's events as its decider's own, each through the stream's codec. */
export function decodeAll<C extends Command, E extends Event, S>(decider: Decider<C, E, S>, recorded: readonly RecordedEvent[]): E[] {
  return recorded.map((r) => decider.events.decode(r));
}

function stateOf<C extends Command, E extends Event, S>(
  decider: Decider<C, E, S>,
  recorded: readonly RecordedEvent[],
  from: S,
  snapshot?: { revision: number; position: Position },
): StreamState<S> {
  const last = recorded[recorded.length - 1];
  return {
    state: fold(decider, decodeAll(decider, recorded), from),
    revision: last?.revision ?? snapshot?.revision ?? null,
    position: last?.position ?? snapshot?.position ?? null,
    folded: recorded.length,
  };
}

function readSnapshot<S>(contract: NonNullable<Decider<Command, Event, S>['snapshot']>, json: unknown): S | undefined {
  try {
    return contract.decode(json);
  } catch {
    return undefined;
  }
}

/**
 * A snapshot once `every` events lie past the last one: the next reader folds fewer. A failure
 * to save one costs the next reader a longer read, nothing more.
 */
async function saveSnapshotWhenDue<C extends Command, E extends Event, S>(
  store: EventStore,
  streamName: string,
  decider: Decider<C, E, S>,
  state: S,
  sinceSnapshot: number,
  appended: AppendResult,
): Promise<void> {
  const contract = decider.snapshot;
  if (!contract || sinceSnapshot < contract.every) return;
  const snapshot = { revision: appended.nextExpectedRevision, position: appended.position, version: contract.version, state: contract.encode(state) };
  await store.saveSnapshot(streamName, snapshot).catch(() => undefined);
}
