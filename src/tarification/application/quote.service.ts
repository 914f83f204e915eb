import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { type AccommodationForBooking, bookableOnline, CATALOGUE_QUERIES, type CatalogueQueries, classifiedStarsOn, visibleAccommodation } from '../../catalogue/contracts';
import { AccommodationNotFound } from '../../shared/kernel/accommodation-access';
import { addDays, dayRange, daysBetween, localDayAndHour, type CalendarDate } from '../../shared/kernel/calendar-date';
import { DEPOSIT_POLICIES, depositTermsFor, type DepositPolicies, type DepositPolicy } from '../../paiement/contracts';
import { PLANNING_AVAILABILITY, type NightSpan, type PlanningAvailability } from '../../reservation/contracts';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { isUuid } from '../../shared/kernel/ids';
import { euros } from '../../shared/kernel/money';
import { MAX_STAY_NIGHTS, stay, type Stay } from '../../shared/kernel/stay';
import { MAX_PLANNING_DAYS, type NightlyPrice, type QuoteQuestion, type QuoteService } from '../contracts';
import { typedPromoCode, type PromoCodeDetails } from '../domain/promo-codes/promo-code';
import type { PromotionDetails } from '../domain/promotions/promotion';
import { quote, type Quote, type QuoteFacts } from '../domain/quote/quote';
import type { TouristTaxFacts } from '../domain/quote/quote-tourist-tax';
import { touristTaxCategory } from '../domain/tourist-tax/tourist-tax-category';
import type { TouristTaxTariff } from '../domain/tourist-tax/tourist-tax-tariff';
import type { TouristTaxSource } from '../infrastructure/pricing-settings.row';
import type { Occupancy, RateDiscount } from '../domain/rates/rate-price';
import { stayRateId } from '../domain/rates/rate-grid';
import { nightlyPrices } from '../domain/rates/nightly-price';
import { DEFAULT_BOOKING_RULES, type BookingRules } from '../domain/rules/booking-rules';
import { StayRateRowSchema, stayRateOf, stayRateRowId, type StayRateRow } from '../infrastructure/stay-rate.row';

interface PricingFactsRow {
  rates: { arrival: string; nights: number; initial_cents: number; discount: RateDiscount | null; sale_cents: number; occupancy: Occupancy | null }[];
  other_arrivals: { arrival: string; nights: number }[];
  booking_rules: BookingRules | null;
  tourist_tax_cents: number | null;
  tourist_tax_source: TouristTaxSource | null;
  tourist_tax_tariffs: TouristTaxTariff[];
  promotions: { id: string; details: PromotionDetails }[];
  promo_code: { id: string; details: PromoCodeDetails; consumed_by: string | null } | null;
}

/**
 * Positional parameters, in the order `pricingFacts` passes them. Arrivals that have a rate are
 * looked for only when a stay has none, to suggest them.
 */
const PRICING_FACTS = `
  SELECT
    (SELECT coalesce(json_agg(json_build_object('arrival', to_char(r.arrival, 'YYYY-MM-DD'), 'nights', r.nights, 'initial_cents', r.initial_cents,
                                                'discount', r.discount, 'sale_cents', r.sale_cents, 'occupancy', r.occupancy)), '[]')
       FROM stay_rates r WHERE r.id IN (?)) AS rates,
    (SELECT coalesce(json_agg(json_build_object('arrival', to_char(o.arrival, 'YYYY-MM-DD'), 'nights', o.nights) ORDER BY o.arrival), '[]')
       FROM stay_rates o WHERE o.accommodation_id = ? AND o.nights IN (?) AND o.arrival BETWEEN ? AND ?
        AND (SELECT count(*) FROM stay_rates x WHERE x.id IN (?)) < ?) AS other_arrivals,
    s.booking_rules,
    s.tourist_tax_cents,
    s.tourist_tax_source,
    (SELECT coalesce(json_agg(t.tariff ORDER BY t.year), '[]')
       FROM tourist_tax_tariffs t
      WHERE t.publisher_id = CAST(s.tourist_tax_source #>> '{publisher,id}' AS uuid) AND t.publisher_kind = s.tourist_tax_source #>> '{publisher,kind}'
        AND t.authority_key = s.tourist_tax_source ->> 'authority' AND t.year BETWEEN ? AND ?) AS tourist_tax_tariffs,
    (SELECT coalesce(json_agg(json_build_object('id', p.id, 'details', p.details) ORDER BY p.created_at, p.id), '[]')
       FROM promotions p WHERE p.owner_id = ? AND p.accommodation_ids @> ARRAY[CAST(? AS text)]) AS promotions,
    (SELECT json_build_object('id', c.id, 'details', c.details, 'consumed_by', c.consumed_by)
       FROM promo_codes c WHERE c.owner_id = ? AND c.code = ?) AS promo_code
  FROM (SELECT 1) AS one
  LEFT JOIN pricing_settings s ON s.id = ?`;

type PricingFacts = Pick<QuoteFacts, 'rate' | 'otherArrivals' | 'rules' | 'touristTax' | 'promotions' | 'promoCode'>;

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
    const [quoted] = await this.quotesOf(accommodation, [requested], question);
    return quoted;
  }

  /**
   * Stays of an accommodation the caller already read and may show to this viewer, priced
   * together: their facts come in one round trip however many they are. The stay search prices
   * the asked stay and the arrivals it suggests so, with the planning around them read once
   * (`takenNights`, covering every night of every stay, read while the facts are). What the
   * question says of its own stay and accommodation is not read: `accommodation` and `stays` are.
   */
  async quotesOf(accommodation: AccommodationForBooking, stays: readonly Stay[], question: QuoteQuestion, takenNights?: Promise<readonly NightSpan[]>): Promise<Quote[]> {
    if (stays.length === 0) return [];
    const typedCode = typedPromoCode('input.promoCode', question.promoCode ?? null);
    const { accommodationId, ownerId } = accommodation;
    const arrival = stays.reduce((first, s) => (s.arrival < first ? s.arrival : first), stays[0].arrival);
    const departure = stays.reduce((last, s) => (s.departure > last ? s.departure : last), stays[0].departure);
    const [facts, depositPolicy, taken] = await Promise.all([
      this.pricingFacts(accommodation, stays, typedCode),
      question.depositPolicy ?? this.depositPolicies.policyOf(ownerId),
      // The back office books through the planning, which refuses a clash itself: no lookup.
      takenNights ?? (question.ownedBy == null ? this.planning.takenNights(accommodationId, arrival, departure) : ([] as NightSpan[])),
    ]);
    const now = this.clock.now();
    return stays.map((requested, i) => this.priced(accommodation, requested, question, { found: facts[i], depositPolicy, takenNights: taken, typedCode, now }));
  }

  private priced(
    accommodation: AccommodationForBooking,
    requested: Stay,
    question: QuoteQuestion,
    { found, depositPolicy, takenNights, typedCode, now }: { found: PricingFacts; depositPolicy: DepositPolicy; takenNights: readonly NightSpan[]; typedCode: string | null; now: Date },
  ): Quote {
    const { accommodationId, ownerId } = accommodation;
    const ownCode = found.promoCode !== null && question.forDossierId != null && found.promoCode.consumedBy === question.forDossierId;
    const facts = ownCode && found.promoCode ? { ...found, promoCode: { ...found.promoCode, consumedBy: null } } : found;
    return quote(
      {
        accommodationId,
        stay: requested,
        occupants: question.occupants,
        optionalSupplementIds: [...new Set(question.optionalSupplementIds ?? [])],
        promoCode: typedCode,
        ownerPrice: question.viewerOwnerId === ownerId ? (question.ownerPrice ?? null) : null,
        touristTaxExemptions: question.viewerOwnerId === ownerId ? (question.touristTaxExemptions ?? null) : null,
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

  async timeZoneOf(accommodationId: string): Promise<string> {
    const [row] = isUuid(accommodationId)
      ? await this.em.fork().execute<{ zone: string | null }[]>("SELECT booking_rules ->> 'timeZone' AS zone FROM pricing_settings WHERE id = ?", [accommodationId])
      : [];
    return row?.zone ?? DEFAULT_BOOKING_RULES.timeZone;
  }

  async nightlyPrices(accommodationId: string, from: CalendarDate, to: CalendarDate): Promise<NightlyPrice[]> {
    return (await this.nightlyPricesOf([accommodationId], from, to)).get(accommodationId) ?? [];
  }

  async nightlyPricesOf(accommodationIds: readonly string[], from: CalendarDate, to: CalendarDate): Promise<ReadonlyMap<string, NightlyPrice[]>> {
    const { first, end } = dayRange(from, to, MAX_PLANNING_DAYS, 'a planning may span');
    const ids = [...new Set(accommodationIds.filter(isUuid))];
    // A stay arriving up to 90 nights before `from` may still cover it.
    const rows =
      ids.length === 0
        ? []
        : await this.em.fork().find(StayRateRowSchema, { accommodationId: { $in: ids }, arrival: { $gte: addDays(first, -MAX_STAY_NIGHTS), $lt: end } }, { orderBy: { arrival: 'asc', nights: 'asc' } });
    const ratesOf = new Map<string, StayRateRow[]>();
    for (const row of rows) {
      const rates = ratesOf.get(row.accommodationId);
      if (rates) rates.push(row);
      else ratesOf.set(row.accommodationId, [row]);
    }
    return new Map(accommodationIds.map((id) => [id, nightlyPrices(first, end, (ratesOf.get(id) ?? []).map(stayRateOf))]));
  }


  /**
   * Everything Tarification knows about the stays, in one round trip: the quote is on every
   * guest's path, and separate lookups cost more in latency than in work. One set of facts per
   * stay, in their order.
   */
  private async pricingFacts(accommodation: AccommodationForBooking, stays: readonly Stay[], typedCode: string | null): Promise<PricingFacts[]> {
    const { accommodationId, ownerId } = accommodation;
    const rateRowIds = [...new Set(stays.map((s) => stayRateRowId(accommodationId, stayRateId(s.arrival, s.nights))))];
    const arrivals = stays.map((s) => s.arrival).sort();
    const lastNight = stays.reduce((last, s) => (addDays(s.departure, -1) > last ? addDays(s.departure, -1) : last), arrivals[0]);
    const [row] = await this.em.fork().execute<PricingFactsRow[]>(PRICING_FACTS, [
      rateRowIds,
      accommodationId,
      [...new Set(stays.map((s) => s.nights))],
      addDays(arrivals[0], -SUGGESTION_WINDOW_DAYS),
      addDays(arrivals[arrivals.length - 1], SUGGESTION_WINDOW_DAYS),
      rateRowIds,
      rateRowIds.length,
      Number(arrivals[0].slice(0, 4)),
      Number(lastNight.slice(0, 4)),
      ownerId,
      accommodationId,
      ownerId,
      typedCode,
      accommodationId,
    ]);
    const rates = new Map(
      row.rates.map((rate) => [
        `${rate.arrival}/${rate.nights}`,
        { arrival: rate.arrival, nights: rate.nights, initialPrice: euros(rate.initial_cents), discount: rate.discount, salePrice: euros(rate.sale_cents), occupancy: rate.occupancy },
      ]),
    );
    const shared = {
      rules: row.booking_rules ?? DEFAULT_BOOKING_RULES,
      promotions: row.promotions.map((p) => ({ promotionId: p.id, details: p.details })),
      promoCode: row.promo_code && { promoCodeId: row.promo_code.id, details: row.promo_code.details, consumedBy: row.promo_code.consumed_by },
    };
    return stays.map((requested) => {
      const rate = rates.get(`${requested.arrival}/${requested.nights}`) ?? null;
      const otherArrivals = rate
        ? []
        : row.other_arrivals
          .filter((o) => o.nights === requested.nights && Math.abs(daysBetween(requested.arrival, o.arrival)) <= SUGGESTION_WINDOW_DAYS)
          .map((o) => o.arrival);
      return { ...shared, rate, otherArrivals, touristTax: touristTaxFacts(row, accommodation, requested) };
    });
  }

}

/** The flat amount the owner typed, or the tables of the authority the owner chose with the stay's category. */
function touristTaxFacts(row: PricingFactsRow, accommodation: AccommodationForBooking, requested: Stay): TouristTaxFacts | null {
  if (row.tourist_tax_source !== null) return { kind: 'TARIFF', authority: row.tourist_tax_source.authority, category: touristTaxCategory(accommodation.kind, classifiedStarsOn(accommodation.classification, requested.arrival)), tariffs: row.tourist_tax_tariffs };
  return row.tourist_tax_cents ? { kind: 'FLAT', perPersonPerNight: euros(row.tourist_tax_cents) } : null;
}
