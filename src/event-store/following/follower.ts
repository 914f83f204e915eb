import type { RecordedEvent } from '../event-store.port';
import type { Position } from '../position';
import type { ParkedEvent } from './parked-events';

/** What a delivery did: where the follower now stands, and where its checkpoint row stands. */
export interface Delivery {
  readonly position: Position;
  /**
   * Behind `position` when the last events of the batch did not concern it: its checkpoint is
   * moved on a moment later, with others', in one statement.
   */
  readonly stored: Position;
}

/**
 * What the runner feeds from the store: a projection's rows or a policy's reactions. A follower
 * never stops on an event it cannot apply: it parks it and goes on. It throws only for what will
 * pass (the database away, its checkpoint moved by a rebuild), and the runner then tries again.
 */
export interface Follower {
  /** Names its checkpoint, its lock and its parked events. */
  readonly name: string;
  readonly handles: ReadonlySet<string>;
  /** Reads what it needs before its first delivery (the rows blocked behind parked events). */
  prepare(): Promise<void>;
  /**
   * Applies the events of the batch that come after `position`. Its checkpoint row still says
   * `stored` (it moved without writing): that is what a write of the checkpoint replaces.
   */
  deliver(events: readonly RecordedEvent[], position: Position, stored: Position): Promise<Delivery>;
  /** Applies a parked event again, after a fix, and marks it resolved; throws if it still fails. */
  replay(parked: ParkedEvent, event: RecordedEvent): Promise<void>;
}

/** Policies and projections share the checkpoints table; a prefix keeps their names apart. */
export const policyCheckpoint = (name: string): string => `policy:${name}`;
