import { InvalidInput } from '../../shared/kernel/errors';

export const MAX_LISTED_ACCOMMODATIONS = 500;

/** The accommodations an offer applies to: at least one, each once. Ownership is the decider's. */
export function parseAccommodationList(field: string, ids: readonly string[]): string[] {
  if (ids.length === 0) throw new InvalidInput(field, 'must name at least one accommodation');
  if (ids.length > MAX_LISTED_ACCOMMODATIONS) throw new InvalidInput(field, `must name at most ${MAX_LISTED_ACCOMMODATIONS} accommodations`);
  ids.forEach((id, i) => {
    const first = ids.indexOf(id);
    if (first !== i) throw new InvalidInput(`${field}[${i}]`, `repeats accommodationIds[${first}]`);
  });
  return [...ids];
}
