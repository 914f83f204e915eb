import { graphqlSettings, GRAPHQL_LIMIT_DEFAULTS, InvalidConfiguration, listenHost, loadConfig, publicUrl } from './config';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';

/** The configuration error an environment is refused with; fails the test when it is accepted. */
function refusal(env: NodeJS.ProcessEnv): InvalidConfiguration {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof InvalidConfiguration) return error;
    throw error;
  }
  throw new Error('expected the configuration to be refused, but it was accepted');
}

describe('Configuration', () => {
  it('runs with defaults when nothing is set', () =>
    expect(loadConfig({})).toEqual({
      nodeEnv: 'development',
      port: 3000,
      databaseUrl: null,
      eventStoreConnectionString: null,
      dataDir: '.data',
      jwtSecret: null,
      jwtExpiresInSeconds: 43_200,
      host: '127.0.0.1',
      graphqlIntrospection: true,
      graphqlMaxCost: GRAPHQL_LIMIT_DEFAULTS.maxCost,
      graphqlMaxDepth: GRAPHQL_LIMIT_DEFAULTS.maxDepth,
      graphqlMaxAliases: GRAPHQL_LIMIT_DEFAULTS.maxAliases,
      trustProxy: undefined,
      signUpsPerClientPerHour: 10,
      followerLag: { events: 1000, seconds: 60 },
      smtpUrl: null,
      mailFrom: undefined,
      publicUrl: undefined,
      paymentSecretsKey: null,
      personalDataKey: null,
      guestBookingsPerClientPerHour: 30,
      databasePoolSize: 20,
      webhookRetryHours: 72,
    }));

  it('takes what the environment sets', () =>
    expect(
      loadConfig({
        NODE_ENV: 'production',
        PORT: '8080',
        DATABASE_URL: 'postgres://osmb:pw@db:5432/osmb',
        EVENTSTORE_CONNECTION_STRING: 'esdb://localhost:2113?tls=false',
        DATA_DIR: '/var/lib/osmb',
        JWT_SECRET: SECRET,
        JWT_EXPIRES_IN_SECONDS: '3600',
        HOST: '10.0.0.5',
        GRAPHQL_INTROSPECTION: 'true',
        GRAPHQL_MAX_COST: '80000',
        GRAPHQL_MAX_DEPTH: '8',
        GRAPHQL_MAX_ALIASES: '10',
        TRUST_PROXY: '1',
        SIGN_UPS_PER_CLIENT_PER_HOUR: '50',
        FOLLOWER_LAG_EVENTS: '200',
        FOLLOWER_LAG_SECONDS: '30',
        SMTP_URL: 'smtps://osmb:pw@mail.example.org:465',
        MAIL_FROM: 'reservations@gites.example',
        PUBLIC_URL: 'https://booking.gites.example/',
        PAYMENT_SECRETS_KEY: 'another-secret-of-thirty-two-characters',
        PERSONAL_DATA_KEY: 'a-third-secret-of-thirty-two-characters',
        GUEST_BOOKINGS_PER_CLIENT_PER_HOUR: '5',
        DATABASE_POOL_SIZE: '40',
        WEBHOOK_RETRY_HOURS: '24',
      }),
    ).toEqual({
      nodeEnv: 'production',
      port: 8080,
      databaseUrl: 'postgres://osmb:pw@db:5432/osmb',
      eventStoreConnectionString: 'esdb://localhost:2113?tls=false',
      dataDir: '/var/lib/osmb',
      jwtSecret: SECRET,
      jwtExpiresInSeconds: 3600,
      host: '10.0.0.5',
      graphqlIntrospection: true,
      graphqlMaxCost: 80_000,
      graphqlMaxDepth: 8,
      graphqlMaxAliases: 10,
      trustProxy: 1,
      signUpsPerClientPerHour: 50,
      followerLag: { events: 200, seconds: 30 },
      smtpUrl: 'smtps://osmb:pw@mail.example.org:465',
      mailFrom: 'reservations@gites.example',
      publicUrl: 'https://booking.gites.example',
      paymentSecretsKey: 'another-secret-of-thirty-two-characters',
      personalDataKey: 'a-third-secret-of-thirty-two-characters',
      guestBookingsPerClientPerHour: 5,
      databasePoolSize: 40,
      webhookRetryHours: 24,
    }));

  it.each([
    ['SMTP_URL', 'mail.example.org:25', 'must be an SMTP URL'],
    ['MAIL_FROM', 'reservations', 'must be an email address'],
    ['PUBLIC_URL', 'booking.example.org', 'must be the address guests reach the app at'],
    ['PAYMENT_SECRETS_KEY', 'short', 'must be at least 32 characters long'],
    ['PERSONAL_DATA_KEY', 'short', 'must be at least 32 characters long'],
  ])('refuses %s = %s, naming it', (name, value, problem) => expect(() => loadConfig({ [name]: value })).toThrow(`${name}: ${problem}`));

  it.each([
    ['a hop count', '2', 2],
    ['loopback', 'loopback', 'loopback'],
    ['subnets', '10.0.0.0/8, 192.168.1.0/24', '10.0.0.0/8, 192.168.1.0/24'],
  ])('trusts proxies given as %s', (_, value, trusted) => expect(loadConfig({ TRUST_PROXY: value }).trustProxy).toEqual(trusted));

  it('refuses proxies it cannot read, naming the variable', () =>
    expect(() => loadConfig({ TRUST_PROXY: 'evil;rm -rf' })).toThrow(/TRUST_PROXY: must be a number of proxies/));

  it('listens on every interface and hides the schema in production', () =>
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET })).toMatchObject({ host: '0.0.0.0', graphqlIntrospection: false }));

  it.each(['localhost', '::', '::1', '0.0.0.0', 'app.internal'])('listens on HOST=%s', (host) => expect(loadConfig({ HOST: host }).host).toBe(host));

  it('gives a configuration written in code, without the optional settings, what an empty environment gives', () => {
    const written = { ...loadConfig({}), host: undefined, graphqlIntrospection: undefined, graphqlMaxCost: undefined, graphqlMaxDepth: undefined, graphqlMaxAliases: undefined };
    expect(listenHost(written)).toBe('127.0.0.1');
    expect(publicUrl(written)).toBe('http://127.0.0.1:3000');
    expect(publicUrl({ ...written, nodeEnv: 'production', port: 8080 })).toBe('http://127.0.0.1:8080');
    expect(graphqlSettings(written)).toEqual({ introspection: true, ...GRAPHQL_LIMIT_DEFAULTS });
    expect(listenHost({ ...written, nodeEnv: 'production' })).toBe('0.0.0.0');
    expect(graphqlSettings({ ...written, nodeEnv: 'production' }).introspection).toBe(false);
    expect(graphqlSettings({ ...written, nodeEnv: 'production', graphqlIntrospection: true }).introspection).toBe(true);
  });

  it('treats an empty variable as unset', () =>
    expect(loadConfig({ PORT: '', DATABASE_URL: '', DATA_DIR: '', JWT_SECRET: '' })).toMatchObject({
      port: 3000,
      databaseUrl: null,
      dataDir: '.data',
      jwtSecret: null,
    }));

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PORT', '0'],
    ['PORT', '80.5'],
    ['DATABASE_URL', 'mysql://x'],
    ['EVENTSTORE_CONNECTION_STRING', 'http://x'],
    ['JWT_SECRET', 'too-short'],
    ['JWT_EXPIRES_IN_SECONDS', '10'],
    ['NODE_ENV', 'staging'],
    ['HOST', 'not a host'],
    ['HOST', 'http://0.0.0.0'],
    ['GRAPHQL_INTROSPECTION', 'yes'],
    ['GRAPHQL_MAX_COST', '10'],
    ['GRAPHQL_MAX_COST', 'lots'],
    ['GRAPHQL_MAX_DEPTH', '1'],
    ['GRAPHQL_MAX_DEPTH', '6.5'],
    ['GRAPHQL_MAX_ALIASES', '0'],
    ['DATABASE_POOL_SIZE', '1'],
    ['DATABASE_POOL_SIZE', '501'],
    ['DATABASE_POOL_SIZE', 'many'],
    ['WEBHOOK_RETRY_HOURS', '0'],
    ['WEBHOOK_RETRY_HOURS', '721'],
  ])('refuses %s=%s, naming the variable', (name, value) => {
    const error = refusal({ [name]: value });
    expect(error.problems).toEqual([expect.stringMatching(new RegExp(`^${name}: `))]);
    expect(error.message).toContain(name);
  });

  it('reports every bad value at once', () =>
    expect(refusal({ PORT: 'abc', DATABASE_URL: 'mysql://x', EVENTSTORE_CONNECTION_STRING: 'http://x', JWT_SECRET: 'too-short' }).problems).toEqual([
      expect.stringMatching(/^PORT: /),
      expect.stringMatching(/^DATABASE_URL: /),
      expect.stringMatching(/^EVENTSTORE_CONNECTION_STRING: /),
      expect.stringMatching(/^JWT_SECRET: /),
    ]));

  it('refuses production without a JWT secret', () =>
    expect(refusal({ NODE_ENV: 'production' }).problems).toEqual([expect.stringMatching(/^JWT_SECRET: /)]));

  it('refuses production with an empty JWT secret', () =>
    expect(refusal({ NODE_ENV: 'production', JWT_SECRET: '' }).problems).toEqual([expect.stringMatching(/^JWT_SECRET: /)]));

  it.each([
    ['JWT_SECRET', 'short-secret-9f2c', 'short-secret-9f2c'],
    ['DATABASE_URL', 'mysql://osmb:hunter2-pw@db/osmb', 'hunter2-pw'],
    ['EVENTSTORE_CONNECTION_STRING', 'https://admin:changeit-pw@es:2113', 'changeit-pw'],
  ])('never echoes a secret in %s back', (name, value, secret) => {
    const error = refusal({ [name]: value, PORT: 'abc' });
    expect(error.message).not.toContain(secret);
    expect(error.problems.join('\n')).not.toContain(secret);
  });
});

describe('configuration problems reported together', () => {
  it('reports a missing production secret beside a malformed port', () => {
    let problems: readonly string[] = [];
    try {
      loadConfig({ NODE_ENV: 'production', PORT: 'abc' });
    } catch (error) {
      problems = (error as InvalidConfiguration).problems;
    }
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^PORT:/), expect.stringMatching(/^JWT_SECRET:/)]));
  });
});
