import { InvalidInput } from '../../../shared/kernel/errors';
import { RECORDED_EXEMPTIONS, type RecordedExemption, type RecordedExemptions } from '../../../shared/kernel/tourist-tax';

/** Far above any stay's adults; the quote then checks them against the stay's own. */
export const MAX_EXEMPT_PERSONS = 100;

/**
 * The adults the owner records as exempt from the taxe de séjour on a stay, by reason (CGCT art.
 * L2333-31: seasonal workers employed in the commune, emergency housing, temporary rehousing).
 * Minors are exempt by their age range, never recorded. Reasons of 0 persons are left out, so
 * recording "none" twice is the same record.
 */
export function recordedExemptions(field: string, input: readonly { readonly reason: string; readonly count: number }[]): RecordedExemptions {
  const exemptions: Partial<Record<RecordedExemption, number>> = {};
  input.forEach(({ reason, count }, i) => {
    if (!(RECORDED_EXEMPTIONS as readonly string[]).includes(reason)) throw new InvalidInput(`${field}.${i}.reason`, `must be one of ${RECORDED_EXEMPTIONS.join(', ')} (minors are exempt by their age range)`);
    if (Object.hasOwn(exemptions, reason)) throw new InvalidInput(`${field}.${i}.reason`, `${reason} is listed twice`);
    if (!Number.isInteger(count) || count < 0 || count > MAX_EXEMPT_PERSONS) throw new InvalidInput(`${field}.${i}.count`, `must be a whole number of persons from 0 to ${MAX_EXEMPT_PERSONS}`);
    exemptions[reason as RecordedExemption] = count;
  });
  return Object.fromEntries(Object.entries(exemptions).filter(([, count]) => count > 0));
}
