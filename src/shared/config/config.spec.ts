import { InvalidConfiguration, loadConfig } from './config';

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
      }),
    ).toEqual({
      nodeEnv: 'production',
      port: 8080,
      databaseUrl: 'postgres://osmb:pw@db:5432/osmb',
      eventStoreConnectionString: 'esdb://localhost:2113?tls=false',
      dataDir: '/var/lib/osmb',
      jwtSecret: SECRET,
      jwtExpiresInSeconds: 3600,
    }));

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
