import type { Event } from '../../shared/kernel/message';
import { decoded, type EventStore } from '../event-store.port';
import { comparePositions } from '../position';
import type { Projection } from './projection';

/**
 * The rows a projection makes of a few streams' events, folded here from the store rather than
 * read from the read model: the write side's answer, for when the read model has not caught up.
 * Only for rows that come wholly from those streams (an owner's row from `owner-<id>`).
 */
export async function projectStreams<Row extends { id: string }, E extends Event>(store: EventStore, projection: Projection<Row, E>, streamNames: readonly string[]): Promise<Map<string, Row>> {
  const handled = new Set<string>(projection.handles);
  const recorded = (await Promise.all(streamNames.map((name) => store.readStream(name)))).flat().sort((a, b) => comparePositions(a.position, b.position));
  const rows = new Map<string, Row | null>();
  for (const r of recorded) {
    if (!handled.has(r.type)) continue;
    const event = decoded(r, projection.decode(r));
    for (const id of projection.rowIds(event)) rows.set(id, projection.evolve(rows.get(id) ?? null, event, id));
  }
  return new Map([...rows].filter((entry): entry is [string, Row] => entry[1] !== null));
}
