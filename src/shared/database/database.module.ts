import { Module, type DynamicModule, type OnModuleInit, Inject, Injectable } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { MikroORM, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { MigrationObject } from '@mikro-orm/core';
import { Client } from 'pg';
import { RUNTIME_CONFIG, type RuntimeConfig } from '../config/config';

const MIGRATIONS_LOCK = 7_315_002;

@Injectable()
class MigrateOnStart implements OnModuleInit {
  constructor(
    private readonly orm: MikroORM,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  /** Two instances starting together take turns, so no migration runs twice. */
  async onModuleInit(): Promise<void> {
    const lock = new Client({ connectionString: this.config.databaseUrl });
    await lock.connect();
    try {
      await lock.query('SELECT pg_advisory_lock($1)', [MIGRATIONS_LOCK]);
      await this.orm.getMigrator().up();
    } finally {
      await lock.end();
    }
  }
}

/** Read models live in PostgreSQL through MikroORM; each context registers its own entities. */
@Module({})
export class DatabaseModule {
  static forRoot(migrations: readonly MigrationObject[]): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        MikroOrmModule.forRootAsync({
          inject: [RUNTIME_CONFIG],
          driver: PostgreSqlDriver,
          useFactory: (config: RuntimeConfig) => ({
            driver: PostgreSqlDriver,
            clientUrl: config.databaseUrl,
            autoLoadEntities: true,
            // One connection kept open: an idle server still looks at its checkpoints now and then.
            pool: { min: 1, max: config.databasePoolSize ?? 20 },
            extensions: [Migrator],
            migrations: { migrationsList: [...migrations], transactional: true, allOrNothing: true, snapshot: false, silent: true },
            allowGlobalContext: false,
            debug: false,
          }),
        }),
      ],
      providers: [MigrateOnStart],
    };
  }
}
