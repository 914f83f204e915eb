import { randomUUID } from 'node:crypto';
import type { EventStore, EventToAppend, RecordedEvent } from '../../src/event-store/event-store.port';
import { comparePositions, type Position } from '../../src/event-store/position';
import { WrongExpectedRevision } from '../../src/event-store/wrong-expected-revision.error';
import { personalDataContract } from './personal-data.contract';

/**
 * The behaviour every EventStore adapter owes the rest of the platform. Each adapter's test file
 * runs this suite; streams get fresh names so runs never see each other's data.
 */
export function eventStoreContract(create: () => Promise<EventStore>): void {
  describe('with guests\' personal data', () => personalDataContract(create));

  let store: EventStore;

  beforeAll(async () => {
    store = await create();
  });
  afterAll(async () => {
    await store?.close();
  });

  const stream = (prefix = 'contract') => `${prefix}-${randomUUID()}`;
  const ev = (type: string, n: number): EventToAppend => ({
    type,
    schemaVersion: 1,
    data: { n, label: `événement ${n}` },
    metadata: { occurredAt: '2026-07-04T10:00:00.000+02:00', actor: { kind: 'system', id: 'contract' }, correlationId: randomUUID(), causationId: null },
  });

  async function collect(after: Position | undefined, streams: Set<string>, expected: number): Promise<RecordedEvent[]> {
    const seen: RecordedEvent[] = [];
    let resolveDone!: () => void;
    const done = new Promise<void>((resolve) => (resolveDone = resolve));
    const subscription = store.subscribeToAll({
      after,
      onBatch: (batch) => {
        for (const e of batch) if (streams.has(e.streamName)) seen.push(e);
        if (seen.length >= expected) resolveDone();
        return Promise.resolve();
      },
    });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, 10_000)));
    await Promise.race([done, timeout]);
    clearTimeout(timer);
    await subscription.stop();
    return seen;
  }

  it('reads an unknown stream as empty', async () => {
    expect(await store.readStream(stream())).toEqual([]);
  });

  it('appends to a new stream from revision 0 and reads events back in order with data and metadata', async () => {
    const name = stream();
    const result = await store.appendToStream(name, [ev('Opened', 1), ev('Changed', 2)], { expectedRevision: 'no_stream' });
    expect(result.nextExpectedRevision).toBe(1);
    const events = await store.readStream(name);
    expect(events.map((e) => [e.type, e.revision, e.data])).toEqual([
      ['Opened', 0, { n: 1, label: 'événement 1' }],
      ['Changed', 1, { n: 2, label: 'événement 2' }],
    ]);
    expect(events[0].metadata.actor).toEqual({ kind: 'system', id: 'contract' });
    expect(events[0].streamName).toBe(name);
    expect(comparePositions(events[1].position, result.position)).toBe(0);
  });

  it('refuses "no stream" when the stream exists', async () => {
    const name = stream();
    await store.appendToStream(name, [ev('Opened', 1)], { expectedRevision: 'no_stream' });
    await expect(store.appendToStream(name, [ev('Opened', 2)], { expectedRevision: 'no_stream' })).rejects.toBeInstanceOf(
      WrongExpectedRevision,
    );
    expect(await store.readStream(name)).toHaveLength(1);
  });

  it('appends at the exact expected revision and refuses a stale one, naming the actual revision', async () => {
    const name = stream();
    await store.appendToStream(name, [ev('Opened', 1)], { expectedRevision: 'no_stream' });
    await store.appendToStream(name, [ev('Changed', 2)], { expectedRevision: 0 });
    const stale = store.appendToStream(name, [ev('Changed', 3)], { expectedRevision: 0 });
    await expect(stale).rejects.toBeInstanceOf(WrongExpectedRevision);
    await expect(stale).rejects.toMatchObject({ streamName: name, expected: 0, actual: 1 });
    expect((await store.readStream(name)).map((e) => e.data.n)).toEqual([1, 2]);
  });

  it('refuses an exact revision on a stream that does not exist', async () => {
    await expect(store.appendToStream(stream(), [ev('Changed', 1)], { expectedRevision: 0 })).rejects.toBeInstanceOf(
      WrongExpectedRevision,
    );
  });

  it('appends with "any" whether or not the stream exists', async () => {
    const name = stream();
    await store.appendToStream(name, [ev('Opened', 1)], { expectedRevision: 'any' });
    const second = await store.appendToStream(name, [ev('Changed', 2)], { expectedRevision: 'any' });
    expect(second.nextExpectedRevision).toBe(1);
  });

  it('lets exactly one of many concurrent writers win at one expected revision', async () => {
    const name = stream();
    await store.appendToStream(name, [ev('Opened', 0)], { expectedRevision: 'no_stream' });
    const attempts = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) => store.appendToStream(name, [ev('Changed', i + 1)], { expectedRevision: 0 })),
    );
    const won = attempts.filter((a) => a.status === 'fulfilled');
    const lost = attempts.filter((a): a is PromiseRejectedResult => a.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(11);
    for (const l of lost) expect(l.reason).toBeInstanceOf(WrongExpectedRevision);
    expect(await store.readStream(name)).toHaveLength(2);
  });

  it('gives concurrent "any" writers contiguous revisions without losing an event', async () => {
    const name = stream();
    await Promise.all(Array.from({ length: 10 }, (_, i) => store.appendToStream(name, [ev('Changed', i)], { expectedRevision: 'any' })));
    const events = await store.readStream(name);
    expect(events.map((e) => e.revision)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(new Set(events.map((e) => e.data.n)).size).toBe(10);
  });

  it('reads all streams in one global order, strictly after a given position', async () => {
    const a = stream();
    const b = stream();
    const first = await store.appendToStream(a, [ev('Opened', 1)], { expectedRevision: 'no_stream' });
    await store.appendToStream(b, [ev('Opened', 2)], { expectedRevision: 'no_stream' });
    await store.appendToStream(a, [ev('Changed', 3)], { expectedRevision: 0 });
    const later = await waitForAll(first.position, new Set([a, b]), 2);
    expect(later.map((e) => e.data.n)).toEqual([2, 3]);
    for (let i = 1; i < later.length; i++) expect(comparePositions(later[i - 1].position, later[i].position)).toBeLessThan(0);
  });

  async function waitForAll(after: Position, streams: Set<string>, expected: number): Promise<RecordedEvent[]> {
    for (let attempt = 0; attempt < 100; attempt++) {
      const found: RecordedEvent[] = [];
      let cursor: Position | undefined = after;
      for (;;) {
        const page = await store.readAll({ after: cursor, maxCount: 200 });
        if (page.length === 0) break;
        found.push(...page.filter((e) => streams.has(e.streamName)));
        cursor = page[page.length - 1].position;
      }
      if (found.length >= expected) return found;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('events did not become readable');
  }

  it('subscribes with catch-up first, then live delivery, each event once and in order', async () => {
    const name = stream();
    await store.appendToStream(name, [ev('Opened', 1), ev('Changed', 2)], { expectedRevision: 'no_stream' });
    const collecting = collect(undefined, new Set([name]), 4);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await store.appendToStream(name, [ev('Changed', 3)], { expectedRevision: 1 });
    await store.appendToStream(name, [ev('Changed', 4)], { expectedRevision: 2 });
    const seen = await collecting;
    expect(seen.map((e) => e.data.n)).toEqual([1, 2, 3, 4]);
  });

  it('subscribes from a position and delivers only what came after it', async () => {
    const name = stream();
    const first = await store.appendToStream(name, [ev('Opened', 1)], { expectedRevision: 'no_stream' });
    await store.appendToStream(name, [ev('Changed', 2)], { expectedRevision: 0 });
    const seen = await collect(first.position, new Set([name]), 1);
    expect(seen.map((e) => e.data.n)).toEqual([2]);
  });

  it('reports the newest position once events are readable', async () => {
    const name = stream();
    const written = await store.appendToStream(name, [ev('Opened', 1)], { expectedRevision: 'no_stream' });
    let head: Position | null = null;
    for (let i = 0; i < 100 && (head === null || comparePositions(head, written.position) < 0); i++) {
      head = await store.headPosition();
      if (head === null || comparePositions(head, written.position) < 0) await new Promise((r) => setTimeout(r, 20));
    }
    expect(head).not.toBeNull();
    expect(comparePositions(head as Position, written.position)).toBeGreaterThanOrEqual(0);
  });
}
