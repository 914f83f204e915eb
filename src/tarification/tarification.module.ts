import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Global, Module, type OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ProjectionRegistry } from '../event-store/projection/projection-registry';
import { untyped } from '../event-store/projection/projection';
import { DeleteRatesHandler } from './application/delete-rates.handler';
import { GetLastRatesEntryHandler } from './application/last-rates-entry.query';
import { GetPromoCodeHandler, GetPromotionHandler, ListPromoCodesHandler, ListPromotionsHandler } from './application/offer.queries';
import { GetPricingSettingsHandler } from './application/pricing-settings.query';
import { GetNightlyPricesHandler, GetQuoteHandler } from './application/quote.queries';
import { QuoteServiceImpl } from './application/quote.service';
import { ListRatesHandler } from './application/rate.queries';
import { RemovePromoCodeHandler, SavePromoCodeHandler } from './application/save-promo-code.handler';
import { RemovePromotionHandler, SavePromotionHandler } from './application/save-promotion.handler';
import { AccommodationSettings, SetBookingRulesHandler, SetTouristTaxHandler } from './application/set-accommodation-settings.handler';
import { SetRatesHandler } from './application/set-rates.handler';
import { PromoCodeUseImpl } from './application/promo-code-use';
import { PROMO_CODE_USE, QUOTE_SERVICE } from './contracts';
import { AvailabilityResolver } from './graphql/availability.resolver';
import { BookingRulesResolver } from './graphql/booking-rules.resolver';
import { PromoCodeResolver } from './graphql/promo-code.resolver';
import { PromotionResolver } from './graphql/promotion.resolver';
import { QuoteResolver } from './graphql/quote.resolver';
import { RateResolver } from './graphql/rate.resolver';
import { RatesEntryResolver } from './graphql/rates-entry.resolver';
import { StaySearchResolver } from './graphql/stay-search.resolver';
import { DestinationSearchResolver } from './graphql/destination-search.resolver';
import { SearchDestinationHandler } from './infrastructure/marketplace/destination-search.query';
import { marketAccommodationsProjection } from './infrastructure/marketplace/market-accommodation.projection';
import { MarketAccommodationRowSchema } from './infrastructure/marketplace/market-accommodation.row';
import { marketHoldsProjection } from './infrastructure/marketplace/market-hold.projection';
import { MarketHoldRowSchema } from './infrastructure/marketplace/market-hold.row';
import { marketListingsProjection } from './infrastructure/marketplace/market-listing.projection';
import { MarketListingRowSchema } from './infrastructure/marketplace/market-listing.row';
import { GetAvailabilityHandler } from './infrastructure/availability.query';
import { GetPriceTableHandler } from './infrastructure/price-table.query';
import { pricingSettingsProjection } from './infrastructure/pricing-settings.projection';
import { PricingSettingsRowSchema } from './infrastructure/pricing-settings.row';
import { promoCodesProjection } from './infrastructure/promo-code.projection';
import { PromoCodeRowSchema } from './infrastructure/promo-code.row';
import { promotionsProjection } from './infrastructure/promotion.projection';
import { PromotionRowSchema } from './infrastructure/promotion.row';
import { RatesExportController } from './infrastructure/rates-export.controller';
import { SearchStaysHandler } from './infrastructure/search-stays.query';
import { stayRatesProjection } from './infrastructure/stay-rate.projection';
import { StayRateRowSchema } from './infrastructure/stay-rate.row';
import { tarificationMigrations } from './infrastructure/tarification.migrations';
import { touristTaxTariffsProjection } from './infrastructure/tourist-tax-tariff.projection';
import { TouristTaxTariffRowSchema } from './infrastructure/tourist-tax-tariff.row';
import { RemoveTouristTaxTariffHandler, SetTouristTaxTariffHandler, SetTouristTaxTariffSourceHandler } from './application/tourist-tax-tariffs.handler';
import { ListDestinationTariffsForOwnerHandler, ListTouristTaxTariffsHandler } from './application/tourist-tax-tariffs.query';
import { TouristTaxTariffResolver } from './graphql/tourist-tax-tariff.resolver';

export { tarificationMigrations };

/** Listed for printing the schema without starting the app. */
export const tarificationResolvers = [RateResolver, BookingRulesResolver, PromotionResolver, PromoCodeResolver, QuoteResolver, AvailabilityResolver, StaySearchResolver, RatesEntryResolver, DestinationSearchResolver, TouristTaxTariffResolver];

/**
 * Rates, booking rules, promotions, promo codes and quotes: what a stay costs, and whether it may
 * be booked. Global so that Reservation injects `QUOTE_SERVICE` knowing only `contracts.ts`.
 */
@Global()
@Module({
  imports: [CqrsModule, MikroOrmModule.forFeature([StayRateRowSchema, PricingSettingsRowSchema, PromotionRowSchema, PromoCodeRowSchema, MarketAccommodationRowSchema, MarketHoldRowSchema, MarketListingRowSchema, TouristTaxTariffRowSchema])],
  controllers: [RatesExportController],
  providers: [
    SetRatesHandler,
    DeleteRatesHandler,
    ListRatesHandler,
    GetLastRatesEntryHandler,
    AccommodationSettings,
    SetBookingRulesHandler,
    SetTouristTaxHandler,
    SetTouristTaxTariffHandler,
    RemoveTouristTaxTariffHandler,
    SetTouristTaxTariffSourceHandler,
    ListTouristTaxTariffsHandler,
    ListDestinationTariffsForOwnerHandler,
    GetPricingSettingsHandler,
    SavePromotionHandler,
    RemovePromotionHandler,
    ListPromotionsHandler,
    GetPromotionHandler,
    SavePromoCodeHandler,
    RemovePromoCodeHandler,
    ListPromoCodesHandler,
    GetPromoCodeHandler,
    GetQuoteHandler,
    GetAvailabilityHandler,
    GetPriceTableHandler,
    GetNightlyPricesHandler,
    SearchStaysHandler,
    SearchDestinationHandler,
    QuoteServiceImpl,
    // The search quotes through the same instance, with the facts it read already.
    { provide: QUOTE_SERVICE, useExisting: QuoteServiceImpl },
    { provide: PROMO_CODE_USE, useClass: PromoCodeUseImpl },
    ...tarificationResolvers,
  ],
  exports: [QUOTE_SERVICE, PROMO_CODE_USE],
})
export class TarificationModule implements OnModuleInit {
  constructor(private readonly projections: ProjectionRegistry) {}

  onModuleInit(): void {
    for (const projection of [untyped(stayRatesProjection), untyped(pricingSettingsProjection), untyped(promotionsProjection), untyped(promoCodesProjection), untyped(marketAccommodationsProjection), untyped(marketHoldsProjection), untyped(marketListingsProjection), untyped(touristTaxTariffsProjection)]) {
      this.projections.register(projection);
    }
  }
}
