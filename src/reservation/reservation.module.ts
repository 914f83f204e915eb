import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Global, Module, type OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { PolicyRegistry } from '../event-store/policy/policy-registry';
import { ProjectionRegistry } from '../event-store/projection/projection-registry';
import { untyped } from '../event-store/projection/projection';
import { BlockNightsHandler, UnblockNightsHandler } from './application/block-nights.handler';
import { BookStayHandler } from './application/book-stay.handler';
import { GuestBookingExpiry } from './application/guest-booking-expiry';
import { GuestBookingPayments } from './application/guest-booking-payments.policy';
import { GuestBookings } from './application/guest-bookings';
import { GuestBookingResolver } from './graphql/guest-booking.resolver';
import { CreateDossierHandler } from './application/create-dossier.handler';
import { DossierDirectoryImpl } from './application/dossier-directory';
import { ChangeDossierHandler } from './application/dossier-lifecycle.handler';
import { AddStayToDossierHandler, ChangeDossierOccupantsHandler, ChangeDossierStayHandler } from './application/dossier-stays.handler';
import { DossierSteps } from './application/dossier-steps';
import {
  DepositRemindersHandler,
  DossiersOnDayHandler,
  GetDossierAsOfHandler,
  GetDossierFromEventsHandler,
  GetDossierHandler,
  GetDossierHistoryHandler,
  ListDossiersHandler,
} from './infrastructure/dossier.queries';
import { RecordPaymentHandler } from './application/record-payment.handler';
import { ReservationPolicy } from './application/reservation.policy';
import { StrayHoldsSweeper } from './application/stray-holds.sweeper';
import { PlanningImportsImpl } from './application/planning-imports';
import { DOSSIER_DIRECTORY, DOSSIER_READER, GUEST_BOOKING_ACCESS, PLANNING_AVAILABILITY, PLANNING_EXPORT, PLANNING_IMPORTS } from './contracts';
import { DossierReaderImpl } from './infrastructure/dossier-reader';
import { DashboardResolver } from './graphql/dashboard.resolver';
import { DossierResolver } from './graphql/dossier.resolver';
import { DossierEmailsResolver } from './graphql/dossier-emails.resolver';
import { PlanningResolver } from './graphql/planning.resolver';
import { DashboardChartController } from './infrastructure/dashboard-chart.controller';
import { GetDashboardHandler } from './infrastructure/dashboard.queries';
import { dossiersProjection } from './infrastructure/dossier.projection';
import { DossiersExportController } from './infrastructure/dossiers-export.controller';
import { GuestPagesController } from './infrastructure/guest-pages.controller';
import { DossierRowSchema } from './infrastructure/dossier.row';
import { PlanningAvailabilityImpl } from './infrastructure/planning-availability';
import { planningConflictsProjection } from './infrastructure/planning-conflict.projection';
import { PlanningConflictRowSchema } from './infrastructure/planning-conflict.row';
import { planningHoldsProjection } from './infrastructure/planning-hold.projection';
import { PlanningHoldRowSchema } from './infrastructure/planning-hold.row';
import { reservationMigrations } from './infrastructure/reservation.migrations';
import { PersonalDataRegistry } from '../event-store/personal-data/personal-data-registry';
import { IdempotencyModule } from '../shared/idempotency/idempotency.module';
import { EraseGuestHandler, FileErasure, GuestFiles } from './application/guest-erasure';
import { GuestErasurePolicy } from './application/guest-erasure.policy';
import { GuestDataExporter } from './application/guest-data-export';
import { GuestRetention } from './application/guest-retention';
import { GuestPrivacyResolver } from './graphql/guest-privacy.resolver';
import { GuestDataExportController } from './infrastructure/guest-data-export.controller';
import { dossierPersonalData, guestBookingPersonalData } from './infrastructure/guest-personal-data.policies';
import { guestRetentionSettingsProjection, GuestRetentionSettingRowSchema } from './infrastructure/guest-retention-setting.projection';
import { abandonedGuestBookingsProjection, AbandonedGuestBookingRowSchema } from './infrastructure/abandoned-guest-booking.projection';
import { retentionFilesProjection, RetentionFileRowSchema } from './infrastructure/retention-file.projection';
import { ChangeDossierTermsHandler } from './application/dossier-terms.handler';
import { SetStayTouristTaxExemptionsHandler } from './application/stay-tourist-tax.handler';
import { GetReservationSettingsHandler, SetGuestRetentionHandler, SetUnpaidOptionReleaseHandler } from './application/reservation-settings.handler';
import { UnpaidOptionsRelease } from './application/unpaid-options-release';
import { DossierTermsResolver } from './graphql/dossier-terms.resolver';
import { LateOptionsOfReleasingOwnersHandler } from './infrastructure/late-options.queries';
import { optionReleaseSettingsProjection, OptionReleaseSettingRowSchema } from './infrastructure/option-release-setting.projection';
import { GuestDirectoryResolver } from './graphql/guest-directory.resolver';
import { NotificationsResolver } from './graphql/notifications.resolver';
import { DestinationBookingsResolver } from './graphql/destination-bookings.resolver';
import { ListDestinationBookingsHandler } from './infrastructure/destination-bookings.query';
import { OwnerPlanningResolver } from './graphql/owner-planning.resolver';
import { guestDirectoryProjection } from './infrastructure/guest-directory.projection';
import { SearchGuestsHandler } from './infrastructure/guest-directory.queries';
import { GuestFileRowSchema } from './infrastructure/guest-directory.row';
import { NotificationRowSchema } from './infrastructure/notification.row';
import { notificationsProjection } from './infrastructure/notifications.projection';
import { ListNotificationsHandler, MarkNotificationsSeenHandler } from './infrastructure/notifications.queries';
import { GetOwnerPlanningHandler } from './infrastructure/owner-planning.query';
import { GetPlanningHandler } from './infrastructure/planning.query';
import { TouristTaxRegisterResolver } from './graphql/tourist-tax-register.resolver';
import { TouristTaxRegisterExportController } from './infrastructure/tourist-tax-register-export.controller';
import { GetTouristTaxRegisterHandler } from './infrastructure/tourist-tax-register.query';

export { reservationMigrations };

/** Listed for printing the schema without starting the app. */
export const reservationResolvers = [GuestPrivacyResolver, DossierTermsResolver, PlanningResolver, DossierResolver, DossierEmailsResolver, GuestBookingResolver, DashboardResolver, GuestDirectoryResolver, OwnerPlanningResolver, NotificationsResolver, DestinationBookingsResolver, TouristTaxRegisterResolver];

/**
 * The planning of each accommodation, where every hold on its nights is decided, and the booking
 * files with their lifecycle. Global so that Paiement injects `DOSSIER_DIRECTORY`, and
 * Tarification `PLANNING_AVAILABILITY`, knowing only `contracts.ts`.
 */
@Global()
@Module({
  imports: [CqrsModule, IdempotencyModule, MikroOrmModule.forFeature([RetentionFileRowSchema, AbandonedGuestBookingRowSchema, GuestRetentionSettingRowSchema, OptionReleaseSettingRowSchema, PlanningHoldRowSchema, PlanningConflictRowSchema, DossierRowSchema, GuestFileRowSchema, NotificationRowSchema])],
  controllers: [GuestDataExportController, DossiersExportController, GuestPagesController, DashboardChartController, TouristTaxRegisterExportController],
  providers: [
    BlockNightsHandler,
    UnblockNightsHandler,
    GetPlanningHandler,
    DossierSteps,
    CreateDossierHandler,
    AddStayToDossierHandler,
    ChangeDossierStayHandler,
    ChangeDossierOccupantsHandler,
    ChangeDossierHandler,
    RecordPaymentHandler,
    GetDossierHandler,
    GetDossierFromEventsHandler,
    ListDossiersHandler,
    DossiersOnDayHandler,
    DepositRemindersHandler,
    GetDossierHistoryHandler,
    GetDossierAsOfHandler,
    GetDashboardHandler,
    GetTouristTaxRegisterHandler,
    SearchGuestsHandler,
    GetOwnerPlanningHandler,
    ListNotificationsHandler,
    ListDestinationBookingsHandler,
    MarkNotificationsSeenHandler,
    ReservationPolicy,
    ChangeDossierTermsHandler,
    SetStayTouristTaxExemptionsHandler,
    SetUnpaidOptionReleaseHandler,
    SetGuestRetentionHandler,
    GuestFiles,
    FileErasure,
    EraseGuestHandler,
    GuestDataExporter,
    GuestRetention,
    GuestErasurePolicy,
    GetReservationSettingsHandler,
    LateOptionsOfReleasingOwnersHandler,
    UnpaidOptionsRelease,
    StrayHoldsSweeper,
    BookStayHandler,
    GuestBookings,
    GuestBookingPayments,
    GuestBookingExpiry,
    { provide: GUEST_BOOKING_ACCESS, useExisting: GuestBookings },
    { provide: DOSSIER_DIRECTORY, useClass: DossierDirectoryImpl },
    PlanningAvailabilityImpl,
    { provide: PLANNING_AVAILABILITY, useExisting: PlanningAvailabilityImpl },
    { provide: PLANNING_EXPORT, useExisting: PlanningAvailabilityImpl },
    { provide: DOSSIER_READER, useClass: DossierReaderImpl },
    { provide: PLANNING_IMPORTS, useClass: PlanningImportsImpl },
    ...reservationResolvers,
  ],
  exports: [DOSSIER_DIRECTORY, PLANNING_AVAILABILITY, PLANNING_EXPORT, PLANNING_IMPORTS, DOSSIER_READER, GUEST_BOOKING_ACCESS],
})
export class ReservationModule implements OnModuleInit {
  constructor(
    private readonly projections: ProjectionRegistry,
    private readonly policies: PolicyRegistry,
    private readonly policy: ReservationPolicy,
    private readonly guestBookingPayments: GuestBookingPayments,
    private readonly guestErasurePolicy: GuestErasurePolicy,
    private readonly personalData: PersonalDataRegistry,
  ) {}

  onModuleInit(): void {
    this.personalData.register(dossierPersonalData, guestBookingPersonalData);
    this.projections.register(untyped(retentionFilesProjection), untyped(abandonedGuestBookingsProjection), untyped(guestRetentionSettingsProjection), untyped(optionReleaseSettingsProjection), untyped(planningHoldsProjection), untyped(planningConflictsProjection), untyped(dossiersProjection), untyped(guestDirectoryProjection), untyped(notificationsProjection));
    this.policies.register(this.policy, this.guestBookingPayments, this.guestErasurePolicy);
  }
}
