import {
  Global,
  Inject,
  Injectable,
  Module,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../shared/config/config';
import { EVENT_STORE, type EventStore } from './event-store.port';
import type { EventStoreDbEventStore } from './eventstoredb/eventstoredb-event-store';
import { PostgresEventStore } from './postgres/postgres-event-store';
import { BatchFollower } from './following/batch-follower';
import { BatchWriterRegistry } from './following/batch-writer-registry';
import { FollowerRunner } from './following/follower-runner';
import { PolicyFollower } from './following/policy-follower';
import { ProjectionFollower } from './following/projection-follower';
import { PERSONAL_DATA_KEYRING, type PersonalDataKeyring } from './personal-data/keyring';
import { PersonalDataProtectingEventStore } from './personal-data/personal-data-protecting-event-store';
import { PersonalDataRegistry } from './personal-data/personal-data-registry';
import { PostgresPersonalDataKeyring } from './personal-data/postgres-keyring';
import { PolicyRegistry } from './policy/policy-registry';
import { ProjectionRegistry } from './projection/projection-registry';
import { ReadModelWaiter } from './projection/read-model-waiter';
import { WaitForReadModelsHandler } from './projection/wait-for-read-models.query';
import { lazyModule } from '../shared/runtime/lazy-module';

/** The adapter the configuration names, as it stores events: without the personal data layer. */
export function createEventStore(config: RuntimeConfig): EventStore {
  return config.eventStoreConnectionString
    ? new (eventStoreDbAdapter())(config.eventStoreConnectionString)
    : new PostgresEventStore({ connectionString: config.databaseUrl, max: config.databasePoolSize ?? 20 });
}

/** Required only when a connection string names EventStoreDB: its gRPC client takes a sixth of a second to load. */
const eventStoreDbAdapter = lazyModule(
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load has to be a require in CommonJS
  () => (require('./eventstoredb/eventstoredb-event-store') as { EventStoreDbEventStore: typeof EventStoreDbEventStore }).EventStoreDbEventStore,
);

/** The adapter itself; everything else is given EVENT_STORE, which protects personal data over it. */
const ADAPTER = Symbol('EventStoreAdapter');

@Injectable()
class EventStoreLifecycle implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy, OnApplicationShutdown {
  constructor(
    @Inject(ADAPTER) private readonly adapter: EventStore,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly keyring: PostgresPersonalDataKeyring,
    private readonly runner: FollowerRunner,
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.adapter instanceof PostgresEventStore) await this.adapter.migrate();
  }

  onApplicationBootstrap(): void {
    this.runner.start();
  }

  /** Before MikroORM closes its pool on shutdown, or a batch in flight would wait forever. */
  async onModuleDestroy(): Promise<void> {
    await this.runner.stop();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
    await this.keyring.close();
  }
}

@Global()
@Module({
  providers: [
    { provide: ADAPTER, inject: [RUNTIME_CONFIG], useFactory: createEventStore },
    PersonalDataRegistry,
    {
      provide: PostgresPersonalDataKeyring,
      inject: [RUNTIME_CONFIG],
      useFactory: (config: RuntimeConfig) => new PostgresPersonalDataKeyring({ connectionString: config.databaseUrl }, config.personalDataKey ?? config.jwtSecret),
    },
    { provide: PERSONAL_DATA_KEYRING, useExisting: PostgresPersonalDataKeyring },
    {
      provide: EVENT_STORE,
      inject: [ADAPTER, PersonalDataRegistry, PERSONAL_DATA_KEYRING],
      // Every adapter goes through it; contexts register their policies while modules initialise.
      useFactory: (adapter: EventStore, registry: PersonalDataRegistry, keyring: PersonalDataKeyring) => new PersonalDataProtectingEventStore(adapter, registry, keyring),
    },
    ProjectionRegistry,
    PolicyRegistry,
    BatchWriterRegistry,
    WaitForReadModelsHandler,
    {
      provide: FollowerRunner,
      inject: [MikroORM, EVENT_STORE, RUNTIME_CONFIG, ProjectionRegistry, PolicyRegistry, BatchWriterRegistry],
      // The registries fill up while modules initialise; the runner reads them when it starts.
      useFactory: (orm: MikroORM, store: EventStore, config: RuntimeConfig, projections: ProjectionRegistry, policies: PolicyRegistry, batchWriters: BatchWriterRegistry) =>
        new FollowerRunner(orm, store, config.databaseUrl, () => [
          ...projections.all().map((projection) => new ProjectionFollower(orm, projection)),
          ...policies.all().map((policy) => new PolicyFollower(orm, policy)),
          ...batchWriters.all().map((writer) => new BatchFollower(orm, writer)),
        ]),
    },
    {
      provide: ReadModelWaiter,
      inject: [MikroORM, FollowerRunner, EVENT_STORE, RUNTIME_CONFIG],
      useFactory: (orm: MikroORM, runner: FollowerRunner, store: EventStore, config: RuntimeConfig) => new ReadModelWaiter(orm.em, runner, store, 50, config.readModelWaitMs),
    },
    EventStoreLifecycle,
  ],
  exports: [EVENT_STORE, PERSONAL_DATA_KEYRING, PersonalDataRegistry, ProjectionRegistry, PolicyRegistry, BatchWriterRegistry, FollowerRunner, ReadModelWaiter],
})
export class EventStoreModule {}
