import type { RecordedEvent } from '../event-store.port';

/**
 * How one context reacts to another's events (shared/DESIGN.md): subscribed to the store with
 * its own checkpoint, it answers by sending commands to its own deciders. `react` must be
 * idempotent, as an event may be seen again after a crash, and should settle what it can't do
 * (a file deleted meanwhile) rather than throw, or the policy retries that event forever.
 */
export interface Policy {
  readonly name: string;
  readonly handles: readonly string[];
  react(event: RecordedEvent): Promise<void>;
}

export const POLICIES = Symbol('Policies');
