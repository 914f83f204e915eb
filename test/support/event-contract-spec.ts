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
 * What every stream's codec promises, for a stream whose events are all at version 1: a sample of
 * each type, each read back as it was written, and each sample missing any field refused.
 * `samples` are events as the decider writes them, with every nullable value both set and empty.
 */
export function itKeepsTheEventContractOfVersion1<E extends Event>(codec: EventCodec<E>, samples: readonly E[]): void {

  it('has a sample of every event type of its stream', () => expect(new Set(samples.map((e) => e.type))).toEqual(new Set(codec.types)));

  it('writes every event as version 1', () => codec.types.forEach((type) => expect(codec.versionOf(type)).toBe(1)));

  it.each(samples.map((e, i) => [e.type, i, e] as const))('reads %s (sample %i) back as it was written', (_, __, e) => expect(codec.decode(storedAs(e))).toEqual(e));

  it.each(oneOfEachType(samples).flatMap((e) => Object.keys(e.data).map((key) => [e.type, key, e] as const)))('refuses %s without its %s', (type, key, e) => {
    const data = Object.fromEntries(Object.entries(storedAs(e).data as object).filter(([field]) => field !== key));
    expectUnreadable(() => codec.decode({ type, schemaVersion: 1, data }), type);
  });
}
