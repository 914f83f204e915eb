import type { EventCodec } from './event-codec';
import type { Command, Event } from './message';

/**
 * An aggregate as three pure functions, with the contract of the events its stream holds.
 * `decide` throws a DomainError when a rule refuses the command, and returns no events when the
 * command changes nothing (an idempotent repeat).
 */
export interface Decider<C extends Command, E extends Event, S> {
  decide(command: C, state: S): E[];
  evolve(state: S, event: E): S;
  /** The same as folding `evolve` over `events`, for a state too large to copy once per event. */
  evolveAll?(state: S, events: readonly E[]): S;
  initialState(): S;
  /** How the stream's stored events are read back, whatever version wrote them. */
  readonly events: EventCodec<E>;
  /** For a stream that grows without bound: its state saved now and then, so a command reads only what came after. */
  readonly snapshot?: SnapshotContract<S>;
}

/**
 * A state written as plain JSON every `every` events. `version` names the JSON's shape: a
 * snapshot of another version is ignored and the stream folded from its start, so a snapshot
 * needs no upcaster; it is a cache of the events, never a source of truth.
 */
export interface SnapshotContract<S> {
  readonly version: number;
  readonly every: number;
  encode(state: S): unknown;
  /** Throws on a shape it does not know; the stream is then folded from its start. */
  decode(json: unknown): S;
}

export function fold<C extends Command, E extends Event, S>(decider: Decider<C, E, S>, events: readonly E[], from: S = decider.initialState()): S {
  return decider.evolveAll ? decider.evolveAll(from, events) : events.reduce((state, e) => decider.evolve(state, e), from);
}
