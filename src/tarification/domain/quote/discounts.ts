import type { CalendarDate } from '../../../shared/kernel/calendar-date';
import type { LocalizedText } from '../../../shared/kernel/localized-text';
import { euros, formatMoney, percentOf, type Money } from '../../../shared/kernel/money';
import type { Stay } from '../../../shared/kernel/stay';
import type { PromoCodeDetails } from '../promo-codes/promo-code';
import { promotionApplies, type PromotionDetails } from '../promotions/promotion';
import { isValidOn } from '../validity';

export const DISCOUNT_SOURCES = ['RATE', 'LAST_MINUTE', 'EARLY_BOOKING', 'PROMO_CODE'] as const;
export type DiscountSource = (typeof DISCOUNT_SOURCES)[number];

/** One line taken off the accommodation price, with the rule that made it. */
export interface QuoteDiscount {
  readonly source: DiscountSource;
  /** The promotion's or promo code's id; null for a rate's own discount. */
  readonly sourceId: string | null;
  readonly label: LocalizedText;
  readonly rule: string;
  readonly amount: Money;
}

/** What became of the code the guest typed. */
export interface PromoCodeOutcome {
  readonly code: string;
  readonly applied: boolean;
  /** Why it was not applied; null when it was. */
  readonly message: string | null;
  /** The same sentence for a guest who reads French. */
  readonly french: string | null;
}

/** A sentence a guest reads, in English and in French. */
export interface GuestSentence {
  readonly en: string;
  readonly fr: string;
}

export interface OfferedPromotion {
  readonly promotionId: string;
  readonly details: PromotionDetails;
}

export interface OwnersPromoCode {
  readonly promoCodeId: string;
  readonly details: PromoCodeDetails;
  readonly consumedBy: string | null;
}

export interface DiscountFacts {
  readonly accommodationId: string;
  readonly stay: Stay;
  readonly today: CalendarDate;
  /** Days from today to arrival, where the accommodation is. */
  readonly daysAhead: number;
  readonly promotions: readonly OfferedPromotion[];
  /** The code as typed, normalised; null when none was typed. */
  readonly typedCode: string | null;
  /** The owner's live code of that name, if any. */
  readonly promoCode: OwnersPromoCode | null;
  /**
   * Whether to say why a code does not apply: the owner may learn it; a guest only learns that
   * it does not, so that nobody can probe which codes exist, for whom and when.
   */
  readonly explainCodes: boolean;
}

/** What a guest is told of any code that does not apply to their stay. */
export const CODE_DOES_NOT_APPLY: GuestSentence = { en: 'This promo code does not apply to this stay', fr: 'Ce code promo ne s’applique pas à ce séjour' };

/**
 * Promotions and promo codes on the price left after the rate's own discount. Promotions never
 * add up: the best one applies. A code adds to it only when its owner allowed that; otherwise
 * the guest gets whichever takes off more (the promotion on a tie, which keeps a single-use
 * code unspent), and the outcome says which. A code's amount never exceeds what is left.
 */
export function offerDiscounts(base: number, facts: DiscountFacts): { discounts: QuoteDiscount[]; promoCode: PromoCodeOutcome | null } {
  const promotion = bestPromotion(base, facts);
  const reason = facts.typedCode === null ? null : promoCodeRefusal(facts);
  const codeRefusal = reason === null || facts.explainCodes ? reason : CODE_DOES_NOT_APPLY;
  const code = facts.typedCode !== null && codeRefusal === null && facts.promoCode ? facts.promoCode : null;
  const outcome = (applied: boolean, said: GuestSentence | null): PromoCodeOutcome | null =>
    facts.typedCode === null ? null : { code: facts.typedCode, applied, message: said?.en ?? null, french: said?.fr ?? null };
  if (code === null) return { discounts: promotion ? [promotion] : [], promoCode: outcome(false, codeRefusal) };
  if (promotion === null) return { discounts: [codeDiscount(code, base, false)], promoCode: outcome(true, null) };
  if (code.details.combinesWithPromotions) {
    return { discounts: [promotion, codeDiscount(code, base - promotion.amount.cents, true)], promoCode: outcome(true, null) };
  }
  const alone = codeDiscount(code, base, false);
  return alone.amount.cents > promotion.amount.cents
    ? { discounts: [alone], promoCode: outcome(true, null) }
    : {
        discounts: [promotion],
        promoCode: outcome(false, {
          en: `${promotion.label.en} takes off as much or more, and this code does not combine with promotions`,
          fr: `${promotion.label.fr} fait une remise égale ou plus forte, et ce code ne se cumule pas avec les promotions`,
        }),
      };
}

function bestPromotion(base: number, facts: DiscountFacts): QuoteDiscount | null {
  let best: QuoteDiscount | null = null;
  for (const { promotionId, details } of facts.promotions) {
    if (!promotionApplies(details, facts.accommodationId, facts.today, facts.daysAhead)) continue;
    const amount = percentOf(base, details.percent);
    if (best !== null && amount <= best.amount.cents) continue;
    const lastMinute = details.kind === 'LAST_MINUTE';
    best = {
      source: details.kind,
      sourceId: promotionId,
      label: lastMinute
        ? { fr: `Promotion dernière minute −${frenchPercent(details.percent)}`, en: `Last-minute offer −${details.percent} %` }
        : { fr: `Réservation anticipée −${frenchPercent(details.percent)}`, en: `Early booking offer −${details.percent} %` },
      rule: `${lastMinute ? 'Last-minute' : 'Early booking'} promotion: ${details.percent} % off stays starting in ${lastMinute ? 'less' : 'more'} than ${details.days} days (this one starts in ${facts.daysAhead})`,
      amount: euros(amount),
    };
  }
  return best;
}

/** Null when the typed code applies to this stay; else why not, for the guest. */
function promoCodeRefusal(facts: DiscountFacts): GuestSentence | null {
  const code = facts.promoCode;
  if (code === null || code.details.code !== facts.typedCode) return { en: 'This promo code does not exist', fr: 'Ce code promo n’existe pas' };
  const { details } = code;
  if (!details.accommodationIds.includes(facts.accommodationId)) return { en: 'This promo code is not valid for this accommodation', fr: 'Ce code promo n’est pas valable pour ce logement' };
  if (!isValidOn(details, facts.today)) return { en: 'This promo code cannot be used today', fr: 'Ce code promo ne peut pas être utilisé aujourd’hui' };
  if (details.allowedStays !== null && !details.allowedStays.some((s) => s.arrival === facts.stay.arrival && s.nights === facts.stay.nights)) {
    return { en: 'This promo code is not valid for these dates', fr: 'Ce code promo n’est pas valable pour ces dates' };
  }
  if (details.usage === 'SINGLE' && code.consumedBy !== null) return { en: 'This promo code has already been used', fr: 'Ce code promo a déjà été utilisé' };
  return null;
}

function codeDiscount(code: OwnersPromoCode, base: number, combined: boolean): QuoteDiscount {
  const { details } = code;
  const amount = details.discount.kind === 'PERCENT' ? percentOf(base, details.discount.percent) : Math.min(details.discount.amount.cents, base);
  const off = details.discount.kind === 'PERCENT' ? `${details.discount.percent} %` : formatMoney(details.discount.amount);
  return {
    source: 'PROMO_CODE',
    sourceId: code.promoCodeId,
    label: { fr: `${details.label.fr} (${details.code})`, en: `${details.label.en ?? details.label.fr} (${details.code})` },
    rule: `Promo code ${details.code}: ${off} off the accommodation price${combined ? ', after the promotion it combines with' : ''}`,
    amount: euros(amount),
  };
}

const frenchPercent = (value: number): string => `${String(value).replace('.', ',')} %`;
