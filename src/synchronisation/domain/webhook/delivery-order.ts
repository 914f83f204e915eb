/** Where a delivery stands: its endpoint, what it must stay in order with, and its event's place in the feed. */
export interface QueuedDelivery {
  readonly id: string;
  readonly endpointId: string;
  /** The booking (or accommodation) the event is about: events of one key reach an endpoint in feed order. */
  readonly orderingKey: string;
  readonly position: { readonly commit: bigint; readonly prepare: bigint; readonly index: number };
}

export function comparePositions(a: QueuedDelivery['position'], b: QueuedDelivery['position']): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return a.index - b.index;
}

/**
 * The ordering rule: deliveries of one endpoint and key go one after the other, in feed order, so
 * a receiver never hears that a booking was paid before it heard it was made; different lanes may
 * go at once. The claim applies the same rule across instances: it takes no delivery while an
 * earlier one of its lane is still pending (one given up, FAILED, holds nothing back).
 */
export function lanes<D extends QueuedDelivery>(deliveries: readonly D[]): D[][] {
  const byLane = new Map<string, D[]>();
  for (const delivery of deliveries) {
    const key = `${delivery.endpointId}\u0000${delivery.orderingKey}`;
    byLane.set(key, [...(byLane.get(key) ?? []), delivery]);
  }
  return [...byLane.values()].map((lane) => lane.sort((a, b) => comparePositions(a.position, b.position)));
}
