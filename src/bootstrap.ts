import { resolve } from 'node:path';
import type { INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { loadConfig, type AppConfig, type RuntimeConfig } from './shared/config/config';
import { developmentJwtSecret } from './shared/config/development-secret';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './shared/database/embedded-postgres';
import { GRAPHQL_PATH } from './shared/graphql/graphql.module';
import { cookieSession } from './shared/auth/session-cookie';
import { BACK_OFFICE_PATH, backOffice } from './shared/http/back-office';
import { graphqlCors, securityHeaders } from './shared/http/security-headers';
import { refuseUnstorableText } from './shared/http/unstorable-text.middleware';
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

export async function createApp(config: RuntimeConfig, options: { clock?: Clock; logger?: false | LogLevel[] } = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, { clock: options.clock }), {
    logger: options.logger ?? ['error', 'warn'],
    // Keep-alive clients would otherwise hold a shutdown open until they leave.
    forceCloseConnections: true,
    // Payment providers sign the bytes they send: webhooks are verified on `req.rawBody`.
    rawBody: true,
  });
  // Behind a proxy, every client would otherwise look like the proxy to the log-in throttle.
  if (config.trustProxy !== undefined) app.set('trust proxy', config.trustProxy);
  app.use(securityHeaders());
  // The booking widget calls the public operations from owners' own sites.
  app.use(GRAPHQL_PATH, graphqlCors());
  // The back office's session rides in cookies; past this, it is a bearer token like any other.
  app.use(cookieSession());
  app.use(BACK_OFFICE_PATH, backOffice());
  // The parsers Nest would add at init, added now so that the text check below sees parsed bodies;
  // Nest then skips its own (same names), and `rawBody` is honoured as it would be.
  app.useBodyParser('json');
  app.useBodyParser('urlencoded', { extended: true });
  app.use(refuseUnstorableText({ except: GRAPHQL_PATH }));
  return app;
}
