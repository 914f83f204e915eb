import type { EntityName } from '@mikro-orm/core';
import type { RecordedEvent } from '../event-store.port';

/**
 * A read model as a fold over events: `evolve(row | null, event) → row | null` for each event
 * type it handles, where null means "no row". The runner loads and stores rows by their `id`, so
 * a projection stays a pure function and can be replayed from zero at any time.
 */
export interface Projection<Row extends { id: string } = { id: string }> {
  readonly name: string;
  readonly entity: EntityName<Row>;
  /** Emptied when the projection is rebuilt. */
  readonly tables: readonly string[];
  readonly handles: readonly string[];
  /** The rows an event touches (one day of a planning per night, say); empty to ignore it. */
  rowIds(event: RecordedEvent): readonly string[];
  /** `id` is the row's, one of `rowIds(event)`: a row born from the event needs it. */
  evolve(row: Row | null, event: RecordedEvent, id: string): Row | null;
}

export const PROJECTIONS = Symbol('Projections');

/**
 * The runner moves rows without looking inside them; this forgets a projection's row type once,
 * where it is registered, instead of loosening every projection's own typing.
 */
export function untyped<Row extends { id: string }>(projection: Projection<Row>): Projection {
  return projection as unknown as Projection;
}
