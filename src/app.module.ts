import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { CatalogueModule, catalogueMigrations, catalogueResolvers } from './catalogue/catalogue.module';
import { CommunicationModule, communicationMigrations, communicationResolvers } from './communication/communication.module';
import { EventStoreModule } from './event-store/event-store.module';
import { followingMigrations } from './event-store/following/following.migrations';
import { PaiementModule, paiementResolvers } from './paiement/paiement.module';
import { ReservationModule, reservationMigrations, reservationResolvers } from './reservation/reservation.module';
import { AuthModule } from './shared/auth/auth.module';
import { RUNTIME_CONFIG, type RuntimeConfig } from './shared/config/config';
import { DatabaseModule } from './shared/database/database.module';
import { AppGraphqlModule } from './shared/graphql/graphql.module';
import { HealthController } from './shared/health/health.controller';
import { DomainErrorFilter } from './shared/http/domain-error.filter';
import { IdempotencyModule } from './shared/idempotency/idempotency.module';
import { ThrottleModule } from './shared/throttle/throttle.module';
import { idempotencyMigrations } from './shared/idempotency/idempotency.migrations';
import { CLOCK, systemClock, type Clock } from './shared/kernel/clock';
import { SynchronisationModule, synchronisationMigrations, synchronisationResolvers } from './synchronisation/synchronisation.module';
import { TarificationModule, tarificationMigrations, tarificationResolvers } from './tarification/tarification.module';
import { webhookResolvers } from './synchronisation/webhooks.module';

/** Every read-model migration, in the order they were written (their names start with when). */
export const MIGRATIONS = [...followingMigrations, ...catalogueMigrations, ...tarificationMigrations, ...reservationMigrations, ...communicationMigrations, ...synchronisationMigrations, ...idempotencyMigrations].sort((a, b) =>
  a.name.localeCompare(b.name),
);

/** Every resolver of every context: what `schema.gql` is printed from. */
export const RESOLVERS = [...catalogueResolvers, ...tarificationResolvers, ...reservationResolvers, ...paiementResolvers, ...communicationResolvers, ...synchronisationResolvers, ...webhookResolvers];

@Global()
@Module({})
class RuntimeModule {
  static forRoot(config: RuntimeConfig, clock: Clock): DynamicModule {
    return {
      module: RuntimeModule,
      providers: [
        { provide: RUNTIME_CONFIG, useValue: config },
        { provide: CLOCK, useValue: clock },
      ],
      exports: [RUNTIME_CONFIG, CLOCK],
    };
  }
}

@Module({})
export class AppModule {
  static forRoot(config: RuntimeConfig, options: { clock?: Clock } = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        RuntimeModule.forRoot(config, options.clock ?? systemClock),
        CqrsModule.forRoot(),
        DatabaseModule.forRoot(MIGRATIONS),
        EventStoreModule,
        AuthModule,
        AppGraphqlModule,
        IdempotencyModule,
        ThrottleModule,
        CatalogueModule,
        TarificationModule,
        ReservationModule,
        PaiementModule,
        CommunicationModule,
        SynchronisationModule,
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_FILTER, useClass: DomainErrorFilter }],
    };
  }
}
