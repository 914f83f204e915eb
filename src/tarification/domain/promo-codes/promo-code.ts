import { calendarDate, type CalendarDate } from '../../../shared/kernel/calendar-date';
import { InvalidInput } from '../../../shared/kernel/errors';
import { frenchFirstText, type FrenchFirstText, type LocalizedTextInput } from '../../../shared/kernel/localized-text';
import { money, percent, type Money } from '../../../shared/kernel/money';
import { MAX_STAY_NIGHTS } from '../../../shared/kernel/stay';
import { requiredText, TEXT_LIMITS } from '../../../shared/kernel/text';
import { parseAccommodationList } from '../accommodation-list';
import { parseValidity, type Validity } from '../validity';

export const PROMO_CODE_USAGES = ['SINGLE', 'MULTIPLE'] as const;
export type PromoCodeUsage = (typeof PROMO_CODE_USAGES)[number];

/** What a code takes off the accommodation price; never off the supplements. */
export type CodeDiscount = { readonly kind: 'PERCENT'; readonly percent: number } | { readonly kind: 'AMOUNT'; readonly amount: Money };

/**
 * A code a guest types in to get a discount. `SINGLE` is consumed by the first booking made with
 * it; `MULTIPLE` serves any number. `allowedStays` null means any stay. A code does not add to a
 * promotion unless `combinesWithPromotions`: the guest then gets the better of the two.
 */
export interface PromoCodeDetails extends Validity {
  readonly code: string;
  readonly internalLabel: string;
  readonly label: FrenchFirstText;
  readonly usage: PromoCodeUsage;
  readonly discount: CodeDiscount;
  readonly accommodationIds: readonly string[];
  readonly allowedStays: readonly { readonly arrival: CalendarDate; readonly nights: number }[] | null;
  readonly combinesWithPromotions: boolean;
}

export interface PromoCodeInput {
  readonly code: string;
  readonly internalLabel: string;
  readonly label: LocalizedTextInput;
  readonly usage: string;
  readonly validFrom?: string | null;
  readonly validTo?: string | null;
  readonly percent?: number | null;
  readonly cents?: number | null;
  readonly accommodationIds: readonly string[];
  readonly allowedStays?: readonly { readonly arrival: string; readonly nights: number }[] | null;
  readonly combinesWithPromotions?: boolean | null;
}

export const MAX_ALLOWED_STAYS = 500;

// Checked before upper-casing, which would turn ß into SS and let it through.
const CODE = /^[A-Za-z0-9]{3,20}$/;

/** Guests type codes in any case; they are kept and compared in capitals. */
export function normalizeCode(field: string, code: string): string {
  const trimmed = code.trim();
  if (!CODE.test(trimmed)) throw new InvalidInput(field, 'must be 3 to 20 letters A–Z or digits');
  return trimmed.toUpperCase();
}

export const MAX_TYPED_CODE = 50;

/**
 * The code a guest typed, as it is looked up: in capitals. A typo is not an error (a code that
 * cannot exist is simply not found, which the quote says); only absurd lengths are refused.
 */
export function typedPromoCode(field: string, code: string | null): string | null {
  const typed = code?.trim().toUpperCase() ?? '';
  if (typed.length > MAX_TYPED_CODE) throw new InvalidInput(field, `must be at most ${MAX_TYPED_CODE} characters`);
  return typed === '' ? null : typed;
}

export function parsePromoCode(prefix: string, input: PromoCodeInput): PromoCodeDetails {
  if (!(PROMO_CODE_USAGES as readonly string[]).includes(input.usage)) throw new InvalidInput(`${prefix}.usage`, `must be one of ${PROMO_CODE_USAGES.join(', ')}`);
  return {
    code: normalizeCode(`${prefix}.code`, input.code),
    internalLabel: requiredText(`${prefix}.internalLabel`, input.internalLabel, TEXT_LIMITS.name),
    label: frenchFirstText(`${prefix}.label`, input.label, TEXT_LIMITS.name),
    usage: input.usage as PromoCodeUsage,
    discount: parseCodeDiscount(prefix, input),
    accommodationIds: parseAccommodationList(`${prefix}.accommodationIds`, input.accommodationIds),
    allowedStays: parseAllowedStays(`${prefix}.allowedStays`, input.allowedStays ?? null),
    combinesWithPromotions: input.combinesWithPromotions ?? false,
    ...parseValidity(prefix, input),
  };
}

function parseCodeDiscount(prefix: string, input: PromoCodeInput): CodeDiscount {
  const hasCents = input.cents !== null && input.cents !== undefined;
  const hasPercent = input.percent !== null && input.percent !== undefined;
  if (hasCents === hasPercent) throw new InvalidInput(`${prefix}.percent`, 'give either percent or cents');
  if (hasPercent) return { kind: 'PERCENT', percent: percent(`${prefix}.percent`, input.percent, { allowHundred: true }) };
  const amount = money(`${prefix}.cents`, input.cents as number);
  if (amount.cents === 0) throw new InvalidInput(`${prefix}.cents`, 'must be above 0');
  return { kind: 'AMOUNT', amount };
}

function parseAllowedStays(field: string, stays: PromoCodeInput['allowedStays']): PromoCodeDetails['allowedStays'] {
  if (stays === null || stays === undefined) return null;
  if (stays.length === 0) throw new InvalidInput(field, 'must list at least one stay, or be null for any stay');
  if (stays.length > MAX_ALLOWED_STAYS) throw new InvalidInput(field, `must list at most ${MAX_ALLOWED_STAYS} stays`);
  const parsed = stays.map((entry, i) => {
    if (!Number.isInteger(entry.nights) || entry.nights < 1 || entry.nights > MAX_STAY_NIGHTS) {
      throw new InvalidInput(`${field}[${i}].nights`, `must be a whole number of nights from 1 to ${MAX_STAY_NIGHTS}`);
    }
    return { arrival: calendarDate(`${field}[${i}].arrival`, entry.arrival), nights: entry.nights };
  });
  parsed.forEach((entry, i) => {
    const first = parsed.findIndex((other) => other.arrival === entry.arrival && other.nights === entry.nights);
    if (first !== i) throw new InvalidInput(`${field}[${i}]`, `repeats allowedStays[${first}]`);
  });
  return parsed;
}
