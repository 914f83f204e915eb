import { euros } from '../../src/shared/kernel/money';
import { stay } from '../../src/shared/kernel/stay';
import { quote, type QuoteFacts } from '../../src/tarification/domain/quote/quote';
import type { QuoteRequest } from '../../src/tarification/domain/quote/quote-request';
import { DEFAULT_BOOKING_RULES } from '../../src/tarification/domain/rules/booking-rules';

export { quote };

/** A quote with every kind of line: rate discount, promotion, code, supplements, tourist tax. */
export const DEFAULT_QUOTE_FACTS_FOR_BENCH: { request: QuoteRequest; facts: QuoteFacts } = {
  request: {
    accommodationId: 'acc',
    stay: stay('input', '2027-07-03', '2027-07-10'),
    occupants: [
      { ageRangeId: 'adult', count: 2 },
      { ageRangeId: 'child', count: 2 },
    ],
    optionalSupplementIds: ['linen'],
    promoCode: 'ETE',
  },
  facts: {
    now: new Date('2027-06-01T10:00:00Z'),
    accommodation: {
      accommodationId: 'acc',
      bookableOnline: true,
      capacity: { min: 1, max: 6 },
      supplements: [
        { supplementId: 'cleaning', name: { fr: 'Ménage', en: 'Cleaning' }, mandatory: true, price: euros(6000), unit: 'PER_STAY' },
        { supplementId: 'linen', name: { fr: 'Linge', en: 'Linen' }, mandatory: false, price: euros(1200), unit: 'PER_PERSON' },
      ],
      ageRanges: [
        { ageRangeId: 'adult', maxAge: 100, countsTowardsCapacity: true },
        { ageRangeId: 'child', maxAge: 16, countsTowardsCapacity: true },
      ],
    },
    rate: {
      arrival: '2027-07-03',
      nights: 7,
      initialPrice: euros(70000),
      discount: { kind: 'PERCENT', percent: 5 },
      salePrice: euros(66500),
      occupancy: { includedOccupants: 2, extraPerNight: euros(1500), byAgeRange: [] },
    },
    otherArrivals: [],
    takenNights: [],
    rules: DEFAULT_BOOKING_RULES,
    touristTax: { kind: 'FLAT', perPersonPerNight: euros(150) },
    promotions: [{ promotionId: 'p1', details: { kind: 'EARLY_BOOKING', percent: 10, days: 20, accommodationIds: ['acc'], validFrom: null, validTo: null } }],
    promoCode: {
      promoCodeId: 'c1',
      consumedBy: null,
      details: {
        code: 'ETE',
        internalLabel: 'Été',
        label: { fr: 'Été', en: 'Summer' },
        usage: 'MULTIPLE',
        discount: { kind: 'PERCENT', percent: 12 },
        accommodationIds: ['acc'],
        allowedStays: null,
        combinesWithPromotions: false,
        validFrom: null,
        validTo: null,
      },
    },
    explainCodes: false,
    depositTerms: { kind: 'ACOMPTE', percent: 25 },
  },
};
