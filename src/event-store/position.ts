/**
 * A global position as EventStoreDB defines it: commit then prepare, compared in that order.
 * The PostgreSQL store maps its transaction id to `commit` and its sequence to `prepare`, which is
 * exactly the order in which its readers may see events.
 */
export interface Position {
  readonly commit: bigint;
  readonly prepare: bigint;
}

export const START: Position = { commit: -1n, prepare: -1n };

export function comparePositions(a: Position, b: Position): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}

/** The later of two positions, either possibly none. */
export const latestPosition = (a: Position | null, b: Position | null): Position | null => (a === null ? b : b === null || comparePositions(a, b) >= 0 ? a : b);

export function isAfter(a: Position, b: Position): boolean {
  return comparePositions(a, b) > 0;
}

/** `commit/prepare`: the form a client carries between a command's answer and a query. */
export function formatPosition(p: Position): string {
  return `${p.commit}/${p.prepare}`;
}

export function parsePosition(text: string): Position | null {
  const match = /^(-?\d+)\/(-?\d+)$/.exec(text);
  return match ? { commit: BigInt(match[1]), prepare: BigInt(match[2]) } : null;
}
