import { EntityManager } from '@mikro-orm/postgresql';
import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { type AccommodationForBooking, bookableOnline, CATALOGUE_QUERIES, type CatalogueQueries, shownToGuests, visibleAccommodation } from '../../catalogue/contracts';
import { DEPOSIT_POLICIES, type DepositPolicies, type DepositPolicy } from '../../paiement/contracts';
import { PLANNING_AVAILABILITY, type PlanningAvailability } from '../../reservation/contracts';
import { calendarDate, type CalendarDate } from '../../shared/kernel/calendar-date';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { InvalidInput } from '../../shared/kernel/errors';
import { isUuid } from '../../shared/kernel/ids';
import { stayOfNights, type Stay } from '../../shared/kernel/stay';
import { QuoteServiceImpl } from '../application/quote.service';
import type { QuoteQuestion } from '../contracts';
import { anotherArrivalMayDo, compareOffers, defaultOccupants, MAX_NEARBY_STAYS, nearestArrivals, searchedNights, searchWindow, type NearbyStay, type StayOffer } from '../domain/availability/stay-search';
import { typedPromoCode } from '../domain/promo-codes/promo-code';
import type { Occupants } from '../domain/quote/quote-request';
import { DEFAULT_BOOKING_RULES, type BookingRules } from '../domain/rules/booking-rules';

export interface StaySearch {
  /** Every accommodation of this owner a guest may see; or */
  readonly ownerId: string | null;
  /** just this one. */
  readonly accommodationId: string | null;
  readonly arrival: string;
  readonly nights: number;
  /** Null: each accommodation's default (`defaultOccupants`). */
  readonly occupants: readonly Occupants[] | null;
  readonly optionalSupplementIds: readonly string[] | null;
  readonly promoCode: string | null;
  /** The owner asking, if any: they see their own hidden accommodation when they name it. */
  readonly viewerOwnerId: string | null;
}

/**
 * A guest's search for a stay: each accommodation's quote for it and, when the dates are what
 * refuses it, the nearest arrivals that would do. Public, as the calendar.
 */
export class SearchStays extends Query<StayOffer[]> {
  constructor(readonly search: StaySearch) {
    super();
  }
}

/**
 * A rate or a hold that changed between the window's read and the quotes may make a suggested
 * arrival fail its quote: a few more than shown are quoted, so that one such does not leave a gap.
 */
const ARRIVALS_QUOTED = 2 * MAX_NEARBY_STAYS;

/** The rules and the arrivals priced for the nights asked, around the asked arrival, in one round trip. */
const WINDOW_FACTS = `
  SELECT (SELECT s.booking_rules FROM pricing_settings s WHERE s.id = ?) AS booking_rules,
         (SELECT coalesce(json_agg(to_char(r.arrival, 'YYYY-MM-DD')), '[]')
            FROM stay_rates r WHERE r.accommodation_id = ? AND r.nights = ? AND r.arrival BETWEEN ? AND ?) AS arrivals`;

/** An owner's accommodations priced for some stay arriving in the window. */
const PRICED_ACCOMMODATIONS = `SELECT DISTINCT accommodation_id FROM stay_rates WHERE owner_id = ? AND arrival BETWEEN ? AND ?`;

@QueryHandler(SearchStays)
export class SearchStaysHandler implements IQueryHandler<SearchStays> {
  constructor(
    private readonly em: EntityManager,
    private readonly quotes: QuoteServiceImpl,
    @Inject(CATALOGUE_QUERIES) private readonly catalogue: CatalogueQueries,
    @Inject(PLANNING_AVAILABILITY) private readonly planning: PlanningAvailability,
    @Inject(DEPOSIT_POLICIES) private readonly depositPolicies: DepositPolicies,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ search }: SearchStays): Promise<StayOffer[]> {
    if (search.ownerId != null && search.accommodationId != null) throw new InvalidInput('input.ownerId', 'give ownerId or accommodationId, not both');
    if (search.ownerId == null && search.accommodationId == null) throw new InvalidInput('input.accommodationId', 'give accommodationId, or ownerId to search all of an owner’s accommodations');
    const asked = stayOfNights(calendarDate('input.arrival', search.arrival), searchedNights('input.nights', search.nights));
    // Checked before anything is read: the quotes would each refuse it, after their reads began.
    typedPromoCode('input.promoCode', search.promoCode);
    const found = await this.accommodationsSearched(search, asked);
    if (found === null) return [];
    const { accommodations, depositPolicy } = found;
    const supplementsOf = this.supplementsAsked(search, accommodations);
    const now = this.clock.now();
    const offers = await Promise.all(accommodations.map((accommodation) => this.offer(accommodation, asked, search, supplementsOf(accommodation), depositPolicy, now)));
    return offers.sort(compareOffers);
  }

  /**
   * The accommodations to quote, all of one owner, with that owner's deposit policy, read once
   * for every quote; null when there is none to show.
   */
  private async accommodationsSearched(search: StaySearch, asked: Stay): Promise<{ accommodations: AccommodationForBooking[]; depositPolicy: DepositPolicy } | null> {
    if (search.accommodationId != null) {
      const accommodation = await visibleAccommodation(this.catalogue, search.accommodationId, search.viewerOwnerId, 'input.accommodationId');
      return { accommodations: [accommodation], depositPolicy: await this.depositPolicies.policyOf(accommodation.ownerId) };
    }
    const ownerId = search.ownerId ?? '';
    if (!isUuid(ownerId)) return null;
    const [accommodations, depositPolicy] = await Promise.all([this.accommodationsOfOwner(ownerId, asked), this.depositPolicies.policyOf(ownerId)]);
    return accommodations.length === 0 ? null : { accommodations, depositPolicy };
  }

  private async offer(
    accommodation: AccommodationForBooking,
    asked: Stay,
    search: StaySearch,
    optionalSupplementIds: readonly string[] | null,
    depositPolicy: DepositPolicy,
    now: Date,
  ): Promise<StayOffer> {
    const { accommodationId } = accommodation;
    const occupants = search.occupants ?? defaultOccupants(accommodation.ageRanges, accommodation.capacity);
    // The planning around the stay, read once for its quote and any stay suggested instead.
    const window = searchWindow(asked);
    const held = this.planning.heldNights(accommodationId, window.from, window.to);
    const question: QuoteQuestion = {
      accommodationId,
      arrival: asked.arrival,
      departure: asked.departure,
      occupants,
      optionalSupplementIds,
      promoCode: search.promoCode,
      viewerOwnerId: search.viewerOwnerId,
      depositPolicy,
    };
    const [quote] = await this.quotes.quotesOf(accommodation, [asked], question, held);
    const offer = { accommodationId, accommodationName: accommodation.name, quote };
    if (!anotherArrivalMayDo(quote.refusals.map((r) => r.code))) return { ...offer, nearestArrivals: [] };

    const [facts] = await this.em.fork().execute<{ booking_rules: BookingRules | null; arrivals: CalendarDate[] }[]>(WINDOW_FACTS, [
      accommodationId,
      accommodationId,
      asked.nights,
      window.from,
      window.lastArrival,
    ]);
    const candidates = nearestArrivals(
      asked,
      { now, rules: facts.booking_rules ?? DEFAULT_BOOKING_RULES, bookableOnline: bookableOnline(accommodation), held: await held },
      facts.arrivals.map((arrival) => ({ arrival, nights: asked.nights })),
    ).slice(0, ARRIVALS_QUOTED);
    // Each suggestion is quoted as the booking would price it, so its total is the true one; all
    // in one round trip, and a few more in case one is refused.
    const quoted = await this.quotes.quotesOf(
      accommodation,
      candidates.map((arrival) => stayOfNights(arrival, asked.nights)),
      question,
      held,
    );
    const nearby: NearbyStay[] = quoted
      .filter((q) => q.bookable)
      .slice(0, MAX_NEARBY_STAYS)
      .map((q) => ({ arrival: q.arrival, departure: q.departure, total: q.total }));
    return { ...offer, nearestArrivals: nearby };
  }

  /**
   * The owner's accommodations a guest may see that are priced around the dates: one without a
   * rate there has no stay to offer, and Tarification knows an owner's accommodations by their rates.
   */
  private async accommodationsOfOwner(ownerId: string, asked: Stay): Promise<AccommodationForBooking[]> {
    const window = searchWindow(asked);
    const rows = await this.em.fork().execute<{ accommodation_id: string }[]>(PRICED_ACCOMMODATIONS, [ownerId, window.from, window.lastArrival]);
    const found = await Promise.all(rows.map((row) => this.catalogue.accommodationForBooking(row.accommodation_id)));
    return found.filter((a): a is AccommodationForBooking => a !== null && shownToGuests(a));
  }

  /**
   * Over an owner's accommodations, each is quoted with the optional supplements it offers among
   * those chosen; one that none offers is a mistake worth naming.
   */
  private supplementsAsked(search: StaySearch, accommodations: readonly AccommodationForBooking[]): (accommodation: AccommodationForBooking) => readonly string[] | null {
    const chosen = search.optionalSupplementIds;
    if (chosen == null || search.accommodationId != null) return () => chosen;
    chosen.forEach((supplementId, i) => {
      if (!accommodations.some((a) => a.supplements.some((s) => s.supplementId === supplementId))) {
        throw new InvalidInput(`input.optionalSupplementIds[${i}]`, `supplement ${supplementId} is offered with none of the owner's accommodations`);
      }
    });
    return (accommodation) => chosen.filter((supplementId) => accommodation.supplements.some((s) => s.supplementId === supplementId));
  }
}
