import { EntityManager } from '@mikro-orm/postgresql';
import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { bookableOnline, CATALOGUE_QUERIES, type CatalogueQueries, visibleAccommodation } from '../../catalogue/contracts';
import { PLANNING_AVAILABILITY, type PlanningAvailability } from '../../reservation/contracts';
import { addDays, dayRange } from '../../shared/kernel/calendar-date';
import { CLOCK, type Clock } from '../../shared/kernel/clock';
import { MAX_STAY_NIGHTS } from '../../shared/kernel/stay';
import { MAX_PLANNING_DAYS } from '../contracts';
import { availability, type AvailabilityDay } from '../domain/availability/availability';
import { DEFAULT_BOOKING_RULES } from '../domain/rules/booking-rules';
import { PricingSettingsRowSchema } from './pricing-settings.row';
import { StayRateRowSchema } from './stay-rate.row';

/**
 * A guest's calendar of one accommodation from `from` to `to` (exclusive). Public: an
 * accommodation hidden or archived does not exist for a guest, and an owner sees their own.
 */
export class GetAvailability extends Query<AvailabilityDay[]> {
  constructor(
    readonly accommodationId: string,
    readonly from: string,
    readonly to: string,
    readonly viewerOwnerId: string | null,
  ) {
    super();
  }
}

@QueryHandler(GetAvailability)
export class GetAvailabilityHandler implements IQueryHandler<GetAvailability> {
  constructor(
    private readonly em: EntityManager,
    @Inject(CATALOGUE_QUERIES) private readonly catalogue: CatalogueQueries,
    @Inject(PLANNING_AVAILABILITY) private readonly planning: PlanningAvailability,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ accommodationId, from, to, viewerOwnerId }: GetAvailability): Promise<AvailabilityDay[]> {
    const { first, end } = dayRange(from, to, MAX_PLANNING_DAYS, 'a calendar may span');
    const accommodation = await visibleAccommodation(this.catalogue, accommodationId, viewerOwnerId, 'accommodationId');
    // Stays that may start or end in the range run up to the longest stay either side of it.
    const [settings, rates, held] = await Promise.all([
      this.em.fork().findOne(PricingSettingsRowSchema, { id: accommodationId }, { fields: ['bookingRules'] }),
      this.em.fork().find(StayRateRowSchema, { accommodationId, arrival: { $gte: addDays(first, -MAX_STAY_NIGHTS), $lt: end } }, { fields: ['arrival', 'nights'] }),
      this.planning.heldNights(accommodationId, addDays(first, -MAX_STAY_NIGHTS), addDays(end, MAX_STAY_NIGHTS)),
    ]);
    return availability({
      from: first,
      to: end,
      now: this.clock.now(),
      rules: settings?.bookingRules ?? DEFAULT_BOOKING_RULES,
      bookableOnline: bookableOnline(accommodation),
      held,
      stayRates: rates.map((rate) => ({ arrival: rate.arrival, nights: rate.nights })),
    });
  }
}
