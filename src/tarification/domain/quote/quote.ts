import { daysBetween, localDayAndHour } from '../../../shared/kernel/calendar-date';
import { InvalidInput } from '../../../shared/kernel/errors';
import type { DepositTerms } from '../../../shared/kernel/payment-terms';
import type { LocalizedText } from '../../../shared/kernel/localized-text';
import { euros, formatMoney, MAX_CENTS, percentOf, type Money } from '../../../shared/kernel/money';
import { typedPromoCode } from '../promo-codes/promo-code';
import type { StayRate } from '../rates/rate-grid';
import { shownDiscountPercent } from '../rates/rate-price';
import type { BookingRules } from '../rules/booking-rules';
import { offerDiscounts, type OfferedPromotion, type OwnersPromoCode, type PromoCodeOutcome, type QuoteDiscount } from './discounts';
import { occupancyExtras } from './occupancy-extras';
import { checkQuoteRequest, personCount, type QuoteRequest } from './quote-request';
import { quotedTouristTax, type QuotedTouristTax, type TouristTaxFacts } from './quote-tourist-tax';
import { refusals, type Refusal } from './refusals';
import { takenWithin, type TakenNights } from './taken-nights';

/** Catalogue's supplement units: once, per night, per person, per person per night. */
export type SupplementPriceUnit = 'PER_STAY' | 'PER_NIGHT' | 'PER_PERSON' | 'PER_PERSON_NIGHT';

/** What the accommodation offers, as Catalogue describes it. */
export interface QuotedAccommodation {
  readonly accommodationId: string;
  readonly bookableOnline: boolean;
  readonly capacity: { readonly min: number; readonly max: number };
  readonly supplements: readonly { readonly supplementId: string; readonly name: LocalizedText; readonly mandatory: boolean; readonly price: Money; readonly unit: SupplementPriceUnit }[];
  readonly ageRanges: readonly { readonly ageRangeId: string; readonly maxAge: number; readonly countsTowardsCapacity: boolean }[];
}

/** Everything a quote depends on, gathered by the caller: the quote itself reads nothing. */
export interface QuoteFacts {
  readonly now: Date;
  readonly accommodation: QuotedAccommodation;
  readonly rate: StayRate | null;
  readonly otherArrivals: readonly string[];
  /**
   * Nights around the stay already held on the planning. Empty when the owner books: the planning
   * refuses a clash itself then, and the lookup is spared.
   */
  readonly takenNights: readonly TakenNights[];
  readonly rules: BookingRules;
  readonly touristTax: TouristTaxFacts | null;
  readonly promotions: readonly OfferedPromotion[];
  readonly promoCode: OwnersPromoCode | null;
  /** True when the accommodation's owner asks: they may learn why a code does not apply. */
  readonly explainCodes: boolean;
  /** The owner's deposit policy, as it stands for this stay's arrival. */
  readonly depositTerms: DepositTerms;
}

export interface QuoteSupplement {
  readonly supplementId: string;
  readonly label: LocalizedText;
  readonly mandatory: boolean;
  readonly unit: SupplementPriceUnit;
  readonly quantity: number;
  readonly unitPrice: Money;
  readonly amount: Money;
}

/**
 * The price of a stay, line by line. `total` = `accommodationPrice` − `discounts` +
 * `supplements`. The tourist tax is apart: it is the commune's, usually paid on site. The
 * deposit is a share of the accommodation price after discounts, supplements excluded.
 */
export interface Quote {
  readonly accommodationId: string;
  readonly arrival: string;
  readonly departure: string;
  readonly nights: number;
  /** Everyone staying, as per-person prices count them; the capacity may count fewer. */
  readonly persons: number;
  /** The day it is at the accommodation, in its time zone: what lead times and deposit terms count from. */
  readonly today: string;
  /** The accommodation's IANA zone, from its booking rules. */
  readonly timeZone: string;
  readonly bookable: boolean;
  readonly refusals: readonly Refusal[];
  readonly rate: StayRate | null;
  readonly accommodationPrice: Money;
  readonly discounts: readonly QuoteDiscount[];
  readonly discountedAccommodationPrice: Money;
  readonly supplements: readonly QuoteSupplement[];
  readonly total: Money;
  readonly deposit: DepositTerms & { readonly amount: Money };
  readonly touristTax: QuotedTouristTax;
  readonly promoCode: PromoCodeOutcome | null;
}

export class QuoteTooLarge extends InvalidInput {
  constructor() {
    super('input', `the stay would cost more than ${formatMoney(euros(MAX_CENTS))}; check the occupants and supplements`);
  }
}

export function quote(request: QuoteRequest, facts: QuoteFacts): Quote {
  const { accommodation, rate, rules } = facts;
  checkQuoteRequest('input', request, {
    ageRangeIds: accommodation.ageRanges.map((range) => range.ageRangeId),
    supplements: accommodation.supplements,
  });
  const { stay } = request;
  const persons = personCount(request.occupants);
  const counting = new Set(accommodation.ageRanges.filter((range) => range.countsTowardsCapacity).map((range) => range.ageRangeId));
  const counted = personCount(request.occupants.filter((o) => counting.has(o.ageRangeId)));
  const ownerPrice = request.ownerPrice ?? null;
  const priced = rate !== null || ownerPrice !== null;
  const found = refusals({
    stay,
    persons: counted,
    uncountedPersons: persons - counted,
    takenNights: takenWithin(stay, facts.takenNights),
    now: facts.now,
    rules,
    bookableOnline: accommodation.bookableOnline,
    capacity: accommodation.capacity,
    hasRate: priced,
    otherArrivals: facts.otherArrivals,
  });
  const today = localDayAndHour(facts.now, rules.timeZone).date;
  const typedCode = typedPromoCode('input.promoCode', request.promoCode);

  const accommodationPrice = ownerPrice ?? (rate === null ? 0 : rate.initialPrice.cents + occupancyExtras(rate, request.occupants, stay.nights));
  const rateDiscount = rate === null || ownerPrice !== null ? null : rateDiscountLine(rate);
  const afterRate = accommodationPrice - (rateDiscount?.amount.cents ?? 0);
  const unpricedCode = (en: string, fr: string) => ({ discounts: [], promoCode: typedCode === null ? null : { code: typedCode, applied: false, message: en, french: fr } });
  const offered =
    ownerPrice !== null
      ? unpricedCode('The owner set the price, so no code applies', 'Le propriétaire a fixé le prix : aucun code ne s’applique')
      : rate === null
        ? unpricedCode('The stay has no price, so no code applies', 'Le séjour n’a pas de prix : aucun code ne s’applique')
        : offerDiscounts(afterRate, {
          accommodationId: accommodation.accommodationId,
          stay,
          today,
          daysAhead: daysBetween(today, stay.arrival),
          promotions: facts.promotions,
          typedCode,
          promoCode: facts.promoCode,
          explainCodes: facts.explainCodes,
        });
  const discounts = rateDiscount ? [rateDiscount, ...offered.discounts] : offered.discounts;
  const discounted = accommodationPrice - discounts.reduce((sum, d) => sum + d.amount.cents, 0);
  const supplements = priced ? supplementLines(request, accommodation, persons) : [];
  const total = discounted + supplements.reduce((sum, s) => sum + s.amount.cents, 0);
  if (accommodationPrice > MAX_CENTS || total > MAX_CENTS) throw new QuoteTooLarge();
  const touristTax = quotedTouristTax(facts.touristTax, {
    stay,
    accommodationPrice: euros(discounted),
    occupants: request.occupants,
    ageRanges: accommodation.ageRanges,
    exemptions: request.touristTaxExemptions ?? {},
  });
  if (touristTax.amount.cents > MAX_CENTS) throw new QuoteTooLarge();

  return {
    accommodationId: accommodation.accommodationId,
    arrival: stay.arrival,
    departure: stay.departure,
    nights: stay.nights,
    persons,
    today,
    timeZone: rules.timeZone,
    bookable: found.length === 0,
    refusals: found,
    rate,
    accommodationPrice: euros(accommodationPrice),
    discounts,
    discountedAccommodationPrice: euros(discounted),
    supplements,
    total: euros(total),
    deposit: { ...facts.depositTerms, amount: euros(percentOf(discounted, facts.depositTerms.percent)) },
    touristTax,
    promoCode: offered.promoCode,
  };
}

function rateDiscountLine(rate: StayRate): QuoteDiscount | null {
  const amount = rate.initialPrice.cents - rate.salePrice.cents;
  if (amount === 0) return null;
  const shown = shownDiscountPercent(rate);
  return {
    source: 'RATE',
    sourceId: null,
    label: { fr: `Remise −${shown} %`, en: `Discount −${shown} %` },
    rule: `Rate for ${rate.nights} night${rate.nights === 1 ? '' : 's'} arriving ${rate.arrival}: ${formatMoney(rate.initialPrice)} less ${formatMoney(euros(amount))}`,
    amount: euros(amount),
  };
}

/** Mandatory supplements always; optional ones when chosen. Quantities follow the unit. */
function supplementLines(request: QuoteRequest, accommodation: QuotedAccommodation, persons: number): QuoteSupplement[] {
  const { nights } = request.stay;
  return accommodation.supplements
    .filter((s) => s.mandatory || request.optionalSupplementIds.includes(s.supplementId))
    .map((s) => {
      const quantity = { PER_STAY: 1, PER_NIGHT: nights, PER_PERSON: persons, PER_PERSON_NIGHT: persons * nights }[s.unit];
      return { supplementId: s.supplementId, label: s.name, mandatory: s.mandatory, unit: s.unit, quantity, unitPrice: s.price, amount: euros(s.price.cents * quantity) };
    });
}
