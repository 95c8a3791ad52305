import { availableParallelism } from 'node:os';
import { ConfigError, DEVELOPMENT_INTERNAL_SECRET } from '@kyodo/service-kit';
import { DEVELOPMENT_JWT_SECRET, readGatewayConfig } from '../src/config.js';

function configError(env: Record<string, string>): string {
  try {
    readGatewayConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('gateway configuration', () => {
  it('starts its clock at KYODO_NOW, as the subgraphs do, and refuses an instant it cannot read', () => {
    /* eslint-disable no-restricted-syntax -- the machine's clock is what this test compares the gateway's with */
    const before = Date.now();
    const now = readGatewayConfig({ KYODO_NOW: '2026-06-16T10:00:00+09:00' }).clock().getTime();
    const start = new Date('2026-06-16T10:00:00+09:00').getTime();
    // It runs forward from there in real time: no more than this test has taken.
    expect(now - start).toBeGreaterThanOrEqual(0);
    expect(now - start).toBeLessThanOrEqual(Date.now() - before + 5);
    const machine = readGatewayConfig({}).clock().getTime();
    expect(Math.abs(machine - Date.now())).toBeLessThan(1000);
    /* eslint-enable no-restricted-syntax */
    expect(configError({ KYODO_NOW: 'yesterday' })).toMatch(
      /^Invalid gateway configuration: KYODO_NOW .*"yesterday"/,
    );
  });

  it('serves local use with no configuration at all', () => {
    const config = readGatewayConfig({});
    expect(config).toMatchObject({
      production: false,
      host: '127.0.0.1',
      port: 4000,
      auth: { jwtSecret: DEVELOPMENT_JWT_SECRET, jwksUrl: null },
      internalSecret: DEVELOPMENT_INTERNAL_SECRET,
      corsOrigins: [],
      maxDepth: 12,
      maxCost: 12000,
      maxAliases: 30,
      maxRootFields: 15,
      maxStringLength: 10000,
      maxListItems: 100,
      subgraphTimeoutMs: 10000,
      bodyLimit: '100kb',
      supergraphPollMs: 0,
      subgraphUrls: {
        organizations: 'http://127.0.0.1:4001/graphql',
        facilities: 'http://127.0.0.1:4002/graphql',
        funding: 'http://127.0.0.1:4003/graphql',
        evaluation: 'http://127.0.0.1:4004/graphql',
      },
      usingDevelopmentSecrets: true,
      workers: 1,
    });
    expect(config.supergraphPath).toMatch(/schema[/\\]supergraph\.graphql$/);
  });

  it('reads every variable', () => {
    const config = readGatewayConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      KYODO_JWKS_URL: 'https://id.example.org/.well-known/jwks.json',
      KYODO_JWT_ISSUER: 'https://id.example.org/',
      KYODO_JWT_AUDIENCE: 'kyodo',
      KYODO_INTERNAL_SECRET: 'an-internal-secret-of-some-length',
      KYODO_CORS_ORIGINS: 'https://app.example.org, http://localhost:5173',
      KYODO_MAX_DEPTH: '8',
      KYODO_MAX_COST: '5000',
      KYODO_SUBGRAPH_TIMEOUT_MS: '2500',
      KYODO_BODY_LIMIT: '1MB',
      KYODO_SUPERGRAPH_POLL_MS: '1000',
      KYODO_GATEWAY_WORKERS: '3',
      KYODO_SUBGRAPH_FUNDING_URL: 'http://funding:4003/graphql',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      auth: {
        jwtSecret: null,
        jwksUrl: 'https://id.example.org/.well-known/jwks.json',
        issuer: 'https://id.example.org/',
        audience: 'kyodo',
      },
      corsOrigins: ['https://app.example.org', 'http://localhost:5173'],
      maxDepth: 8,
      maxCost: 5000,
      subgraphTimeoutMs: 2500,
      bodyLimit: '1mb',
      supergraphPollMs: 1000,
      usingDevelopmentSecrets: false,
      workers: 3,
    });
    expect(config.subgraphUrls.funding).toBe('http://funding:4003/graphql');
    expect(config.subgraphUrls.organizations).toBe('http://127.0.0.1:4001/graphql');
  });

  it('names each bad variable and its value', () => {
    const message = configError({
      PORT: 'eighty',
      KYODO_MAX_COST: '0',
      KYODO_SUBGRAPH_FUNDING_URL: 'funding:4003',
    });
    expect(message).toContain('PORT must be a number (got "eighty")');
    expect(message).toContain('KYODO_MAX_COST must be at least 1 (got "0")');
    expect(message).toContain(
      'KYODO_SUBGRAPH_FUNDING_URL must be an http:// or https:// URL (got "funding:4003")',
    );
  });

  it('runs one gateway process per core in production unless KYODO_GATEWAY_WORKERS says otherwise', () => {
    const production = {
      NODE_ENV: 'production',
      KYODO_JWT_SECRET: 'a-production-jwt-secret-of-32-characters!',
      KYODO_INTERNAL_SECRET: 'a-production-internal-secret',
    };
    expect(readGatewayConfig(production).workers).toBe(availableParallelism());
    expect(readGatewayConfig({ ...production, KYODO_GATEWAY_WORKERS: '2' }).workers).toBe(2);
    expect(configError({ KYODO_GATEWAY_WORKERS: '0' })).toContain(
      'KYODO_GATEWAY_WORKERS must be at least 1 (got "0")',
    );
  });

  it('rejects a bad body limit, CORS origin or NODE_ENV', () => {
    expect(configError({ KYODO_BODY_LIMIT: 'lots' })).toContain(
      'KYODO_BODY_LIMIT must be a size like 100kb or 1mb',
    );
    expect(configError({ KYODO_CORS_ORIGINS: 'https://a.example/path' })).toContain(
      'KYODO_CORS_ORIGINS must be a comma-separated list',
    );
    expect(configError({ NODE_ENV: 'prod' })).toContain('NODE_ENV must be development, production or test');
  });

  it('never echoes a secret', () => {
    const message = configError({ KYODO_JWT_SECRET: 'short-secret', KYODO_INTERNAL_SECRET: 'tiny' });
    expect(message).toContain('KYODO_JWT_SECRET must be at least 32 characters');
    expect(message).toContain('KYODO_INTERNAL_SECRET must be at least 16 characters');
    expect(message).not.toContain('short-secret');
    expect(message).not.toContain('tiny');
  });

  it('requires real secrets in production', () => {
    const message = configError({ NODE_ENV: 'production' });
    expect(message).toContain('KYODO_INTERNAL_SECRET is required when NODE_ENV=production');
    expect(message).toContain('KYODO_JWKS_URL or KYODO_JWT_SECRET is required when NODE_ENV=production');
    expect(
      configError({
        NODE_ENV: 'production',
        KYODO_JWT_SECRET: DEVELOPMENT_JWT_SECRET,
        KYODO_INTERNAL_SECRET: DEVELOPMENT_INTERNAL_SECRET,
      }),
    ).toMatch(
      /KYODO_JWT_SECRET must not be the development secret.*KYODO_INTERNAL_SECRET must not be the development secret/,
    );
    const ok = readGatewayConfig({
      NODE_ENV: 'production',
      KYODO_JWKS_URL: 'https://id.example.org/jwks',
      KYODO_INTERNAL_SECRET: 'a-production-internal-secret',
    });
    expect(ok).toMatchObject({ production: true, auth: { jwtSecret: null }, usingDevelopmentSecrets: false });
  });
});
