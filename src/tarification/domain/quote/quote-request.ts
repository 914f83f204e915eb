import { InvalidInput } from '../../../shared/kernel/errors';
import type { Stay } from '../../../shared/kernel/stay';
import type { RecordedExemption } from '../tourist-tax/tourist-tax-computation';

/** Who is staying, counted per age range, as the guest or the owner says. */
export interface Occupants {
  readonly ageRangeId: string;
  readonly count: number;
}

export interface QuoteRequest {
  readonly accommodationId: string;
  readonly stay: Stay;
  readonly occupants: readonly Occupants[];
  readonly optionalSupplementIds: readonly string[];
  /** As typed: codes are compared in capitals. */
  readonly promoCode: string | null;
  /**
   * Cents: the accommodation price an owner agreed with the guest, in place of the rates. It is
   * final: no promotion or code comes off it; supplements still come on top.
   */
  readonly ownerPrice?: number | null;
  /** Adults the owner recorded on the file as exempt from the taxe de séjour, by reason. */
  readonly touristTaxExemptions?: Readonly<Partial<Record<RecordedExemption, number>>> | null;
}

export const MAX_OCCUPANTS_PER_RANGE = 100;

/** Checks the request against what the accommodation offers; `prefix` names the input. */
export function checkQuoteRequest(
  prefix: string,
  request: QuoteRequest,
  offer: { readonly ageRangeIds: readonly string[]; readonly supplements: readonly { readonly supplementId: string; readonly mandatory: boolean }[] },
): void {
  request.occupants.forEach(({ ageRangeId, count }, i) => {
    const field = `${prefix}.occupants[${i}]`;
    if (!offer.ageRangeIds.includes(ageRangeId)) throw new InvalidInput(`${field}.ageRangeId`, `${ageRangeId} is not one of the owner's age ranges`);
    const first = request.occupants.findIndex((other) => other.ageRangeId === ageRangeId);
    if (first !== i) throw new InvalidInput(`${field}.ageRangeId`, `repeats occupants[${first}]`);
    if (!Number.isInteger(count) || count < 0 || count > MAX_OCCUPANTS_PER_RANGE) throw new InvalidInput(`${field}.count`, `must be a whole number from 0 to ${MAX_OCCUPANTS_PER_RANGE}`);
  });
  if (personCount(request.occupants) === 0) throw new InvalidInput(`${prefix}.occupants`, 'must count at least one person');
  request.optionalSupplementIds.forEach((supplementId, i) => {
    if (!offer.supplements.some((s) => s.supplementId === supplementId)) {
      throw new InvalidInput(`${prefix}.optionalSupplementIds[${i}]`, `supplement ${supplementId} is not offered with this accommodation`);
    }
  });
}

export const personCount = (occupants: readonly Occupants[]): number => occupants.reduce((sum, o) => sum + o.count, 0);
