import type { EntityName } from '@mikro-orm/core';
import type { StoredEvent } from '../../shared/kernel/event-codec';
import type { Event } from '../../shared/kernel/message';
import type { DecodedEvent } from '../event-store.port';

/**
 * A read model as a fold over events: `evolve(row | null, event) → row | null` for each event
 * type it handles, where null means "no row". The runner decodes each handled event with
 * `decode` (its streams' codecs), loads and stores rows by their `id`, so a projection stays a
 * pure function and can be replayed from zero at any time. Rows have their own shape, made for
 * the reads they serve, never a decider's state.
 */
export interface Projection<Row extends { id: string } = { id: string }, E extends Event = Event> {
  readonly name: string;
  readonly entity: EntityName<Row>;
  /** Emptied when the projection is rebuilt. */
  readonly tables: readonly string[];
  readonly handles: readonly E['type'][];
  decode(stored: StoredEvent): E;
  /** The rows an event touches (one day of a planning per night, say); empty to ignore it. */
  rowIds(event: DecodedEvent<E>): readonly string[];
  /** `id` is the row's, one of `rowIds(event)`: a row born from the event needs it. */
  evolve(row: Row | null, event: DecodedEvent<E>, id: string): Row | null;
}

/**
 * The runner moves rows and events without looking inside them; this forgets a projection's
 * types once, where it is registered, instead of loosening every projection's own typing. The
 * runner only hands a projection what its own `decode` made.
 */
export function untyped<Row extends { id: string }, E extends Event>(projection: Projection<Row, E>): Projection {
  return projection as unknown as Projection;
}
