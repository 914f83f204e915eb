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
import { EventStoreDbEventStore } from './eventstoredb/eventstoredb-event-store';
import { PostgresEventStore } from './postgres/postgres-event-store';
import { PolicyRegistry } from './policy/policy-registry';
import { ProjectionRegistry } from './projection/projection-registry';
import { ProjectionRunner } from './projection/projection-runner';
import { ReadModelWaiter } from './projection/read-model-waiter';
import { WaitForReadModelsHandler } from './projection/wait-for-read-models.query';

export function createEventStore(config: RuntimeConfig): EventStore {
  return config.eventStoreConnectionString
    ? new EventStoreDbEventStore(config.eventStoreConnectionString)
    : new PostgresEventStore({ connectionString: config.databaseUrl });
}

@Injectable()
class EventStoreLifecycle implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy, OnApplicationShutdown {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly runner: ProjectionRunner,
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.store instanceof PostgresEventStore) await this.store.migrate();
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
  }
}

@Global()
@Module({
  providers: [
    { provide: EVENT_STORE, inject: [RUNTIME_CONFIG], useFactory: createEventStore },
    ProjectionRegistry,
    PolicyRegistry,
    WaitForReadModelsHandler,
    {
      provide: ProjectionRunner,
      inject: [MikroORM, EVENT_STORE, RUNTIME_CONFIG, ProjectionRegistry, PolicyRegistry],
      // The registries fill up while modules initialise; the runner reads them when it starts.
      useFactory: (orm: MikroORM, store: EventStore, config: RuntimeConfig, registry: ProjectionRegistry, policies: PolicyRegistry) =>
        new ProjectionRunner(orm, store, config.databaseUrl, { all: () => registry.all() }, {}, { all: () => policies.all() }),
    },
    {
      provide: ReadModelWaiter,
      inject: [MikroORM, ProjectionRunner],
      useFactory: (orm: MikroORM, runner: ProjectionRunner) => new ReadModelWaiter(orm.em, runner),
    },
    EventStoreLifecycle,
  ],
  exports: [EVENT_STORE, ProjectionRegistry, PolicyRegistry, ProjectionRunner, ReadModelWaiter],
})
export class EventStoreModule {}
