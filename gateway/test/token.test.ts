import { createAuthenticator } from '../src/auth.js';
import { issueLocalToken, parseTtl } from '../src/localToken.js';
import { UsageError } from '@kyodo/service-kit';
import { parseTokenArgs } from '../src/token.js';

const ORG = '64b000000000000000000001';

function usageError(argv: string[]): string {
  try {
    parseTokenArgs(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('expected a UsageError');
}

describe('npm run token', () => {
  it('parses role, organizations, lifetime and subject', () => {
    expect(parseTokenArgs(['--role', 'staff'])).toEqual({
      viewer: { sub: 'local-staff', role: 'staff', organizationIds: [] },
      ttlSeconds: 3600,
    });
    expect(
      parseTokenArgs([
        '--role',
        'member',
        '--org',
        ORG,
        '--org',
        `${ORG.slice(0, -1)}2`,
        '--ttl',
        '30m',
        '--sub',
        'aiko',
      ]),
    ).toEqual({
      viewer: { sub: 'aiko', role: 'member', organizationIds: [ORG, `${ORG.slice(0, -1)}2`] },
      ttlSeconds: 1800,
    });
  });

  it('names the bad flag and value', () => {
    expect(usageError([])).toMatch(/^--role is required/);
    expect(usageError(['--role', 'admin'])).toBe(
      '--role must be one of resident, member, staff (got "admin")',
    );
    expect(usageError(['--role', 'member', '--org', 'acme'])).toBe(
      '--org must be an organization id (24 hex characters) (got "acme")',
    );
    expect(usageError(['--role', 'member'])).toBe(
      '--role member needs at least one --org: a member acts for their organizations',
    );
    expect(usageError(['--role', 'staff', '--ttl', 'forever'])).toBe(
      '--ttl must be a duration like 30m, 1h or 7d (got "forever")',
    );
    expect(usageError(['--role', 'staff', '--colour', 'red'])).toMatch(/Unknown option '--colour'/);
  });

  it('reads lifetimes in seconds, minutes, hours and days', () => {
    expect(parseTtl('90s')).toBe(90);
    expect(parseTtl('15m')).toBe(900);
    expect(parseTtl('2h')).toBe(7200);
    expect(parseTtl('7d')).toBe(604800);
    expect(parseTtl('0h')).toBeNull();
    expect(parseTtl('1w')).toBeNull();
  });

  it('issues a token the gateway accepts as that viewer', async () => {
    const secret = 'token-test-secret-with-32-characters!';
    const { viewer, ttlSeconds } = parseTokenArgs(['--role', 'member', '--org', ORG]);
    const token = await issueLocalToken(viewer, secret, { ttlSeconds });
    const auth = createAuthenticator({ jwtSecret: secret, jwksUrl: null, issuer: null, audience: null });
    expect(await auth.authenticate(`Bearer ${token}`)).toEqual({
      sub: 'local-member',
      role: 'member',
      organizationIds: [ORG],
    });
  });
});
