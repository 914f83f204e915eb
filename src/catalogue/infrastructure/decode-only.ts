import { UnreadableEvent, type EventCodec, type StoredEvent } from '../../shared/kernel/event-codec';
import type { Event } from '../../shared/kernel/message';

/**
 * A stream codec's decode, narrowed to the types a reader follows: for a projection that reads
 * some of a stream's events (the owner stream feeds both the owners and the age ranges). The
 * runner hands it only those types, so the refusal is a guard, never a path.
 */
export function decodeOnly<E extends Event, T extends E['type']>(codec: EventCodec<E>, types: readonly T[]): (stored: StoredEvent) => Extract<E, { type: T }> {
  const isFollowed = (e: E): e is Extract<E, { type: T }> => (types as readonly string[]).includes(e.type);
  return (stored) => {
    const e = codec.decode(stored);
    if (!isFollowed(e)) throw new UnreadableEvent(stored.type, stored.schemaVersion, `this reader follows only ${types.join(', ')}`);
    return e;
  };
}
