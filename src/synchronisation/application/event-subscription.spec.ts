import type { FeedPosition } from '../domain/integration/cursor';
import { followFeed, RECHECK_MS, type Wakeups } from './event-subscription';
import type { FeedSelection, IntegrationFeed, PublicEvent } from './integration-feed';

const SELECTION: FeedSelection = { ownerId: 'owner', after: { commit: 0n, prepare: 0n, index: 0 }, types: ['booking.created'], accommodationId: null, guests: false };

const event = (n: number): PublicEvent => ({ id: `e${n}`, type: 'booking.created', version: 1, occurredAt: new Date(0), ownerId: 'owner', accommodationId: null, cursor: `c${n}`, data: {} });
const at = (n: number): FeedPosition => ({ commit: BigInt(n), prepare: BigInt(n), index: 0 });

/** A feed holding events 1…`count`, read from a position on, and wake-ups a test fires by hand. */
function fakes(count: () => number) {
  const feed = {
    last: () => Promise.resolve(null),
    next: (_: FeedSelection, after: FeedPosition | null, limit: number) => {
      const from = Number(after?.commit ?? 0n);
      const ns = Array.from({ length: Math.max(0, Math.min(limit, count() - from)) }, (_, i) => from + i + 1);
      return Promise.resolve({ events: ns.map(event), positions: ns.map(at) });
    },
  } as unknown as IntegrationFeed;
  let wake: (() => void) | null = null;
  const wakeups: Omit<Wakeups, 'generation'> & { generation: number; fire(): void } = {
    generation: 0,
    subscribe: () => ({ end: () => undefined }),
    sleep: (_ms, seen, abort) =>
      wakeups.generation !== seen || abort.aborted
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            wake = resolve;
            abort.addEventListener('abort', () => resolve());
          }),
    fire() {
      wakeups.generation += 1;
      wake?.();
    },
  };
  return { feed, wakeups };
}

describe('following the feed', () => {
  it('gives what was missed, then what comes, each once and in order', async () => {
    let count = 3;
    const { feed, wakeups } = fakes(() => count);
    const follow = followFeed(feed, wakeups, SELECTION, () => Promise.resolve());
    const ids = [(await follow.next()).value, (await follow.next()).value, (await follow.next()).value].map((e: PublicEvent) => e.id);
    const fourth = follow.next();
    count = 4;
    wakeups.fire();
    expect([...ids, ((await fourth).value as PublicEvent).id]).toEqual(['e1', 'e2', 'e3', 'e4']);
    await follow.return?.();
  });

  it('ends at once when the client leaves, even while it waits', async () => {
    const { feed, wakeups } = fakes(() => 0);
    const follow = followFeed(feed, wakeups, SELECTION, () => Promise.resolve());
    const waiting = follow.next();
    await follow.return?.();
    await expect(waiting).resolves.toMatchObject({ done: true });
  });

  it('asks again whether the caller may read, and ends with the refusal once a key is revoked', async () => {
    let clock = 0;
    let count = 1;
    let revoked = false;
    const rechecks: number[] = [];
    const { feed, wakeups } = fakes(() => count);
    const follow = followFeed(
      feed,
      wakeups,
      SELECTION,
      () => {
        rechecks.push(clock);
        return revoked ? Promise.reject(new Error('The API key is unknown or was revoked')) : Promise.resolve();
      },
      () => clock,
    );
    expect(((await follow.next()).value as PublicEvent).id).toBe('e1');
    const second = follow.next();
    clock += RECHECK_MS;
    count = 2;
    wakeups.fire();
    expect(((await second).value as PublicEvent).id).toBe('e2');
    expect(rechecks).toEqual([RECHECK_MS]);
    const third = follow.next();
    revoked = true;
    clock += RECHECK_MS;
    wakeups.fire();
    await expect(third).rejects.toThrow('revoked');
  });
});
