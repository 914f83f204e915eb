import type { MikroORM } from '@mikro-orm/postgresql';
import { DomainError } from '../../shared/kernel/errors';
import { UnreadableEvent } from '../../shared/kernel/event-codec';
import { decoded, type RecordedEvent } from '../event-store.port';
import type { Position } from '../position';
import type { Policy } from '../policy/policy';
import { WrongExpectedRevision } from '../wrong-expected-revision.error';
import { advanceCheckpoint, CheckpointMoved, moveCheckpoints } from './checkpoints';
import { policyCheckpoint, type Delivery, type Follower } from './follower';
import { eventsAfter } from './projection-follower';
import { describeError, markResolved, park, type ParkedEvent, type ParkedKind } from './parked-events';
import { isTransient } from './transient-errors';

/** How a reaction ended when it did not simply go through. */
interface Setback {
  readonly kind: ParkedKind;
  readonly error: string;
  readonly attempts: number;
}

export interface PolicyRetries {
  /** Concurrency conflicts tried again before the event is parked: another writer keeps winning. */
  readonly conflicts: number;
  /** Other failures tried again before the event is parked. */
  readonly failures: number;
  /** Backoff before the n-th try: base × 2^n, capped, with jitter. */
  readonly baseMs: number;
}

const DEFAULT_RETRIES: PolicyRetries = { conflicts: 12, failures: 3, baseMs: 20 };

/**
 * Feeds one policy, one reaction at a time, each followed by its checkpoint, so a crash repeats at
 * most one (reactions are idempotent). A concurrency conflict is tried again with backoff; a
 * rule's refusal is recorded as such and the policy goes on; anything else is tried a few times,
 * then parked for an operator. Only the database being away stops it, until it comes back.
 */
export class PolicyFollower implements Follower {
  readonly name: string;
  readonly handles: ReadonlySet<string>;

  constructor(
    private readonly orm: MikroORM,
    private readonly policy: Policy,
    private readonly retries: PolicyRetries = DEFAULT_RETRIES,
  ) {
    this.name = policyCheckpoint(policy.name);
    this.handles = new Set(policy.handles);
  }

  async prepare(): Promise<void> {
    // Reactions do not build on each other: nothing waits behind a parked one.
  }

  async deliver(events: readonly RecordedEvent[], position: Position, stored: Position): Promise<Delivery> {
    const fresh = eventsAfter(events, position);
    if (fresh.length === 0) return { position, stored };
    let at = stored;
    for (const recorded of fresh) {
      if (!this.handles.has(recorded.type)) continue;
      const setback = await this.react(recorded);
      if (setback) {
        await this.orm.em.fork().transactional(async (tx) => {
          await park(tx, this.name, setback.kind, recorded, { error: setback.error, attempts: setback.attempts });
          await advanceCheckpoint(tx, this.name, at, recorded.position);
        });
      } else {
        const moved = await moveCheckpoints(this.orm.em.fork(), [{ name: this.name, from: at, to: recorded.position }]);
        if (moved.length !== 1) throw new CheckpointMoved(this.name);
      }
      at = recorded.position;
    }
    return { position: fresh[fresh.length - 1].position, stored: at };
  }

  async replay(parked: ParkedEvent, recorded: RecordedEvent): Promise<void> {
    const setback = await this.react(recorded);
    if (setback?.kind === 'FAILED') throw new Error(setback.error);
    await markResolved(this.orm.em.fork(), parked.id);
  }

  private async react(recorded: RecordedEvent): Promise<Setback | null> {
    let conflicts = 0;
    let failures = 0;
    for (;;) {
      try {
        await this.policy.react(decoded(recorded, this.policy.decode(recorded)));
        return null;
      } catch (error) {
        if (error instanceof UnreadableEvent) return { kind: 'FAILED', error: describeError(error), attempts: 1 };
        if (error instanceof WrongExpectedRevision) {
          conflicts += 1;
          if (conflicts > this.retries.conflicts) return { kind: 'FAILED', error: describeError(error), attempts: conflicts };
          await this.backoff(conflicts);
          continue;
        }
        if (isTransient(error)) throw error;
        if (error instanceof DomainError) return { kind: 'REFUSED', error: describeError(error), attempts: conflicts + failures + 1 };
        failures += 1;
        if (failures >= this.retries.failures) return { kind: 'FAILED', error: describeError(error), attempts: failures };
        await this.backoff(failures);
      }
    }
  }

  private backoff(attempt: number): Promise<void> {
    const ms = Math.min(5000, this.retries.baseMs * 2 ** attempt) * (0.5 + Math.random() / 2);
    return new Promise((resolve) => setTimeout(resolve, ms));
  }
}
