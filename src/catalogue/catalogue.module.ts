import { Global, Module, type OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { EntityManager } from '@mikro-orm/postgresql';
import { ProjectionRegistry } from '../event-store/projection/projection-registry';
import { untyped } from '../event-store/projection/projection';
import { DESTINATION_SESSION_VERSIONS, SESSION_VERSIONS } from '../shared/auth/session-versions';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../shared/config/config';
import { GetAccommodationHandler, ListAccommodationsHandler } from './application/accommodation.queries';
import { GetAgeRangeHandler, ListAgeRangesHandler } from './application/age-range.queries';
import { CatalogueQueriesService } from './application/catalogue-queries.service';
import { FindCommunesHandler } from './application/commune.queries';
import { ChangeAccommodationHandler } from './application/change-accommodation.handler';
import { ChangeAgeRangesHandler } from './application/change-age-ranges.handler';
import { ChangeEmailHandler } from './application/change-email.handler';
import { CreateAccommodationHandler } from './application/create-accommodation.handler';
import { DescribeEstablishmentHandler } from './application/describe-establishment.handler';
import { GetEstablishmentHandler } from './application/establishment.query';
import { RemoveSupplementHandler } from './application/remove-supplement.handler';
import { SaveSupplementHandler } from './application/save-supplement.handler';
import { GetSupplementHandler, ListSupplementsHandler } from './application/supplement.queries';
import { CATALOGUE_FOR_DOCUMENTS, CATALOGUE_QUERIES } from './contracts';
import { CatalogueForDocumentsService } from './infrastructure/catalogue-for-documents';
import { accommodationsProjection } from './infrastructure/accommodation.projection';
import { AccommodationRowSchema } from './infrastructure/accommodation.row';
import { ageRangesProjection } from './infrastructure/age-range.projection';
import { AgeRangeRowSchema } from './infrastructure/age-range.row';
import { establishmentsProjection } from './infrastructure/establishment.projection';
import { GetPublicAccommodationHandler } from './infrastructure/public-accommodation.query';
import { EstablishmentRowSchema } from './infrastructure/establishment.row';
import { supplementsProjection } from './infrastructure/supplement.projection';
import { SupplementRowSchema } from './infrastructure/supplement.row';
import { AccommodationResolver } from './graphql/accommodation.resolver';
import { AgeRangeResolver } from './graphql/age-range.resolver';
import { CommuneResolver } from './graphql/commune.resolver';
import { EstablishmentResolver } from './graphql/establishment.resolver';
import { PublicAccommodationResolver } from './graphql/public-accommodation.resolver';
import { SupplementResolver } from './graphql/supplement.resolver';
import { ChangePasswordHandler } from './application/change-password.handler';
import { GetOwnerHandler } from './application/get-owner.query';
import { LogInHandler } from './application/log-in.handler';
import { ACCOUNT_THROTTLE, COMMUNE_DIRECTORY, PASSWORD_HASHER, type AccountThrottlePolicy } from './application/ports';
import { SignUpHandler } from './application/sign-up.handler';
import { UpdateOwnerDetailsHandler } from './application/update-owner-details.handler';
import { Argon2PasswordHasher } from './infrastructure/argon2-password-hasher';
import { OfficialCommuneDirectory } from './infrastructure/official-commune-directory';
import { catalogueMigrations } from './infrastructure/catalogue.migrations';
import { ownerSessionVersions, OwnerRowSchema } from './infrastructure/owner.row';
import { ownersProjection } from './infrastructure/owner.projection';
import { ACCOUNT_THROTTLE_POLICY } from './domain/owner/account-throttle';
import { OwnerResolver } from './graphql/owner.resolver';
import { ChangeDestinationListingHandler } from './application/change-destination-listing.handler';
import { PasswordGate } from './application/password-gate';
import { SignUpGate } from './application/sign-up-gate';
import { CurrentPasswordGate } from './application/current-password-gate';
import { ChangeDestinationEmailHandler } from './application/change-destination-email.handler';
import { ChangeDestinationPasswordHandler } from './application/change-destination-password.handler';
import { LogInDestinationHandler } from './application/log-in-destination.handler';
import { SignUpDestinationHandler } from './application/sign-up-destination.handler';
import { DestinationListingResolver } from './graphql/destination-listing.resolver';
import { DestinationResolver } from './graphql/destination.resolver';
import { destinationListingsProjection } from './infrastructure/destination-listing.projection';
import { DestinationListingRowSchema } from './infrastructure/destination-listing.row';
import { destinationsProjection } from './infrastructure/destination.projection';
import {
  GetDestinationAccountHandler,
  GetOwnerDestinationHandler,
  GetPublicDestinationHandler,
  ListDestinationMembersHandler,
  ListOwnerDestinationsHandler,
  ListPublicDestinationsHandler,
} from './infrastructure/destination.queries';
import { destinationSessionVersions, DestinationRowSchema } from './infrastructure/destination.row';

export { catalogueMigrations };

/** The policy, with as many sign-ups per client as the configuration allows (SIGN_UPS_PER_CLIENT_PER_HOUR). */
function accountThrottleFor({ signUpsPerClientPerHour }: RuntimeConfig): AccountThrottlePolicy {
  const { perClient } = ACCOUNT_THROTTLE_POLICY.signUp;
  return { ...ACCOUNT_THROTTLE_POLICY, signUp: { perClient: { ...perClient, max: signUpsPerClientPerHour ?? perClient.max } } };
}

/** Listed for printing the schema without starting the app. */
export const catalogueResolvers = [OwnerResolver, AccommodationResolver, EstablishmentResolver, SupplementResolver, AgeRangeResolver, PublicAccommodationResolver, CommuneResolver, DestinationResolver, DestinationListingResolver];

/**
 * Global so that other contexts inject `CATALOGUE_QUERIES` knowing only `contracts.ts`, never this
 * module's file, and the auth guard `SESSION_VERSIONS` knowing only its own port.
 */
@Global()
@Module({
  imports: [
    CqrsModule,
    MikroOrmModule.forFeature([OwnerRowSchema, AccommodationRowSchema, SupplementRowSchema, EstablishmentRowSchema, AgeRangeRowSchema, DestinationRowSchema, DestinationListingRowSchema]),
  ],
  providers: [
    SignUpHandler,
    LogInHandler,
    PasswordGate,
    SignUpGate,
    CurrentPasswordGate,
    UpdateOwnerDetailsHandler,
    ChangePasswordHandler,
    ChangeEmailHandler,
    GetOwnerHandler,
    CreateAccommodationHandler,
    ChangeAccommodationHandler,
    GetAccommodationHandler,
    ListAccommodationsHandler,
    GetPublicAccommodationHandler,
    DescribeEstablishmentHandler,
    GetEstablishmentHandler,
    SaveSupplementHandler,
    RemoveSupplementHandler,
    GetSupplementHandler,
    ListSupplementsHandler,
    ChangeAgeRangesHandler,
    ListAgeRangesHandler,
    GetAgeRangeHandler,
    FindCommunesHandler,
    SignUpDestinationHandler,
    LogInDestinationHandler,
    ChangeDestinationPasswordHandler,
    ChangeDestinationEmailHandler,
    ChangeDestinationListingHandler,
    GetPublicDestinationHandler,
    ListPublicDestinationsHandler,
    GetDestinationAccountHandler,
    ListDestinationMembersHandler,
    ListOwnerDestinationsHandler,
    GetOwnerDestinationHandler,
    { provide: CATALOGUE_QUERIES, useClass: CatalogueQueriesService },
    { provide: CATALOGUE_FOR_DOCUMENTS, useClass: CatalogueForDocumentsService },
    ...catalogueResolvers,
    { provide: PASSWORD_HASHER, inject: [RUNTIME_CONFIG], useFactory: (config: RuntimeConfig) => new Argon2PasswordHasher(config.passwordHashCost ?? 'STANDARD') },
    { provide: COMMUNE_DIRECTORY, useClass: OfficialCommuneDirectory },
    { provide: ACCOUNT_THROTTLE, inject: [RUNTIME_CONFIG], useFactory: accountThrottleFor },
    // The guard, in shared/auth, asks every authenticated request's session version here.
    { provide: SESSION_VERSIONS, inject: [EntityManager], useFactory: ownerSessionVersions },
    { provide: DESTINATION_SESSION_VERSIONS, inject: [EntityManager], useFactory: destinationSessionVersions },
  ],
  exports: [CATALOGUE_QUERIES, CATALOGUE_FOR_DOCUMENTS, SESSION_VERSIONS, DESTINATION_SESSION_VERSIONS],
})
export class CatalogueModule implements OnModuleInit {
  constructor(private readonly projections: ProjectionRegistry) {}

  onModuleInit(): void {
    const projections = [
      untyped(ownersProjection),
      untyped(accommodationsProjection),
      untyped(supplementsProjection),
      untyped(establishmentsProjection),
      untyped(ageRangesProjection),
      untyped(destinationsProjection),
      untyped(destinationListingsProjection),
    ];
    for (const projection of projections) this.projections.register(projection);
  }
}
