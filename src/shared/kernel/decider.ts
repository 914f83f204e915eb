import type { Command, Event } from './message';

/**
 * An aggregate as three pure functions. `decide` throws a DomainError when a rule refuses the
 * command, and returns no events when the command changes nothing (an idempotent repeat).
 */
export interface Decider<C extends Command, E extends Event, S> {
  decide(command: C, state: S): E[];
  evolve(state: S, event: E): S;
  initialState(): S;
}

export function fold<C extends Command, E extends Event, S>(decider: Decider<C, E, S>, events: readonly E[]): S {
  return events.reduce((state, e) => decider.evolve(state, e), decider.initialState());
}
