import { SignJWT } from 'jose';
import type { Viewer } from '@kyodo/service-kit';

export type SignedInViewer = Viewer & { sub: string; role: Exclude<Viewer['role'], 'anonymous'> };

const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** Parses a lifetime such as `90s`, `30m`, `1h` or `7d` into seconds; null when it is not one. */
export function parseTtl(text: string): number | null {
  const match = /^(\d+)([smhd])$/.exec(text.trim());
  if (!match?.[1] || !match[2]) return null;
  const seconds = Number(match[1]) * (UNITS[match[2]] ?? 0);
  return seconds > 0 ? seconds : null;
}

/** Signs an HS256 token for local use (the launcher and `npm run token`), with the claims the gateway reads. */
export async function issueLocalToken(
  viewer: SignedInViewer,
  secret: string,
  options: { ttlSeconds: number; issuer?: string | null; audience?: string | null },
): Promise<string> {
  let jwt = new SignJWT({ role: viewer.role, organizationIds: [...viewer.organizationIds] })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(viewer.sub)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + options.ttlSeconds);
  if (options.issuer) jwt = jwt.setIssuer(options.issuer);
  if (options.audience) jwt = jwt.setAudience(options.audience);
  return jwt.sign(new TextEncoder().encode(secret));
}
