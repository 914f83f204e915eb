import { InvalidInput } from '../../../shared/kernel/errors';
import { frenchFirstText, type FrenchFirstText, type LocalizedTextInput } from '../../../shared/kernel/localized-text';
import { money, type Money } from '../../../shared/kernel/money';
import { TEXT_LIMITS } from '../../../shared/kernel/text';

/** How a supplement's price multiplies over a stay: once, per night, per person, or both. */
export const SUPPLEMENT_UNITS = ['PER_STAY', 'PER_NIGHT', 'PER_PERSON', 'PER_PERSON_NIGHT'] as const;
export type SupplementUnit = (typeof SUPPLEMENT_UNITS)[number];

/**
 * A mandatory supplement (booking fee, final cleaning) is added to every stay of the
 * accommodations it applies to; an optional one (pet, bed linen) only when the guest picks it.
 */
export interface SupplementDetails {
  readonly name: FrenchFirstText;
  readonly mandatory: boolean;
  readonly price: Money;
  readonly unit: SupplementUnit;
  readonly accommodationIds: readonly string[];
}

export interface SupplementDetailsInput {
  readonly name: LocalizedTextInput;
  readonly mandatory: boolean;
  readonly price: number;
  readonly unit: string;
  readonly accommodationIds: readonly string[];
}

export const MAX_SUPPLEMENT_ACCOMMODATIONS = 500;

/** Shape only: who owns the accommodations is the decider's to check. */
export function parseSupplementDetails(prefix: string, input: SupplementDetailsInput): SupplementDetails {
  if (!(SUPPLEMENT_UNITS as readonly string[]).includes(input.unit)) throw new InvalidInput(`${prefix}.unit`, `must be one of ${SUPPLEMENT_UNITS.join(', ')}`);
  if (input.accommodationIds.length > MAX_SUPPLEMENT_ACCOMMODATIONS) {
    throw new InvalidInput(`${prefix}.accommodationIds`, `must name at most ${MAX_SUPPLEMENT_ACCOMMODATIONS} accommodations`);
  }
  input.accommodationIds.forEach((id, i) => {
    const first = input.accommodationIds.indexOf(id);
    if (first !== i) throw new InvalidInput(`${prefix}.accommodationIds[${i}]`, `repeats accommodationIds[${first}]`);
  });
  return {
    name: frenchFirstText(`${prefix}.name`, input.name, TEXT_LIMITS.name),
    mandatory: input.mandatory,
    price: money(`${prefix}.price`, input.price),
    unit: input.unit as SupplementUnit,
    accommodationIds: [...input.accommodationIds],
  };
}
