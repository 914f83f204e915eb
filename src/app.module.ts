import { Global, Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CatalogueModule, catalogueMigrations, catalogueResolvers } from './catalogue/catalogue.module';
import { CommunicationModule } from './communication/communication.module';
import { EventStoreModule } from './event-store/event-store.module';
import { Migration20261122000000Checkpoints } from './event-store/projection/checkpoint.migration';
import { PaiementModule, paiementResolvers } from './paiement/paiement.module';
import { ReservationModule, reservationMigrations, reservationResolvers } from './reservation/reservation.module';
import { AuthModule } from './shared/auth/auth.module';
import { RUNTIME_CONFIG, type RuntimeConfig } from './shared/config/config';
import { DatabaseModule } from './shared/database/database.module';
import { AppGraphqlModule } from './shared/graphql/graphql.module';
import { HealthController } from './shared/health/health.controller';
import { CLOCK, systemClock, type Clock } from './shared/kernel/clock';
import { SynchronisationModule } from './synchronisation/synchronisation.module';
import { TarificationModule, tarificationMigrations, tarificationResolvers } from './tarification/tarification.module';

/** Every read-model migration, in the order they were written. */
export const MIGRATIONS = [
  { name: 'Migration20261122000000Checkpoints', class: Migration20261122000000Checkpoints },
  ...catalogueMigrations,
  ...tarificationMigrations,
  ...reservationMigrations,
];

/** Every resolver of every context: what `schema.gql` is printed from. */
export const RESOLVERS = [...catalogueResolvers, ...tarificationResolvers, ...reservationResolvers, ...paiementResolvers];

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
        CatalogueModule,
        TarificationModule,
        ReservationModule,
        PaiementModule,
        CommunicationModule,
        SynchronisationModule,
      ],
      controllers: [HealthController],
    };
  }
}
