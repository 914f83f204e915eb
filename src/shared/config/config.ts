import { isIP } from 'node:net';
import { z } from 'zod';

/**
 * What one GraphQL request may ask for, checked before anything runs. By the cost model of
 * `shared/graphql/query-cost.plugin.ts`, a listing of stay rates (up to 10,000) costs 210,000 with
 * ids alone and 530,000 with every field: the default cost lets one request hold any one listing,
 * or two, never three. No query of ours nests deeper than 5 or uses an alias.
 */
export const GRAPHQL_LIMIT_DEFAULTS = { maxCost: 600_000, maxDepth: 10, maxAliases: 30 } as const;

const HOST_NAME = /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

function limit(min: number, max: number) {
  return z.coerce
    .number({ invalid_type_error: 'must be a number' })
    .int('must be a whole number')
    .min(min, `must be between ${min} and ${max}`)
    .max(max, `must be between ${min} and ${max}`);
}

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
  HOST: z
    .string()
    .refine((host) => isIP(host) !== 0 || HOST_NAME.test(host), 'must be an IP address or a host name, such as 0.0.0.0 or 127.0.0.1')
    .optional(),
  GRAPHQL_INTROSPECTION: z
    .enum(['true', 'false'], { errorMap: () => ({ message: 'must be true or false' }) })
    .transform((value) => value === 'true')
    .optional(),
  GRAPHQL_MAX_COST: limit(1_000, 100_000_000).default(GRAPHQL_LIMIT_DEFAULTS.maxCost),
  GRAPHQL_MAX_DEPTH: limit(2, 100).default(GRAPHQL_LIMIT_DEFAULTS.maxDepth),
  GRAPHQL_MAX_ALIASES: limit(1, 10_000).default(GRAPHQL_LIMIT_DEFAULTS.maxAliases),
  TRUST_PROXY: z
    .string()
    .regex(/^(\d{1,2}|[A-Za-z0-9.:/,_ -]{1,500})$/, 'must be a number of proxies (1) or addresses and subnets (loopback, 10.0.0.0/8)')
    .transform((value) => (/^\d+$/.test(value) ? Number(value) : value))
    .optional(),
  SIGN_UPS_PER_CLIENT_PER_HOUR: limit(1, 1_000_000).default(10),
  FOLLOWER_LAG_EVENTS: limit(1, 100_000_000).default(1000),
  FOLLOWER_LAG_SECONDS: limit(1, 86_400).default(60),
  WEBHOOK_RETRY_HOURS: limit(1, 720).default(72),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/\S+$/, 'must be an SMTP URL such as smtp://user:password@mail.example.org:587 or smtps://mail.example.org')
    .optional(),
  MAIL_FROM: z.string().email('must be an email address such as reservations@example.org').optional(),
  PUBLIC_URL: z
    .string()
    .regex(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, 'must be the address guests reach the app at, such as https://booking.example.org')
    .transform((url) => url.replace(/\/+$/, ''))
    .optional(),
  PAYMENT_SECRETS_KEY: z.string().min(32, 'must be at least 32 characters long').optional(),
  PERSONAL_DATA_KEY: z.string().min(32, 'must be at least 32 characters long').optional(),
  GUEST_BOOKINGS_PER_CLIENT_PER_HOUR: limit(1, 1_000_000).default(30),
  DATABASE_POOL_SIZE: limit(2, 500).default(20),
});

export interface AppConfig {
  readonly nodeEnv: 'development' | 'production' | 'test';
  readonly port: number;
  readonly databaseUrl: string | null;
  readonly eventStoreConnectionString: string | null;
  readonly dataDir: string;
  readonly jwtSecret: string | null;
  readonly jwtExpiresInSeconds: number;
  // Optional so that a configuration written in code (a test's) gets what an empty environment
  // gets; read them through listenHost() and graphqlSettings().
  /** The address the server listens on; 0.0.0.0 in production, 127.0.0.1 otherwise. */
  readonly host?: string;
  /** Introspection is off in production unless asked for. */
  readonly graphqlIntrospection?: boolean;
  readonly graphqlMaxCost?: number;
  readonly graphqlMaxDepth?: number;
  readonly graphqlMaxAliases?: number;
  /** The proxies in front of the app, whose X-Forwarded-For tells the client's address; unset, none. */
  readonly trustProxy?: number | string;
  /** Accounts one client may open in an hour (10 unless said). */
  readonly signUpsPerClientPerHour?: number;
  /** How long a change waits for the read models to show it before answering from its events (5 s unless said). */
  readonly readModelWaitMs?: number;
  /** When a projection or policy counts as behind, for /health/ready (1000 events, 60 s unless said). */
  readonly followerLag?: { readonly events: number; readonly seconds: number };
  /** Where emails leave; unset, they are written as .eml files under `<dataDir>/mail`. */
  readonly smtpUrl?: string | null;
  /** The sender's address of every email (the owner's is the Reply-To); `reservations@localhost` unless said. */
  readonly mailFrom?: string;
  /** How often the outbox looks for emails to deliver (2 s unless said). */
  readonly emailPollMs?: number;
  /** PDF renders at once, each in a worker thread (the processors less one, at least 1, unless said). */
  readonly pdfWorkers?: number;
  /** The address guests reach the app at, for links in emails and payment pages; `http://<host>:<port>` unless said. */
  readonly publicUrl?: string;
  /** Encrypts the payment providers' secret keys at rest; unset, a key is derived from the JWT secret. */
  readonly paymentSecretsKey?: string | null;
  /**
   * Seals at rest the keys that guests' personal data in events is encrypted with; unset, a key
   * derived from the JWT secret. Changing it (or the JWT secret it falls back on) leaves every
   * guest's data unreadable until the old value is set again: set it before rotating the JWT secret.
   */
  readonly personalDataKey?: string | null;
  /** Guest bookings (bookStay) one client may make in an hour (30 unless said). */
  readonly guestBookingsPerClientPerHour?: number;
  /** How often nights held for guests paying online are checked for expiry (30 s unless said; 0: only when asked). */
  readonly guestBookingSweepMs?: number;
  /**
   * Connections each of the two pools (read models, event store) may open (20 unless said): an
   * instance opens up to twice this, plus two (the store's LISTEN and the followers' locks).
   */
  readonly databasePoolSize?: number;
  /** How often each instance looks for imported calendars due for a fetch (60 s unless said; 0: only when asked). */
  readonly icalSyncMs?: number;
  /** How long one calendar fetch may take, redirects and body included (15 s unless said). */
  readonly icalFetchTimeoutMs?: number;
  /** How often each instance fans public events out to webhook endpoints and sends what is due (1 s unless said; 0: only when asked). */
  readonly webhookDispatchMs?: number;
  /** How long a webhook delivery is retried from its first attempt, and an endpoint may fail before it is disabled (72 h unless said). */
  readonly webhookRetryHours?: number;
  /**
   * Addresses (IPs or CIDR ranges) an owner's URL may reach despite the rule against private and
   * loopback ones: for tests serving feeds from 127.0.0.1 only; never set in production.
   */
  readonly outboundAllow?: readonly string[];
  /**
   * MINIMAL makes password hashes as cheap as argon2 allows: for the test suite only; no
   * environment variable sets it, so an instance always hashes at the standard cost.
   */
  readonly passwordHashCost?: 'STANDARD' | 'MINIMAL';
  /** Stripe's API as the tests' local stub serves it; unset, Stripe's own. */
  readonly stripeApi?: { readonly host: string; readonly port: number; readonly protocol: 'http' | 'https' };
}

export interface GraphqlSettings {
  readonly introspection: boolean;
  readonly maxCost: number;
  readonly maxDepth: number;
  readonly maxAliases: number;
}

// A laptop's server is not for the café's network; a container's must be reachable from outside.
const defaultHost = (nodeEnv: AppConfig['nodeEnv']): string => (nodeEnv === 'production' ? '0.0.0.0' : '127.0.0.1');
const introspectionByDefault = (nodeEnv: AppConfig['nodeEnv']): boolean => nodeEnv !== 'production';

export function listenHost(config: AppConfig): string {
  return config.host ?? defaultHost(config.nodeEnv);
}

/** Where guests reach the app, without a trailing slash. */
export function publicUrl(config: AppConfig): string {
  if (config.publicUrl) return config.publicUrl;
  const host = listenHost(config);
  return `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${config.port}`;
}

export function graphqlSettings(config: AppConfig): GraphqlSettings {
  return {
    introspection: config.graphqlIntrospection ?? introspectionByDefault(config.nodeEnv),
    maxCost: config.graphqlMaxCost ?? GRAPHQL_LIMIT_DEFAULTS.maxCost,
    maxDepth: config.graphqlMaxDepth ?? GRAPHQL_LIMIT_DEFAULTS.maxDepth,
    maxAliases: config.graphqlMaxAliases ?? GRAPHQL_LIMIT_DEFAULTS.maxAliases,
  };
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
    host: c.HOST ?? defaultHost(c.NODE_ENV),
    graphqlIntrospection: c.GRAPHQL_INTROSPECTION ?? introspectionByDefault(c.NODE_ENV),
    graphqlMaxCost: c.GRAPHQL_MAX_COST,
    graphqlMaxDepth: c.GRAPHQL_MAX_DEPTH,
    graphqlMaxAliases: c.GRAPHQL_MAX_ALIASES,
    trustProxy: c.TRUST_PROXY,
    signUpsPerClientPerHour: c.SIGN_UPS_PER_CLIENT_PER_HOUR,
    followerLag: { events: c.FOLLOWER_LAG_EVENTS, seconds: c.FOLLOWER_LAG_SECONDS },
    smtpUrl: c.SMTP_URL ?? null,
    mailFrom: c.MAIL_FROM,
    publicUrl: c.PUBLIC_URL,
    paymentSecretsKey: c.PAYMENT_SECRETS_KEY ?? null,
    personalDataKey: c.PERSONAL_DATA_KEY ?? null,
    guestBookingsPerClientPerHour: c.GUEST_BOOKINGS_PER_CLIENT_PER_HOUR,
    databasePoolSize: c.DATABASE_POOL_SIZE,
    webhookRetryHours: c.WEBHOOK_RETRY_HOURS,
  };
}

export const RUNTIME_CONFIG = Symbol('RuntimeConfig');
