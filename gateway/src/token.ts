import { parseArgs } from 'node:util';
import { ConfigError, UsageError, runMain } from '@kyodo/service-kit/runMain';
import { readGatewayConfig } from './config.js';
import { issueLocalToken, parseTtl, type SignedInViewer } from './localToken.js';

const USAGE = 'usage: npm run token -- --role resident|member|staff [--org ID]... [--ttl 1h] [--sub NAME]';
const ROLES = ['resident', 'member', 'staff'] as const;
const OBJECT_ID = /^[0-9a-f]{24}$/i;

export interface TokenRequest {
  viewer: SignedInViewer;
  ttlSeconds: number;
}

/** Parses the `npm run token` flags; a bad value is a UsageError naming the flag and the value. */
export function parseTokenArgs(argv: string[]): TokenRequest {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        role: { type: 'string' },
        org: { type: 'string', multiple: true },
        ttl: { type: 'string', default: '1h' },
        sub: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { role, org = [], ttl, sub } = parsed.values;
  if (role === undefined) throw new UsageError('--role is required');
  if (!(ROLES as readonly string[]).includes(role)) {
    throw new UsageError(`--role must be one of ${ROLES.join(', ')} (got ${JSON.stringify(role)})`);
  }
  const organizationIds = org.flatMap((o) => o.split(',')).map((o) => o.trim());
  const badOrg = organizationIds.find((o) => !OBJECT_ID.test(o));
  if (badOrg !== undefined)
    throw new UsageError(
      `--org must be an organization id (24 hex characters) (got ${JSON.stringify(badOrg)})`,
    );
  if (role === 'member' && organizationIds.length === 0) {
    throw new UsageError('--role member needs at least one --org: a member acts for their organizations');
  }
  const ttlSeconds = parseTtl(ttl ?? '1h');
  if (ttlSeconds === null)
    throw new UsageError(`--ttl must be a duration like 30m, 1h or 7d (got ${JSON.stringify(ttl)})`);
  if (sub !== undefined && sub.trim() === '') throw new UsageError('--sub must not be empty');
  return {
    viewer: { sub: sub ?? `local-${role}`, role: role as SignedInViewer['role'], organizationIds },
    ttlSeconds,
  };
}

/**
 * Prints an HS256 token signed with KYODO_JWT_SECRET (or the development secret). On stdout only the token, so
 * `$(npm run -s token -- --role staff)` captures it; a terminal also gets a hint on stderr.
 */
export async function printToken(argv: string[]): Promise<void> {
  const request = parseTokenArgs(argv);
  const { auth } = readGatewayConfig();
  if (!auth.jwtSecret) {
    throw new ConfigError(
      'only KYODO_JWKS_URL is configured: tokens come from the identity provider, set KYODO_JWT_SECRET to sign local ones',
    );
  }
  const token = await issueLocalToken(request.viewer, auth.jwtSecret, {
    ttlSeconds: request.ttlSeconds,
    issuer: auth.issuer,
    audience: auth.audience,
  });
  process.stdout.write(`${token}\n`);
  if (process.stdout.isTTY) {
    process.stderr.write(
      `(${request.viewer.role} token for ${request.viewer.sub}, valid ${request.ttlSeconds / 60} min: send it as "authorization: Bearer <token>")\n`,
    );
  }
}

/** `npm run token` (tools/launcher/bin/token.cjs): exit 2 on a bad flag, 1 on a bad environment value. */
export function runTokenCommand(argv: string[] = process.argv.slice(2)): void {
  runMain(() => printToken(argv), { name: 'token', usage: USAGE });
}

if (require.main === module) runTokenCommand();
