import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { CATALOGUE_QUERIES, type CatalogueQueries } from '../../catalogue/contracts';
import { AccommodationNotFound } from '../../shared/kernel/accommodation-access';
import { addDays, dayRange, localDayAndHour, type CalendarDate } from '../../shared/kernel/calendar-date';
import { DEPOSIT_POLICIES, depositTermsFor, type DepositPolicies } from '../../paiement/contracts';
import { PLANNING_AVAILABILITY, type NightSpan, type PlanningAvailability } from '../../reservation/contracts';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { isUuid } from '../../shared/kernel/ids';
import { euros } from '../../shared/kernel/money';
import { MAX_STAY_NIGHTS, stay, type Stay } from '../../shared/kernel/stay';
import { MAX_PLANNING_DAYS, type NightlyPrice, type QuoteQuestion, type QuoteService } from '../contracts';
import { typedPromoCode, type PromoCodeDetails } from '../domain/promo-codes/promo-code';
import type { PromotionDetails } from '../domain/promotions/promotion';
import { quote, type Quote, type QuoteFacts } from '../domain/quote/quote';
import type { Occupancy, RateDiscount } from '../domain/rates/rate-price';
import { stayRateId } from '../domain/rates/rate-grid';
import { nightlyPrices } from '../domain/rates/nightly-price';
import { DEFAULT_BOOKING_RULES, type BookingRules } from '../domain/rules/booking-rules';
import { StayRateRowSchema, stayRateOf, stayRateRowId } from '../infrastructure/stay-rate.row';
import { bookableOnline, visibleAccommodation } from './visible-accommodation';

interface PricingFactsRow {
  rate: { arrival: string; nights: number; initial_cents: number; discount: RateDiscount | null; sale_cents: number; occupancy: Occupancy | null } | null;
  other_arrivals: string[];
  booking_rules: BookingRules | null;
  tourist_tax_cents: number | null;
  promotions: { id: string; details: PromotionDetails }[];
  promo_code: { id: string; details: PromoCodeDetails; consumed_by: string | null } | null;
}

/** Positional parameters, in the order `pricingFacts` passes them. */
const PRICING_FACTS = `
  SELECT
    (SELECT json_build_object('arrival', to_char(r.arrival, 'YYYY-MM-DD'), 'nights', r.nights, 'initial_cents', r.initial_cents,
                              'discount', r.discount, 'sale_cents', r.sale_cents, 'occupancy', r.occupancy)
       FROM stay_rates r WHERE r.id = ?) AS rate,
    (SELECT coalesce(json_agg(to_char(o.arrival, 'YYYY-MM-DD') ORDER BY o.arrival), '[]')
       FROM stay_rates o WHERE o.accommodation_id = ? AND o.nights = ? AND o.arrival BETWEEN ? AND ?
        AND NOT EXISTS (SELECT 1 FROM stay_rates x WHERE x.id = ?)) AS other_arrivals,
    s.booking_rules,
    s.tourist_tax_cents,
    (SELECT coalesce(json_agg(json_build_object('id', p.id, 'details', p.details) ORDER BY p.created_at, p.id), '[]')
       FROM promotions p WHERE p.owner_id = ? AND p.accommodation_ids @> ARRAY[CAST(? AS text)]) AS promotions,
    (SELECT json_build_object('id', c.id, 'details', c.details, 'consumed_by', c.consumed_by)
       FROM promo_codes c WHERE c.owner_id = ? AND c.code = ?) AS promo_code
  FROM (SELECT 1) AS one
  LEFT JOIN pricing_settings s ON s.id = ?`;

/** How far around an arrival with no rate to look for arrivals that have one, to suggest them. */
const SUGGESTION_WINDOW_DAYS = 7;


/**
 * Gathers a quote's facts from the read models (each an indexed lookup, fetched together) and
 * leaves the pricing to the pure `quote`.
 */
@Injectable()
export class QuoteServiceImpl implements QuoteService {
  constructor(
    private readonly em: EntityManager,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CATALOGUE_QUERIES) private readonly catalogue: CatalogueQueries,
    @Inject(DEPOSIT_POLICIES) private readonly depositPolicies: DepositPolicies,
    @Inject(PLANNING_AVAILABILITY) private readonly planning: PlanningAvailability,
  ) {}

  async quote(question: QuoteQuestion): Promise<Quote> {
    const requested = stay('input', question.arrival, question.departure);
    const accommodation = await visibleAccommodation(this.catalogue, question.accommodationId, question.viewerOwnerId, 'input.accommodationId');
    if (question.ownedBy != null && accommodation.ownerId !== question.ownedBy) throw new AccommodationNotFound(question.accommodationId, 'input.accommodationId');
    const typedCode = typedPromoCode('input.promoCode', question.promoCode ?? null);
    const { accommodationId, ownerId } = accommodation;
    const [found, depositPolicy, takenNights] = await Promise.all([
      this.pricingFacts(accommodationId, ownerId, requested, typedCode),
      question.depositPolicy ?? this.depositPolicies.policyOf(ownerId),
      // The back office books through the planning, which refuses a clash itself: no lookup.
      question.ownedBy == null ? this.planning.takenNights(accommodationId, requested.arrival, requested.departure) : ([] as NightSpan[]),
    ]);
    const ownCode = found.promoCode !== null && question.forDossierId != null && found.promoCode.consumedBy === question.forDossierId;
    const facts = ownCode && found.promoCode ? { ...found, promoCode: { ...found.promoCode, consumedBy: null } } : found;
    const now = this.clock.now();
    return quote(
      {
        accommodationId,
        stay: requested,
        occupants: question.occupants,
        optionalSupplementIds: [...new Set(question.optionalSupplementIds ?? [])],
        promoCode: typedCode,
        ownerPrice: question.viewerOwnerId === ownerId ? (question.ownerPrice ?? null) : null,
      },
      {
        now,
        accommodation: {
          accommodationId,
          bookableOnline: bookableOnline(accommodation),
          capacity: accommodation.capacity,
          supplements: accommodation.supplements,
          ageRanges: accommodation.ageRanges,
        },
        ...facts,
        takenNights,
        explainCodes: question.viewerOwnerId === ownerId,
        depositTerms: depositTermsFor(depositPolicy, requested.arrival, localDayAndHour(now, facts.rules.timeZone).date),
      },
    );
  }

  async nightlyPrices(accommodationId: string, from: CalendarDate, to: CalendarDate): Promise<NightlyPrice[]> {
    const { first, end, days } = dayRange(from, to, MAX_PLANNING_DAYS, 'a planning may span');
    if (!isUuid(accommodationId)) return Array.from({ length: days }, (_, i) => ({ date: addDays(first, i), price: null }));
    // A stay arriving up to 90 nights before `from` may still cover it.
    const rows = await this.em.fork().find(
      StayRateRowSchema,
      { accommodationId, arrival: { $gte: addDays(first, -MAX_STAY_NIGHTS), $lt: end } },
      { orderBy: { arrival: 'asc', nights: 'asc' } },
    );
    return nightlyPrices(first, end, rows.map(stayRateOf));
  }

  /**
   * Everything Tarification knows about the stay, in one round trip: the quote is on every
   * guest's path, and separate lookups cost more in latency than in work.
   */
  private async pricingFacts(
    accommodationId: string,
    ownerId: string,
    requested: Stay,
    typedCode: string | null,
  ): Promise<Pick<QuoteFacts, 'rate' | 'otherArrivals' | 'rules' | 'touristTax' | 'promotions' | 'promoCode'>> {
    const rateRowId = stayRateRowId(accommodationId, stayRateId(requested.arrival, requested.nights));
    const [row] = await this.em.fork().execute<PricingFactsRow[]>(PRICING_FACTS, [
      rateRowId,
      accommodationId,
      requested.nights,
      addDays(requested.arrival, -SUGGESTION_WINDOW_DAYS),
      addDays(requested.arrival, SUGGESTION_WINDOW_DAYS),
      rateRowId,
      ownerId,
      accommodationId,
      ownerId,
      typedCode,
      accommodationId,
    ]);
    const rate = row.rate;
    return {
      rate: rate && {
        arrival: rate.arrival,
        nights: rate.nights,
        initialPrice: euros(rate.initial_cents),
        discount: rate.discount,
        salePrice: euros(rate.sale_cents),
        occupancy: rate.occupancy,
      },
      otherArrivals: row.other_arrivals,
      rules: row.booking_rules ?? DEFAULT_BOOKING_RULES,
      touristTax: row.tourist_tax_cents ? { perPersonPerNight: euros(row.tourist_tax_cents) } : null,
      promotions: row.promotions.map((p) => ({ promotionId: p.id, details: p.details })),
      promoCode: row.promo_code && { promoCodeId: row.promo_code.id, details: row.promo_code.details, consumedBy: row.promo_code.consumed_by },
    };
  }

  /** Guests never learn that a hidden or archived accommodation exists; its owner may ask. */
}
