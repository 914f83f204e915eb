import { randomUUID } from 'node:crypto';
import { fold, type Decider } from '../shared/kernel/decider';
import type { Actor, Command, Event, EventMetadata } from '../shared/kernel/message';
import type { EventStore, RecordedEvent } from './event-store.port';
import type { Position } from './position';
import { WrongExpectedRevision } from './wrong-expected-revision.error';

/** Who asks, when, and as part of which flow: becomes every resulting event's metadata. */
export interface CommandContext {
  readonly actor: Actor;
  readonly now: Date;
  readonly correlationId: string;
  readonly causationId?: string | null;
}

export interface CommandOutcome<E extends Event, S> {
  readonly events: E[];
  readonly state: S;
  /**
   * What a read model must reach to show `state`: the new events' position, or, when the decider
   * had nothing to record (a repeat, or someone else did it first), the stream's last event's.
   * Null only for a stream that is still empty.
   */
  readonly position: Position | null;
}

export function newCorrelation(actor: Actor, now: Date): CommandContext {
  return { actor, now, correlationId: randomUUID(), causationId: null };
}

/**
 * Read, fold, decide, append at the revision that was read. A concurrent writer makes the append
 * fail; deciding again on the fresh state is always safe because deciders are pure, so retry a
 * few times before giving the caller a CONFLICT. Each retry waits a random moment, longer each
 * time, so that writers who clashed do not clash again in lockstep.
 */
export async function handleCommand<C extends Command, E extends Event, S>(
  store: EventStore,
  streamName: string,
  decider: Decider<C, E, S>,
  command: C,
  context: CommandContext,
  maxAttempts = 10,
): Promise<CommandOutcome<E, S>> {
  for (let attempt = 1; ; attempt++) {
    const recorded = await store.readStream(streamName);
    const state = fold(decider, asDomainEvents<E>(recorded));
    const events = decider.decide(command, state);
    if (events.length === 0) return { events, state, position: recorded.length === 0 ? null : recorded[recorded.length - 1].position };
    const metadata: EventMetadata = {
      occurredAt: context.now.toISOString(),
      actor: context.actor,
      correlationId: context.correlationId,
      causationId: context.causationId ?? null,
    };
    try {
      const result = await store.appendToStream(
        streamName,
        events.map((e) => ({ type: e.type, data: e.data, metadata })),
        { expectedRevision: recorded.length === 0 ? 'no_stream' : recorded[recorded.length - 1].revision },
      );
      return { events, state: events.reduce((s, e) => decider.evolve(s, e), state), position: result.position };
    } catch (error) {
      if (!(error instanceof WrongExpectedRevision) || attempt >= maxAttempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * attempt));
    }
  }
}

/** The current state of one stream, for a use case that must look before it decides. */
export async function loadState<C extends Command, E extends Event, S>(
  store: EventStore,
  streamName: string,
  decider: Decider<C, E, S>,
): Promise<S> {
  return fold(decider, asDomainEvents<E>(await store.readStream(streamName)));
}

/** A stream's events hold what its decider wrote: their stored `type` names the union member. */
function asDomainEvents<E extends Event>(recorded: readonly RecordedEvent[]): E[] {
  return recorded.map((r) => ({ type: r.type, data: r.data }) as unknown as E);
}
