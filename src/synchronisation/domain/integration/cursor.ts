import { InvalidInput } from '../../../shared/kernel/errors';

/**
 * Where a public event stands in the one order every reader sees: the global position of the
 * domain event it was translated from, then its rank among the public events that event made.
 * Positions never change, so a cursor an integrator stored stays good through a rebuild.
 */
export interface FeedPosition {
  readonly commit: bigint;
  readonly prepare: bigint;
  readonly index: number;
}

/** Opaque to integrators: they store it and hand it back, nothing more. */
export function formatCursor({ commit, prepare, index }: FeedPosition): string {
  return Buffer.from(`v1:${commit}:${prepare}:${index}`, 'utf8').toString('base64url');
}

export class InvalidCursor extends InvalidInput {
  constructor(field: string) {
    super(field, 'is not a cursor this API gave: pass the `cursor` of the last event you read, or nothing to start from the first');
  }
}

export function parseCursor(field: string, text: string): FeedPosition {
  const match = text.length <= 120 ? /^v1:(\d{1,20}):(\d{1,20}):(\d{1,6})$/.exec(Buffer.from(text, 'base64url').toString('utf8')) : null;
  if (!match) throw new InvalidCursor(field);
  const position = { commit: BigInt(match[1]), prepare: BigInt(match[2]), index: Number(match[3]) };
  // Only what this API printed comes back: a cursor re-encoded differently is someone's guess.
  if (formatCursor(position) !== text) throw new InvalidCursor(field);
  return position;
}
