import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { CATALOGUE_QUERIES, type AccommodationForBooking, type CatalogueQueries } from '../../catalogue/contracts';
import { AccommodationNotFound } from '../../shared/kernel/accommodation-access';
import { addDays, calendarDate, daysBetween, type CalendarDate } from '../../shared/kernel/calendar-date';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { InvalidInput } from '../../shared/kernel/errors';
import { isUuid } from '../../shared/kernel/ids';
import { euros } from '../../shared/kernel/money';
import { MAX_STAY_NIGHTS, stay } from '../../shared/kernel/stay';
import type { NightlyPrice, QuoteQuestion, QuoteService } from '../contracts';
import { normalizeCode } from '../domain/promo-codes/promo-code';
import { DEFAULT_DEPOSIT_TERMS, quote, type Quote } from '../domain/quote/quote';
import { stayRateId, type StayRate } from '../domain/rates/rate-grid';
import { nightlyPrice } from '../domain/rates/nightly-price';
import { DEFAULT_BOOKING_RULES } from '../domain/rules/booking-rules';
import { PricingSettingsRowSchema } from '../infrastructure/pricing-settings.row';
import { PromoCodeRowSchema } from '../infrastructure/promo-code.row';
import { PromotionRowSchema } from '../infrastructure/promotion.row';
import { StayRateRowSchema, stayRateRowId, type StayRateRow } from '../infrastructure/stay-rate.row';

/** How far around an arrival with no rate to look for arrivals that have one, to suggest them. */
const SUGGESTION_WINDOW_DAYS = 7;

/** A year and a day: what a planning screen shows at most, and what keeps the pricing quick. */
export const MAX_PLANNING_DAYS = 367;

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
  ) {}

  async quote(question: QuoteQuestion): Promise<Quote> {
    const requested = stay('input', question.arrival, question.departure);
    const accommodation = await this.visibleAccommodation(question.accommodationId, question.viewerOwnerId);
    const typedCode = question.promoCode?.trim() ? normalizeCode('input.promoCode', question.promoCode) : null;
    const em = this.em.fork();
    const { accommodationId, ownerId } = accommodation;
    const [rateRow, settings, promotions, promoCode] = await Promise.all([
      em.findOne(StayRateRowSchema, { id: stayRateRowId(accommodationId, stayRateId(requested.arrival, requested.nights)) }),
      em.findOne(PricingSettingsRowSchema, { id: accommodationId }),
      em.find(PromotionRowSchema, { ownerId, accommodationIds: { $contains: [accommodationId] } }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
      typedCode === null ? null : em.findOne(PromoCodeRowSchema, { ownerId, code: typedCode }),
    ]);
    const otherArrivals =
      rateRow === null
        ? await em.find(
            StayRateRowSchema,
            { accommodationId, nights: requested.nights, arrival: { $gte: addDays(requested.arrival, -SUGGESTION_WINDOW_DAYS), $lte: addDays(requested.arrival, SUGGESTION_WINDOW_DAYS) } },
            { fields: ['arrival'], orderBy: { arrival: 'asc' } },
          )
        : [];
    return quote(
      {
        accommodationId,
        stay: requested,
        occupants: question.occupants,
        optionalSupplementIds: [...new Set(question.optionalSupplementIds ?? [])],
        promoCode: typedCode,
      },
      {
        now: this.clock.now(),
        accommodation: {
          accommodationId,
          bookableOnline: accommodation.visibility === 'BOOKABLE' && !accommodation.archived,
          capacity: accommodation.capacity,
          supplements: accommodation.supplements,
          ageRanges: accommodation.ageRanges,
        },
        rate: rateRow && stayRateOf(rateRow),
        otherArrivals: otherArrivals.map((row) => row.arrival),
        rules: settings?.bookingRules ?? DEFAULT_BOOKING_RULES,
        touristTax: settings?.touristTaxCents ? { perPersonPerNight: euros(settings.touristTaxCents) } : null,
        promotions: promotions.map((row) => ({ promotionId: row.id, details: row.details })),
        promoCode: promoCode && { promoCodeId: promoCode.id, details: promoCode.details, consumedBy: promoCode.consumedBy },
        depositTerms: DEFAULT_DEPOSIT_TERMS,
      },
    );
  }

  async nightlyPrices(accommodationId: string, from: CalendarDate, to: CalendarDate): Promise<NightlyPrice[]> {
    const first = calendarDate('from', from);
    const end = calendarDate('to', to);
    const days = daysBetween(first, end);
    if (days <= 0) throw new InvalidInput('to', 'must be after from');
    if (days > MAX_PLANNING_DAYS) throw new InvalidInput('to', `a planning may span at most ${MAX_PLANNING_DAYS} days`);
    if (!isUuid(accommodationId)) return Array.from({ length: days }, (_, i) => ({ date: addDays(first, i), price: null }));
    // A stay arriving up to 90 nights before `from` may still cover it.
    const rows = await this.em.fork().find(
      StayRateRowSchema,
      { accommodationId, arrival: { $gte: addDays(first, -MAX_STAY_NIGHTS), $lt: end } },
      { orderBy: { arrival: 'asc', nights: 'asc' } },
    );
    const rates = rows.map(stayRateOf);
    return Array.from({ length: days }, (_, i) => {
      const date = addDays(first, i);
      return { date, price: nightlyPrice(date, rates) };
    });
  }

  /** Guests never learn that a hidden or archived accommodation exists; its owner may ask. */
  private async visibleAccommodation(accommodationId: string, viewerOwnerId: string | null): Promise<AccommodationForBooking> {
    const accommodation = isUuid(accommodationId) ? await this.catalogue.accommodationForBooking(accommodationId) : null;
    const shown = accommodation !== null && (accommodation.ownerId === viewerOwnerId || (accommodation.visibility !== 'HIDDEN' && !accommodation.archived));
    if (!accommodation || !shown) throw new AccommodationNotFound(accommodationId, 'input.accommodationId');
    return accommodation;
  }
}

export function stayRateOf(row: StayRateRow): StayRate {
  return {
    arrival: row.arrival,
    nights: row.nights,
    initialPrice: euros(row.initialCents),
    discount: row.discount,
    salePrice: euros(row.saleCents),
    occupancy: row.occupancy,
  };
}
