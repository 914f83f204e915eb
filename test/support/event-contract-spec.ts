import { UnreadableEvent, type EventCodec } from '../../src/shared/kernel/event-codec';
import type { Event } from '../../src/shared/kernel/message';

/** An event as a store keeps it: its payload through JSON, as a jsonb column gives it back. */
export const storedAs = (e: Event, schemaVersion = 1) => ({ type: e.type, schemaVersion, data: JSON.parse(JSON.stringify(e.data)) as unknown });

export function expectUnreadable(read: () => unknown, type: string): void {
  expect(read).toThrow(UnreadableEvent);
  expect(read).toThrow(expect.objectContaining({ type }));
}

/** Missing fields are the same mistake whatever the values: one sample of each type is enough. */
export const oneOfEachType = <E extends Event>(samples: readonly E[]): E[] => samples.filter((e, i) => samples.findIndex((other) => other.type === e.type) === i);

/**
 * What every stream's codec promises: a sample of each type, each read back as it was written at
 * its type's current version, each sample missing any field refused, and every older version of
 * a type readable through an upcaster. `samples` are events as the decider writes them, with
 * every nullable value both set and empty.
 */
export function itKeepsTheEventContract<E extends Event>(codec: EventCodec<E>, samples: readonly E[]): void {
  const current = (e: E) => storedAs(e, codec.versionOf(e.type));

  it('has a sample of every event type of its stream', () => expect(new Set(samples.map((e) => e.type))).toEqual(new Set(codec.types)));

  it('reads every older version of each type through an upcaster', () =>
    codec.types.forEach((type) => {
      const { version, upcasters } = codec.contracts[type];
      const older = Array.from({ length: version - 1 }, (_, i) => i + 1);
      expect(older.filter((v) => typeof upcasters?.[v] !== 'function')).toEqual([]);
    }));

  it.each(samples.map((e, i) => [e.type, i, e] as const))('reads %s (sample %i) back as it was written', (_, __, e) => expect(codec.decode(current(e))).toEqual(e));

  it.each(oneOfEachType(samples).flatMap((e) => Object.keys(e.data).map((key) => [e.type, key, e] as const)))('refuses %s without its %s', (type, key, e) => {
    const stored = current(e);
    const data = Object.fromEntries(Object.entries(stored.data as object).filter(([field]) => field !== key));
    expectUnreadable(() => codec.decode({ type, schemaVersion: stored.schemaVersion, data }), type);
  });
}
