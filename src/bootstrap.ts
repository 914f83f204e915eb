import { resolve } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { loadConfig, type AppConfig, type RuntimeConfig } from './shared/config/config';
import { developmentJwtSecret } from './shared/config/development-secret';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './shared/database/embedded-postgres';
import type { Clock } from './shared/kernel/clock';

export interface Runtime {
  readonly config: RuntimeConfig;
  readonly embedded: EmbeddedPostgres | null;
}

/** Settles what the environment left open: the embedded database and a development secret. */
export async function prepareRuntime(config: AppConfig = loadConfig(process.env)): Promise<Runtime> {
  const dataDir = resolve(config.dataDir);
  const embedded = config.databaseUrl ? null : await startEmbeddedPostgres({ dataDir });
  return {
    config: {
      ...config,
      dataDir,
      databaseUrl: config.databaseUrl ?? (embedded as EmbeddedPostgres).url,
      jwtSecret: config.jwtSecret ?? developmentJwtSecret(dataDir),
    },
    embedded,
  };
}

export async function createApp(config: RuntimeConfig, options: { clock?: Clock; logger?: false } = {}): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.forRoot(config, { clock: options.clock }), {
    logger: options.logger ?? ['error', 'warn'],
    // Keep-alive clients would otherwise hold a shutdown open until they leave.
    forceCloseConnections: true,
  });
  return app;
}
