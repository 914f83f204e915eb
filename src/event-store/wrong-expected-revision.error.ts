import { Conflict } from '../shared/kernel/errors';
import type { ExpectedRevision } from './event-store.port';

/**
 * Another writer appended to the stream first. Carries the GraphQL `CONFLICT` code for the rare
 * case where the command handler's retries are exhausted and the caller must try again.
 */
export class WrongExpectedRevision extends Conflict {
  constructor(
    readonly streamName: string,
    readonly expected: ExpectedRevision,
    readonly actual: number | 'no_stream',
  ) {
    super(`Stream ${streamName} was changed concurrently (expected ${String(expected)}, found ${String(actual)})`);
  }
}
