import { z } from 'zod';

/**
 * Configuration comes from the environment only. Every bad value is reported at start, each with
 * its variable's name and what it must be, and never echoes a secret back.
 */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number({ invalid_type_error: 'must be a number' }).int('must be a whole number').min(1, 'must be between 1 and 65535').max(65535, 'must be between 1 and 65535').default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, 'must be a PostgreSQL URL such as postgres://user:password@host:5432/database')
    .optional(),
  EVENTSTORE_CONNECTION_STRING: z
    .string()
    .regex(/^(esdb|esdb\+discover|kurrentdb|kurrentdb\+discover|kdb|kdb\+discover):\/\/\S+$/, 'must be an EventStoreDB connection string such as esdb://localhost:2113?tls=false')
    .optional(),
  DATA_DIR: z.string().min(1, 'must not be empty').default('.data'),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters long').optional(),
  JWT_EXPIRES_IN_SECONDS: z.coerce.number({ invalid_type_error: 'must be a number' }).int('must be a whole number').min(60, 'must be at least 60').max(2_592_000, 'must be at most 2592000 (30 days)').default(43_200),
});

export interface AppConfig {
  readonly nodeEnv: 'development' | 'production' | 'test';
  readonly port: number;
  readonly databaseUrl: string | null;
  readonly eventStoreConnectionString: string | null;
  readonly dataDir: string;
  readonly jwtSecret: string | null;
  readonly jwtExpiresInSeconds: number;
}

/** What the app runs with once the embedded database is up and a secret is settled. */
export interface RuntimeConfig extends AppConfig {
  readonly databaseUrl: string;
  readonly jwtSecret: string;
}

export class InvalidConfiguration extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export function loadConfig(env: NodeJS.ProcessEnv): AppConfig {
  const blankAsUnset = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = schema.safeParse(blankAsUnset);
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  // Checked on the raw values so that it is reported together with every other problem.
  if (blankAsUnset.NODE_ENV === 'production' && !blankAsUnset.JWT_SECRET) {
    problems.push('JWT_SECRET: is required in production (at least 32 characters)');
  }
  if (!parsed.success || problems.length > 0) throw new InvalidConfiguration(problems);
  const c = parsed.data;
  return {
    nodeEnv: c.NODE_ENV,
    port: c.PORT,
    databaseUrl: c.DATABASE_URL ?? null,
    eventStoreConnectionString: c.EVENTSTORE_CONNECTION_STRING ?? null,
    dataDir: c.DATA_DIR,
    jwtSecret: c.JWT_SECRET ?? null,
    jwtExpiresInSeconds: c.JWT_EXPIRES_IN_SECONDS,
  };
}

export const RUNTIME_CONFIG = Symbol('RuntimeConfig');
