import { Global, Module, type OnModuleInit } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { EntityManager } from '@mikro-orm/postgresql';
import { ProjectionRegistry } from '../event-store/projection/projection-registry';
import { untyped } from '../event-store/projection/projection';
import { GetAccommodationHandler, ListAccommodationsHandler } from './application/accommodation.queries';
import { GetAgeRangeHandler, ListAgeRangesHandler } from './application/age-range.queries';
import { CatalogueQueriesService } from './application/catalogue-queries.service';
import { ChangeAccommodationHandler } from './application/change-accommodation.handler';
import { ChangeAgeRangesHandler } from './application/change-age-ranges.handler';
import { ChangeEmailHandler } from './application/change-email.handler';
import { CreateAccommodationHandler } from './application/create-accommodation.handler';
import { DescribeEstablishmentHandler } from './application/describe-establishment.handler';
import { GetEstablishmentHandler } from './application/establishment.query';
import { RemoveSupplementHandler } from './application/remove-supplement.handler';
import { SaveSupplementHandler } from './application/save-supplement.handler';
import { GetSupplementHandler, ListSupplementsHandler } from './application/supplement.queries';
import { CATALOGUE_QUERIES } from './contracts';
import { accommodationsProjection } from './infrastructure/accommodation.projection';
import { AccommodationRowSchema } from './infrastructure/accommodation.row';
import { ageRangesProjection } from './infrastructure/age-range.projection';
import { AgeRangeRowSchema } from './infrastructure/age-range.row';
import { establishmentsProjection } from './infrastructure/establishment.projection';
import { EstablishmentRowSchema } from './infrastructure/establishment.row';
import { supplementsProjection } from './infrastructure/supplement.projection';
import { SupplementRowSchema } from './infrastructure/supplement.row';
import { AccommodationResolver } from './graphql/accommodation.resolver';
import { AgeRangeResolver } from './graphql/age-range.resolver';
import { EstablishmentResolver } from './graphql/establishment.resolver';
import { SupplementResolver } from './graphql/supplement.resolver';
import { ChangePasswordHandler } from './application/change-password.handler';
import { GetOwnerHandler } from './application/get-owner.query';
import { LogInHandler } from './application/log-in.handler';
import { LOGIN_THROTTLE, PASSWORD_HASHER } from './application/ports';
import { SignUpHandler } from './application/sign-up.handler';
import { UpdateOwnerDetailsHandler } from './application/update-owner-details.handler';
import { Argon2PasswordHasher } from './infrastructure/argon2-password-hasher';
import { catalogueMigrations } from './infrastructure/catalogue.migrations';
import { OwnerRowSchema } from './infrastructure/owner.row';
import { ownersProjection } from './infrastructure/owner.projection';
import { PostgresLoginThrottle } from './infrastructure/postgres-login-throttle';
import { OwnerResolver } from './graphql/owner.resolver';

export { catalogueMigrations };

/** Listed for printing the schema without starting the app. */
export const catalogueResolvers = [OwnerResolver, AccommodationResolver, EstablishmentResolver, SupplementResolver, AgeRangeResolver];

/**
 * Global so that other contexts inject `CATALOGUE_QUERIES` knowing only `contracts.ts`, never this
 * module's file.
 */
@Global()
@Module({
  imports: [
    CqrsModule,
    MikroOrmModule.forFeature([OwnerRowSchema, AccommodationRowSchema, SupplementRowSchema, EstablishmentRowSchema, AgeRangeRowSchema]),
  ],
  providers: [
    SignUpHandler,
    LogInHandler,
    UpdateOwnerDetailsHandler,
    ChangePasswordHandler,
    ChangeEmailHandler,
    GetOwnerHandler,
    CreateAccommodationHandler,
    ChangeAccommodationHandler,
    GetAccommodationHandler,
    ListAccommodationsHandler,
    DescribeEstablishmentHandler,
    GetEstablishmentHandler,
    SaveSupplementHandler,
    RemoveSupplementHandler,
    GetSupplementHandler,
    ListSupplementsHandler,
    ChangeAgeRangesHandler,
    ListAgeRangesHandler,
    GetAgeRangeHandler,
    { provide: CATALOGUE_QUERIES, useClass: CatalogueQueriesService },
    ...catalogueResolvers,
    { provide: PASSWORD_HASHER, useClass: Argon2PasswordHasher },
    { provide: LOGIN_THROTTLE, inject: [EntityManager], useFactory: (em: EntityManager) => new PostgresLoginThrottle(em) },
  ],
  exports: [CATALOGUE_QUERIES],
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
    ];
    for (const projection of projections) this.projections.register(projection);
  }
}
