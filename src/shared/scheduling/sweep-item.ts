import type { Logger } from '@nestjs/common';
import { DomainError } from '../kernel/errors';

/**
 * One item of a background sweep (a hold, a file, an option), settled or left to the next round
 * without stopping the others: a refusal (another instance went first, the file moved on) is
 * expected; any other failure (a history a bug made unreadable) is logged by the item's id and
 * the error's name alone, since its message may quote a guest's data. Answers null when left.
 */
export async function sweepItem<T>(logger: Logger, what: string, settle: () => Promise<T>, options: { logRefusals?: boolean } = {}): Promise<T | null> {
  try {
    return await settle();
  } catch (error) {
    const refused = error instanceof DomainError;
    if (!refused || options.logRefusals) logger.warn(`${what}: left for the next round (${error instanceof Error ? error.name : 'error'})`);
    return null;
  }
}
