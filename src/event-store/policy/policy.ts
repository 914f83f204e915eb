import type { StoredEvent } from '../../shared/kernel/event-codec';
import type { Event } from '../../shared/kernel/message';
import type { DecodedEvent } from '../event-store.port';

/**
 * How one context reacts to events (shared/DESIGN.md): subscribed to the store with its own
 * checkpoint, it answers by sending commands to its own deciders. `react` must be idempotent, as
 * an event may be seen again after a crash. What it throws decides what happens next:
 * - a concurrency conflict or a lost connection: the reaction is tried again, with backoff;
 * - a DomainError (a rule refused it): recorded as a refusal, and the policy goes on;
 * - anything else, after a few tries: the event is parked for an operator, and the policy goes on.
 */
export interface Policy<E extends Event = Event> {
  readonly name: string;
  readonly handles: readonly E['type'][];
  decode(stored: StoredEvent): E;
  react(event: DecodedEvent<E>): Promise<void>;
}
