import { EntityManager } from '@mikro-orm/postgresql';
import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { assertCallerOwns, CATALOGUE_QUERIES, type CatalogueQueries } from '../../catalogue/contracts';
import type { Position } from '../../event-store/position';
import { ReadModelWaiter } from '../../event-store/projection/read-model-waiter';
import { DEFAULT_BOOKING_RULES, type BookingRules } from '../domain/rules/booking-rules';
import { PricingSettingsRowSchema, type TouristTaxSource } from '../infrastructure/pricing-settings.row';
import { bookingRulesStream } from '../domain/rules/booking-rules.decider';
import { touristTaxStream } from '../domain/rules/tourist-tax.decider';
import { pricingSettingsProjection } from '../infrastructure/pricing-settings.projection';

export interface PricingSettings {
  readonly accommodationId: string;
  readonly bookingRules: BookingRules;
  /** Cents per taxed person per night; null when none is collected. */
  readonly touristTaxCents: number | null;
  /** Whose tables of which authority tax it "au réel"; null for a flat amount or none. */
  readonly touristTaxSource: TouristTaxSource | null;
}

/** One of the caller's accommodations' booking rules (the defaults until set) and tourist tax. */
export class GetPricingSettings extends Query<PricingSettings> {
  constructor(
    readonly ownerId: string,
    readonly accommodationId: string,
    readonly after: Position | null = null,
  ) {
    super();
  }
}

@QueryHandler(GetPricingSettings)
export class GetPricingSettingsHandler implements IQueryHandler<GetPricingSettings> {
  constructor(
    private readonly em: EntityManager,
    private readonly waiter: ReadModelWaiter,
    @Inject(CATALOGUE_QUERIES) private readonly catalogue: CatalogueQueries,
  ) {}

  async execute({ ownerId, accommodationId, after }: GetPricingSettings): Promise<PricingSettings> {
    await assertCallerOwns(this.catalogue, ownerId, accommodationId);
    const [row] = await this.waiter.rowsAfter(after, pricingSettingsProjection, [bookingRulesStream(accommodationId), touristTaxStream(accommodationId)], async () => {
      const found = await this.em.fork().findOne(PricingSettingsRowSchema, { id: accommodationId, ownerId });
      return found ? [found] : [];
    });
    return { accommodationId, bookingRules: row?.bookingRules ?? DEFAULT_BOOKING_RULES, touristTaxCents: row?.touristTaxCents ?? null, touristTaxSource: row?.touristTaxSource ?? null };
  }
}
