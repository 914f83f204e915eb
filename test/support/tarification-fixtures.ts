import { euros } from '../../src/shared/kernel/money';
import { stay } from '../../src/shared/kernel/stay';
import { parsePromoCode, type PromoCodeInput } from '../../src/tarification/domain/promo-codes/promo-code';
import { parsePromotion, type PromotionInput } from '../../src/tarification/domain/promotions/promotion';
import type { OfferedPromotion, OwnersPromoCode } from '../../src/tarification/domain/quote/discounts';
import { type QuotedAccommodation, type QuoteFacts, type SupplementPriceUnit } from '../../src/tarification/domain/quote/quote';
import type { QuoteRequest } from '../../src/tarification/domain/quote/quote-request';
import type { StayRate } from '../../src/tarification/domain/rates/rate-grid';
import { parseRatePrice, type RatePriceInput } from '../../src/tarification/domain/rates/rate-price';
import { DEFAULT_BOOKING_RULES, parseBookingRules, type BookingRules, type BookingRulesInput } from '../../src/tarification/domain/rules/booking-rules';

export const OWNER = 'owner-1';
export const INTRUDER = 'owner-2';
export const GITE = 'acc-gite';
export const STUDIO = 'acc-studio';
export const THEIRS = 'acc-theirs';

export const ADULTS = 'age-adults';
export const CHILDREN = 'age-children';

/** Monday 1 June 2026, at noon in Paris: a month before the July stays the specs quote. */
export const NOW = new Date('2026-06-01T10:00:00Z');

export { thrown } from './thrown';

/** A priced stay, through the same parsing an owner's input goes through. */
export const stayRate = (arrival: string, nights: number, price: RatePriceInput): StayRate => ({ arrival, nights, ...parseRatePrice('input', price) });

export const rules = (input: BookingRulesInput = {}): BookingRules => parseBookingRules('input', input);

export const supplement = (supplementId: string, cents: number, unit: SupplementPriceUnit, mandatory = true): QuotedAccommodation['supplements'][number] => ({
  supplementId,
  name: { fr: `Supplément ${supplementId}`, en: `Supplement ${supplementId}` },
  mandatory,
  price: euros(cents),
  unit,
});

export const accommodation = (overrides: Partial<QuotedAccommodation> = {}): QuotedAccommodation => ({
  accommodationId: GITE,
  bookableOnline: true,
  capacity: { min: 1, max: 6 },
  supplements: [],
  ageRanges: [
    { ageRangeId: ADULTS, maxAge: 120, countsTowardsCapacity: true },
    { ageRangeId: CHILDREN, maxAge: 17, countsTowardsCapacity: true },
  ],
  ...overrides,
});

export const promotion = (promotionId: string, input: Partial<PromotionInput> = {}): OfferedPromotion => ({
  promotionId,
  details: parsePromotion('input', { kind: 'LAST_MINUTE', percent: 10, days: 60, accommodationIds: [GITE], ...input }),
});

export const promoCode = (promoCodeId: string, input: Partial<PromoCodeInput> = {}, consumedBy: string | null = null): OwnersPromoCode => ({
  promoCodeId,
  details: parsePromoCode('input', {
    code: 'ETE2026',
    internalLabel: 'Summer mailing',
    label: { fr: 'Code été', en: 'Summer code' },
    usage: 'MULTIPLE',
    percent: 15,
    accommodationIds: [GITE],
    ...input,
  }),
  consumedBy,
});

export const quoteRequest = (arrival: string, departure: string, overrides: Partial<Omit<QuoteRequest, 'stay'>> = {}): QuoteRequest => ({
  accommodationId: GITE,
  stay: stay('input', arrival, departure),
  occupants: [{ ageRangeId: ADULTS, count: 2 }],
  optionalSupplementIds: [],
  promoCode: null,
  ...overrides,
});

export const quoteFacts = (overrides: Partial<QuoteFacts> = {}): QuoteFacts => ({
  now: NOW,
  accommodation: accommodation(),
  rate: stayRate('2026-07-04', 7, { initialPrice: 45_000 }),
  otherArrivals: [],
  takenNights: [],
  rules: DEFAULT_BOOKING_RULES,
  touristTax: null,
  promotions: [],
  promoCode: null,
  explainCodes: true,
  depositTerms: { kind: 'ACOMPTE', percent: 25 },
  ...overrides,
});
