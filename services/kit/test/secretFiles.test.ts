import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError, readSubgraphConfig, withMongoPassword } from '../src/index.js';

describe('secrets as files', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'kyodo-secrets-'));
    writeFileSync(path.join(dir, 'internal'), 'a-long-enough-internal-secret-from-a-file\n');
    writeFileSync(path.join(dir, 'db-password'), 'p@ss:w/rd\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads KYODO_INTERNAL_SECRET_FILE and MONGODB_PASSWORD_FILE, putting the password into the URI', () => {
    const config = readSubgraphConfig('funding', {
      NODE_ENV: 'production',
      KYODO_INTERNAL_SECRET_FILE: path.join(dir, 'internal'),
      MONGODB_URI: 'mongodb://funding@mongo-0:27017,mongo-1:27017/kyodo_funding?replicaSet=rs0&w=majority',
      MONGODB_PASSWORD_FILE: path.join(dir, 'db-password'),
    });
    expect(config.internalSecret).toBe('a-long-enough-internal-secret-from-a-file');
    expect(config.mongodbUri).toBe(
      'mongodb://funding:p%40ss%3Aw%2Frd@mongo-0:27017,mongo-1:27017/kyodo_funding?replicaSet=rs0&w=majority',
    );
  });

  it('names an unreadable file and never prints a secret', () => {
    expect(() =>
      readSubgraphConfig('funding', { KYODO_INTERNAL_SECRET_FILE: path.join(dir, 'missing') }),
    ).toThrow(
      new ConfigError(
        `Invalid configuration for the funding subgraph: KYODO_INTERNAL_SECRET_FILE names ${JSON.stringify(path.join(dir, 'missing'))}, which cannot be read (ENOENT)`,
      ),
    );
    expect(() =>
      readSubgraphConfig('funding', {
        KYODO_INTERNAL_SECRET: 'x'.repeat(20),
        KYODO_INTERNAL_SECRET_FILE: path.join(dir, 'internal'),
      }),
    ).toThrow('Set KYODO_INTERNAL_SECRET or KYODO_INTERNAL_SECRET_FILE, not both');
  });

  it('refuses a password for a URI that names no user', () => {
    expect(() => withMongoPassword('mongodb://mongo:27017/kyodo_funding', 'secret')).toThrow(
      'MONGODB_PASSWORD is set but MONGODB_URI names no user',
    );
    expect(withMongoPassword('mongodb://mongo:27017/x', undefined)).toBe('mongodb://mongo:27017/x');
  });
});
