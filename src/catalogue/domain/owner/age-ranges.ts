import { Conflict, InvalidInput, NotFound } from '../../../shared/kernel/errors';
import { requiredText, TEXT_LIMITS } from '../../../shared/kernel/text';

/**
 * A "tranche d'âge": occupants of a booking are counted per range, and prices may depend on
 * them. Bounds are whole years, both inclusive. Ranges may leave gaps but never overlap, so an
 * occupant's age always names at most one range.
 */
export interface AgeRange {
  readonly label: string;
  readonly minAge: number;
  readonly maxAge: number;
  /**
   * Whether its occupants count towards the accommodation's capacity: a baby sleeping in a cot
   * usually does not. Per-person prices and the tourist tax count everyone regardless.
   */
  readonly countsTowardsCapacity: boolean;
}

export interface AgeRangeInput {
  readonly label: string;
  readonly minAge: number;
  readonly maxAge: number;
  readonly countsTowardsCapacity?: boolean | null;
}

/** A range as the owner asked for it: `countsTowardsCapacity` null leaves it as the range has it. */
export interface AgeRangeEdit extends Omit<AgeRange, 'countsTowardsCapacity'> {
  readonly countsTowardsCapacity: boolean | null;
}

/** What every new owner starts with (shared/DOMAIN.md); a baby sleeps in a cot, not in a bed. */
export const DEFAULT_AGE_RANGES: readonly AgeRange[] = [
  { label: 'Adult', minAge: 17, maxAge: 100, countsTowardsCapacity: true },
  { label: 'Child', minAge: 3, maxAge: 16, countsTowardsCapacity: true },
  { label: 'Baby', minAge: 0, maxAge: 2, countsTowardsCapacity: false },
];

export const MAX_AGE = 120;
/** Enough for any real grid (baby, child, teenager, adult, senior...); more is a slip. */
export const MAX_AGE_RANGES = 10;

export function parseAgeRange(prefix: string, input: AgeRangeInput): AgeRangeEdit {
  const age = (field: 'minAge' | 'maxAge') => {
    const value = input[field];
    if (!Number.isInteger(value) || value < 0 || value > MAX_AGE) throw new InvalidInput(`${prefix}.${field}`, `must be a whole number of years from 0 to ${MAX_AGE}`);
    return value;
  };
  const range = {
    label: requiredText(`${prefix}.label`, input.label, TEXT_LIMITS.short),
    minAge: age('minAge'),
    maxAge: age('maxAge'),
    countsTowardsCapacity: input.countsTowardsCapacity ?? null,
  };
  if (range.minAge > range.maxAge) throw new InvalidInput(`${prefix}.minAge`, `must not exceed maxAge (${range.maxAge})`);
  return range;
}

/** The range an edit makes of `existing`: a new range counts towards capacity unless told otherwise. */
export const editedAgeRange = (edit: AgeRangeEdit, existing: AgeRange | undefined): AgeRange => ({
  ...edit,
  countsTowardsCapacity: edit.countsTowardsCapacity ?? existing?.countsTowardsCapacity ?? true,
});

export const sameAgeRange = (a: AgeRange, b: AgeRange): boolean =>
  a.label === b.label && a.minAge === b.minAge && a.maxAge === b.maxAge && a.countsTowardsCapacity === b.countsTowardsCapacity;

export function overlapping(ranges: ReadonlyMap<string, AgeRange>, range: AgeRange, exceptId: string | null): [string, AgeRange] | null {
  for (const [id, other] of ranges) {
    if (id !== exceptId && range.minAge <= other.maxAge && other.minAge <= range.maxAge) return [id, other];
  }
  return null;
}

export class AgeRangesOverlap extends InvalidInput {
  constructor(range: AgeRange, other: AgeRange) {
    super('input', `ages ${range.minAge}–${range.maxAge} overlap the range "${other.label}" (${other.minAge}–${other.maxAge})`);
  }
}

export class AgeRangeNotFound extends NotFound {
  constructor(ageRangeId: string) {
    super('Age range', ageRangeId, 'id');
  }
}

export class AgeRangeAlreadyDefined extends Conflict {
  constructor(ageRangeId: string) {
    super(`Age range ${ageRangeId} is already defined`);
  }
}

export class LastAgeRange extends Conflict {
  constructor() {
    super('An owner keeps at least one age range: add another before removing this one');
  }
}

export class TooManyAgeRanges extends Conflict {
  constructor() {
    super(`An owner may define at most ${MAX_AGE_RANGES} age ranges`);
  }
}
