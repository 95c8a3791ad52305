import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ConfigError, DEVELOPMENT_INTERNAL_SECRET, readSubgraphConfig } from '../src/index.js';

const SECRET = 'a-long-enough-internal-secret-for-tests';

describe('readSubgraphConfig', () => {
  test('defaults for local development', () => {
    expect(readSubgraphConfig('facilities', {})).toEqual({
      port: 4002,
      host: '127.0.0.1',
      internalSecret: DEVELOPMENT_INTERNAL_SECRET,
      logLevel: 'info',
      production: false,
      subgraphUrls: {
        organizations: 'http://127.0.0.1:4001/graphql',
        facilities: 'http://127.0.0.1:4002/graphql',
        funding: 'http://127.0.0.1:4003/graphql',
        evaluation: 'http://127.0.0.1:4004/graphql',
      },
      usingDevelopmentSecret: true,
    });
    expect(readSubgraphConfig('organizations', {}).port).toBe(4001);
    expect(readSubgraphConfig('funding', {}).port).toBe(4003);
    expect(readSubgraphConfig('evaluation', {}).port).toBe(4004);
  });

  test('PORT wins over KYODO_<NAME>_PORT, which wins over the default', () => {
    expect(readSubgraphConfig('funding', { KYODO_FUNDING_PORT: '5003' }).port).toBe(5003);
    expect(readSubgraphConfig('funding', { KYODO_FUNDING_PORT: '5003', PORT: '6000' }).port).toBe(6000);
  });

  test('every variable is read', () => {
    const config = readSubgraphConfig('evaluation', {
      HOST: '0.0.0.0',
      KYODO_INTERNAL_SECRET: SECRET,
      MONGODB_URI: 'mongodb://db.internal:27017',
      LOG_LEVEL: 'debug',
      KYODO_NOW: '2026-06-01T10:00:00+09:00',
      NODE_ENV: 'production',
      KYODO_CURSOR_SECRET: 'a-cursor-secret-of-sixteen-plus',
      KYODO_SUBGRAPH_ORGANIZATIONS_URL: 'http://organizations:4001/graphql',
    });
    expect(config).toEqual({
      port: 4004,
      host: '0.0.0.0',
      internalSecret: SECRET,
      mongodbUri: 'mongodb://db.internal:27017',
      logLevel: 'debug',
      production: true,
      cursorSecret: 'a-cursor-secret-of-sixteen-plus',
      subgraphUrls: {
        organizations: 'http://organizations:4001/graphql',
        facilities: 'http://127.0.0.1:4002/graphql',
        funding: 'http://127.0.0.1:4003/graphql',
        evaluation: 'http://127.0.0.1:4004/graphql',
      },
      now: new Date('2026-06-01T01:00:00Z'),
      usingDevelopmentSecret: false,
    });
  });

  test.each([
    [{ PORT: 'abc' }, /PORT must be a number \(got "abc"\)/],
    [{ KYODO_FACILITIES_PORT: '70000' }, /KYODO_FACILITIES_PORT must be between 0 and 65535 \(got "70000"\)/],
    [{ PORT: '12.5' }, /PORT must be an integer \(got "12.5"\)/],
    [
      { LOG_LEVEL: 'loud' },
      /LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent \(got "loud"\)/,
    ],
    [
      { MONGODB_URI: 'postgres://x' },
      /MONGODB_URI must be a mongodb:\/\/ or mongodb\+srv:\/\/ connection string$/,
    ],
    [{ KYODO_CURSOR_SECRET: 'short' }, /KYODO_CURSOR_SECRET must be at least 16 characters$/],
    [
      { KYODO_SUBGRAPH_FUNDING_URL: 'funding' },
      /KYODO_SUBGRAPH_FUNDING_URL must be a URL .*\(got "funding"\)/,
    ],
    [
      { KYODO_NOW: '2026-06-01 10:00' },
      /KYODO_NOW must be an ISO-8601 instant with an offset.*\(got "2026-06-01 10:00"\)/,
    ],
    [{ KYODO_NOW: '2026-02-30T10:00:00+09:00' }, /KYODO_NOW is not a real date and time/],
    [{ NODE_ENV: 'production' }, /KYODO_INTERNAL_SECRET is required when NODE_ENV=production/],
    [
      { NODE_ENV: 'production', KYODO_INTERNAL_SECRET: SECRET },
      /^Invalid configuration for the facilities subgraph: MONGODB_URI is required when NODE_ENV=production \(the embedded engine is for development only\)$/,
    ],
    [
      {
        NODE_ENV: 'production',
        KYODO_INTERNAL_SECRET: DEVELOPMENT_INTERNAL_SECRET,
        MONGODB_URI: 'mongodb://db',
      },
      /KYODO_INTERNAL_SECRET must not be the public development secret$/,
    ],
  ])('%j is rejected with a message naming the variable and value', (env, message) => {
    expect(() => readSubgraphConfig('facilities', env)).toThrow(ConfigError);
    expect(() => readSubgraphConfig('facilities', env)).toThrow(message);
  });

  test('a short secret is rejected without echoing it', () => {
    let error: unknown;
    try {
      readSubgraphConfig('facilities', { KYODO_INTERNAL_SECRET: 'hunter2' });
    } catch (caught) {
      error = caught;
    }
    expect(String(error)).toContain('KYODO_INTERNAL_SECRET must be at least 16 characters');
    expect(String(error)).not.toContain('hunter2');
  });

  test('several problems are reported together', () => {
    expect(() => readSubgraphConfig('facilities', { PORT: 'abc', LOG_LEVEL: 'loud' })).toThrow(
      /PORT must be a number.*; LOG_LEVEL must be one of/,
    );
  });
});

describe('runSubgraphProcess', () => {
  test('a bad configuration is one line on stderr and exit code 1', () => {
    // Through the compiled package, the way services' src/main.ts run it.
    const script = `
      const { runSubgraphProcess } = require('@kyodo/service-kit');
      runSubgraphProcess({ name: 'facilities', typeDefs: null, resolvers: {}, createLoaders: () => ({}), models: [] });
    `;
    const result = spawnSync(process.execPath, ['-e', script], {
      cwd: join(__dirname, '..'),
      env: { PATH: process.env.PATH, PORT: 'abc' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'Invalid configuration for the facilities subgraph: PORT must be a number (got "abc")\n',
    );
    expect(result.stdout).toBe('');
  });
});
