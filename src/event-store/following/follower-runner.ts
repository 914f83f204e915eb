import { Logger } from '@nestjs/common';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { EventStore, RecordedEvent, Subscription } from '../event-store.port';
import { comparePositions, type Position } from '../position';
import { ensureCheckpoints, moveCheckpoints, readCheckpoints, recordFollowerError } from './checkpoints';
import type { Follower } from './follower';
import { FollowerLocks } from './follower-locks';
import type { Projection } from '../projection/projection';
import { resetProjection } from '../projection/rebuild';
import { Mutex } from './mutex';
import { describeError, markFailedAgain, replayRequests } from './parked-events';

export interface FollowerRunnerOptions {
  /** How often an instance that does not hold a follower's lock asks for it again. */
  readonly lockRetryMs?: number;
  /** How often the runner looks for checkpoints reset by a rebuild and for replays asked for. */
  readonly controlMs?: number;
  /** How long after a batch the checkpoints of followers it did not concern are written. */
  readonly flushMs?: number;
  /**
   * How many events a follower may have waiting before the feed waits for it: a slow one (a
   * policy rendering a PDF, calling a payment provider) falls behind the others by up to this
   * much, instead of holding them; past it, the feed keeps memory bounded by waiting.
   */
  readonly laneLimit?: number;
}

type Listener = (name: string, position: Position) => void;

/** One follower as this instance runs it. */
interface Slot {
  readonly follower: Follower;
  /** This instance holds its lock and feeds it. */
  active: boolean;
  /** What it has applied, in memory. */
  position: Position;
  /** What its checkpoint row says. */
  stored: Position;
  /** What it will have applied once its lane is empty. */
  queued: Position;
  /** Events handed to its lane and not yet applied. */
  pending: number;
  /** Moves on when the slot is reset (failure, rebuild, lost lock): what its lane still held is dropped. */
  generation: number;
  /** Consecutive failures, for the wait before the feed starts again from it. */
  failures: number;
  /** Its deliveries, checkpoint reloads, flushes and replays, one at a time and in order. */
  readonly lane: Mutex;
  /** A task is in its lane or running. */
  busy: number;
}

/** Ends a batch that left a follower behind the feed: the feed starts again from the slowest. */
class FeedRestart extends Error {
  constructor() {
    super('a follower is behind');
  }
}

const NOWHERE: Position = { commit: -1n, prepare: -1n };

/**
 * Feeds every projection and policy this instance holds the lock of from one reader of the
 * store: one subscription, from the slowest follower's position. Each batch goes into every
 * follower's own lane, where it is applied in order; the feed goes on without waiting, so a slow
 * follower (a policy rendering a PDF or calling a payment provider) never holds the projections
 * a guest's page waits for, until it is `laneLimit` events behind. A follower writes its
 * checkpoint with what it applied; one that a batch did not concern has its checkpoint moved a
 * moment later, together with the others', in one statement. When a follower falls behind the
 * feed (it just joined, failed, or a rebuild reset it), the feed starts again from it and the
 * others skip what they have.
 */
export class FollowerRunner {
  private readonly logger = new Logger('Followers');
  private readonly slots = new Map<string, Slot>();
  private readonly listeners = new Set<Listener>();
  private readonly mutex = new Mutex();
  private locks: FollowerLocks | null = null;
  private subscription: Subscription | null = null;
  /** Where the feed stands: the position after the last batch handed out. */
  private feed: Position | null = null;
  private resubscribing: Promise<void> = Promise.resolve();
  /** The wait of a restart asked for and not begun: asking again adds none, the longest wait wins. */
  private restartAsked: number | null = null;
  private failures = 0;
  /** Wakes a feed waiting for room in the lanes. */
  private readonly laneMoved = new Set<() => void>();
  private controlTimer: NodeJS.Timeout | undefined;
  private flushTimer: NodeJS.Timeout | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private stopped = true;
  private wakePause: (() => void) | null = null;

  constructor(
    private readonly orm: MikroORM,
    private readonly store: EventStore,
    private readonly databaseUrl: string,
    private readonly followers: () => readonly Follower[],
    private readonly options: FollowerRunnerOptions = {},
  ) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.slots.clear();
    for (const follower of this.followers()) {
      this.slots.set(follower.name, { follower, active: false, position: NOWHERE, stored: NOWHERE, queued: NOWHERE, pending: 0, generation: 0, failures: 0, lane: new Mutex(), busy: 0 });
    }
    if (this.slots.size === 0) return;
    this.locks = new FollowerLocks(this.databaseUrl, [...this.slots.keys()], this.options.lockRetryMs ?? 1000, {
      won: (names) => this.activate(names),
      lost: () => this.deactivateAll(),
    });
    this.locks.start();
    this.controlTimer = setInterval(() => void this.control(), this.options.controlMs ?? 5000);
    this.controlTimer.unref();
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.wakePause?.();
    clearInterval(this.controlTimer);
    clearTimeout(this.flushTimer);
    clearTimeout(this.retryTimer);
    this.wakeFeed();
    await this.resubscribing;
    await this.subscription?.stop();
    this.subscription = null;
    // What the lanes still hold is dropped; what they are applying ends first.
    for (const slot of this.slots.values()) this.drop(slot);
    await Promise.all([...this.slots.values()].map((slot) => slot.lane.run(() => Promise.resolve())));
    await this.mutex.run(() => this.flush()).catch(() => undefined);
    await this.locks?.stop();
    this.locks = null;
  }

  /** Every follower's name, whether this instance runs it or another does. */
  names(): string[] {
    return this.followers().map((f) => f.name);
  }

  /** Lets a waiter in this process learn at once that a follower moved. */
  onAdvance(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Where a follower this instance runs stands, in memory; null when another instance runs it. */
  positionOf(name: string): Position | null {
    const slot = this.slots.get(name);
    return slot?.active ? slot.position : null;
  }

  /**
   * Empties the projections' read models and replays them from the first event: here at once if
   * this instance runs them, else by the instance that does, which notices within moments.
   */
  async rebuild(projections: readonly Projection[]): Promise<void> {
    for (const projection of projections) await resetProjection(this.orm.em, projection);
    const reset = await this.mutex.run(async () => {
      let moved = false;
      for (const projection of projections) {
        const slot = this.slots.get(projection.name);
        if (slot?.active) moved = (await this.inLane(slot, () => this.reload(slot))) || moved;
      }
      return moved;
    });
    if (reset) this.resubscribe();
  }

  private async activate(names: readonly string[]): Promise<void> {
    await this.mutex.run(async () => {
      const em = this.orm.em.fork();
      await ensureCheckpoints(em, names);
      const stored = await readCheckpoints(em, names);
      for (const name of names) {
        const slot = this.slots.get(name);
        const position = stored.get(name);
        if (!slot || !position) continue;
        await this.inLane(slot, async () => {
          await slot.follower.prepare();
          this.drop(slot);
          Object.assign(slot, { active: true, position, stored: position, queued: position, failures: 0 });
        });
      }
    });
    this.resubscribe();
  }

  private deactivateAll(): void {
    for (const slot of this.slots.values()) {
      slot.active = false;
      this.drop(slot);
    }
    this.resubscribe();
  }

  /** Starts the feed again from the slowest active follower; queued, so two restarts never overlap. */
  private resubscribe(delayMs = 0): void {
    if (this.restartAsked !== null) {
      this.restartAsked = Math.max(this.restartAsked, delayMs);
      return;
    }
    this.restartAsked = delayMs;
    this.resubscribing = this.resubscribing.then(async () => {
      const delay = this.restartAsked ?? 0;
      this.restartAsked = null;
      await this.subscription?.stop();
      this.subscription = null;
      if (delay > 0) await this.pause(delay);
      if (this.stopped) return;
      const active = [...this.slots.values()].filter((s) => s.active);
      if (active.length === 0) return;
      const from = active.map((s) => s.queued).reduce((a, b) => (comparePositions(a, b) <= 0 ? a : b));
      this.feed = from;
      this.subscription = this.store.subscribeToAll({
        after: from,
        onBatch: async (events) => {
          await this.mutex.run(() => this.deliver(events));
          await this.roomInLanes();
        },
        onError: (error) => {
          if (error instanceof FeedRestart) {
            this.resubscribe();
            return;
          }
          this.logger.warn(`The feed stopped on ${describeError(error)}; starting it again`);
          this.failures += 1;
          this.resubscribe(Math.min(5000, 50 * 2 ** this.failures));
        },
      });
    });
  }

  /** Hands a batch to the lane of every active follower; those behind the feed wait for it to restart. */
  private deliver(events: readonly RecordedEvent[]): Promise<void> {
    if (this.stopped || events.length === 0) return Promise.resolve();
    const before = this.feed;
    const active = [...this.slots.values()].filter((s) => s.active);
    const attached = active.filter((s) => before !== null && comparePositions(s.queued, before) >= 0);
    for (const slot of attached) this.enqueue(slot, events);
    this.feed = events[events.length - 1].position;
    this.failures = 0;
    return attached.length < active.length ? Promise.reject(new FeedRestart()) : Promise.resolve();
  }

  /** Waits while a follower's lane holds more than the limit: memory stays bounded, the order kept. */
  private async roomInLanes(): Promise<void> {
    const limit = this.options.laneLimit ?? 2000;
    const full = () => !this.stopped && [...this.slots.values()].some((s) => s.active && s.pending > limit);
    while (full()) await new Promise<void>((resolve) => this.laneMoved.add(resolve));
  }

  private wakeFeed(): void {
    for (const wake of this.laneMoved) wake();
    this.laneMoved.clear();
  }

  /** Runs a task in a follower's lane, after what it holds. */
  private async inLane<T>(slot: Slot, task: () => Promise<T>): Promise<T> {
    slot.busy += 1;
    try {
      return await slot.lane.run(task);
    } finally {
      slot.busy -= 1;
    }
  }

  /** Forgets what a follower's lane holds and has not started: it will be fed again from its position. */
  private drop(slot: Slot): void {
    slot.generation += 1;
    slot.pending = 0;
    slot.queued = slot.position;
    this.wakeFeed();
  }

  private enqueue(slot: Slot, events: readonly RecordedEvent[]): void {
    const generation = slot.generation;
    slot.pending += events.length;
    slot.queued = events[events.length - 1].position;
    void this.inLane(slot, async () => {
      if (slot.generation !== generation || this.stopped) return;
      try {
        await this.deliverTo(slot, events);
        slot.failures = 0;
      } catch {
        slot.failures += 1;
        this.drop(slot);
        this.resubscribe(Math.min(5000, 50 * 2 ** slot.failures));
      } finally {
        if (slot.generation === generation) slot.pending -= events.length;
        this.wakeFeed();
      }
    });
  }

  private async deliverTo(slot: Slot, events: readonly RecordedEvent[]): Promise<void> {
    try {
      const { position, stored } = await slot.follower.deliver(events, slot.position, slot.stored);
      Object.assign(slot, { position, stored });
      if (comparePositions(stored, position) !== 0) this.scheduleFlush();
      for (const listener of this.listeners) listener(slot.follower.name, position);
    } catch (error) {
      this.logger.warn(`${slot.follower.name} waits on ${describeError(error)}`);
      await recordFollowerError(this.orm.em.fork(), slot.follower.name, describeError(error)).catch(() => undefined);
      // Read back where it really stands: its checkpoint may have been moved by a rebuild.
      await this.reload(slot).catch(() => undefined);
      throw error;
    }
  }

  private scheduleFlush(): void {
    if (this.flushTimer || this.stopped) return;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = undefined;
      void this.mutex.run(() => this.flush()).catch((error: unknown) => this.logger.warn(`Could not write checkpoints: ${describeError(error)}`));
    }, this.options.flushMs ?? 250);
    this.flushTimer.unref();
  }

  /**
   * Writes, in one statement, the checkpoints of the followers that moved without writing. Only
   * idle ones: a lane applying a batch writes its own checkpoint, and asks for a flush after.
   * Lanes are given work under the runner's lock, which this holds, so an idle one stays idle.
   */
  private async flush(): Promise<void> {
    const behind = [...this.slots.values()].filter((s) => s.active && s.busy === 0 && comparePositions(s.stored, s.position) !== 0);
    if (behind.length === 0) return;
    const moved = new Set(await moveCheckpoints(this.orm.em.fork(), behind.map((s) => ({ name: s.follower.name, from: s.stored, to: s.position }))));
    let reset = false;
    for (const slot of behind) {
      if (moved.has(slot.follower.name)) slot.stored = slot.position;
      else reset = (await this.reload(slot)) || reset;
    }
    if (reset) this.resubscribe();
  }

  /**
   * Now and then: a checkpoint moved back by a rebuild sends its follower back; replays an
   * operator asked for are run, oldest first, between batches.
   */
  private async control(): Promise<void> {
    if (this.stopped) return;
    try {
      const reset = await this.mutex.run(async () => {
        const active = [...this.slots.values()].filter((s) => s.active);
        if (active.length === 0) return false;
        const stored = await readCheckpoints(this.orm.em.fork(), active.map((s) => s.follower.name));
        let moved = false;
        for (const slot of active) {
          const position = stored.get(slot.follower.name);
          // Read again in its lane: the row may only have been read before the lane moved it on.
          if (position && comparePositions(position, slot.stored) < 0) moved = (await this.inLane(slot, () => this.reload(slot))) || moved;
        }
        await this.replayRequested(active);
        return moved;
      });
      if (reset) this.resubscribe();
    } catch (error) {
      this.logger.warn(`Could not check the followers: ${describeError(error)}`);
    }
  }

  private async replayRequested(active: readonly Slot[]): Promise<void> {
    const requests = await replayRequests(this.orm.em.fork(), active.map((s) => s.follower.name));
    // Events of a row wait behind the first that still fails, so a row's events keep their order.
    const stillBlocked = new Map<string, Set<string>>();
    for (const parked of requests) {
      const slot = this.slots.get(parked.follower);
      const blocked = stillBlocked.get(parked.follower) ?? new Set<string>();
      stillBlocked.set(parked.follower, blocked);
      if (!slot) continue;
      if (parked.rowIds.some((id) => blocked.has(id))) {
        await markFailedAgain(this.orm.em.fork(), parked.id, 'waits behind an earlier parked event on the same rows');
        continue;
      }
      try {
        const [recorded] = await this.store.readStream(parked.streamName, { fromRevision: parked.streamRevision });
        if (recorded?.id !== parked.eventId) throw new Error(`event ${parked.eventId} is no longer at ${parked.streamName}@${parked.streamRevision}`);
        await this.inLane(slot, () => slot.follower.replay(parked, recorded));
        this.logger.log(`${parked.follower} replayed ${parked.type} ${parked.eventId}`);
      } catch (error) {
        for (const id of parked.rowIds) blocked.add(id);
        await markFailedAgain(this.orm.em.fork(), parked.id, describeError(error));
      }
    }
  }

  /** Waits before starting the feed again; a stop ends the wait. */
  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakePause = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakePause = done;
    });
  }

  /**
   * Reads a follower's checkpoint back, in its lane; true when someone moved it back meanwhile.
   * Its lane is emptied when its position changes: it is fed again from there.
   */
  private async reload(slot: Slot): Promise<boolean> {
    const stored = (await readCheckpoints(this.orm.em.fork(), [slot.follower.name])).get(slot.follower.name);
    if (!stored) return false;
    const movedBack = comparePositions(stored, slot.stored) < 0;
    const changed = comparePositions(stored, slot.position) !== 0;
    Object.assign(slot, { position: stored, stored });
    if (changed) this.drop(slot);
    if (movedBack) await slot.follower.prepare();
    return movedBack;
  }
}
