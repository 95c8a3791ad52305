import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { z } from 'zod';

/** Who is calling. The gateway authenticates the user and signs this; subgraphs only verify it. */
export type ViewerRole = 'anonymous' | 'resident' | 'member' | 'staff';
export interface Viewer {
  sub: string | null;
  role: ViewerRole;
  organizationIds: string[];
}

// Frozen so no resolver can accidentally grant the shared anonymous viewer an organization.
export const ANONYMOUS: Viewer = Object.freeze({
  sub: null,
  role: 'anonymous',
  organizationIds: Object.freeze([]) as unknown as string[],
});

export const VIEWER_HEADER = 'x-kyodo-viewer';
export const VIEWER_SIGNATURE_HEADER = 'x-kyodo-viewer-signature';

/** Default lifetime of a signed viewer: long enough for one request through the gateway, short enough to limit replay. */
export const DEFAULT_VIEWER_TTL_SECONDS = 60;

const viewerSchema = z
  .object({
    sub: z.string().min(1).nullable(),
    role: z.enum(['anonymous', 'resident', 'member', 'staff']),
    organizationIds: z.array(z.string()),
  })
  .strict()
  .refine((v) => v.role === 'anonymous' || v.sub !== null, 'a signed-in viewer has a subject');

const payloadSchema = z.object({ viewer: viewerSchema, exp: z.number().int() }).strict();

function sign(value: string, secret: string): string {
  return createHmac('sha256', secret).update(value).digest('hex');
}

/** Returns the two headers (payload and HMAC-SHA256 signature) that carry `viewer` to a subgraph. */
export function signViewer(
  viewer: Viewer,
  secret: string,
  ttlSeconds: number = DEFAULT_VIEWER_TTL_SECONDS,
): Record<string, string> {
  const payload = {
    viewer: { sub: viewer.sub, role: viewer.role, organizationIds: [...viewer.organizationIds] },
    exp: Math.floor(Date.now() / 1000) + ttlSeconds,
  };
  const value = Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
  return { [VIEWER_HEADER]: value, [VIEWER_SIGNATURE_HEADER]: sign(value, secret) };
}

function single(value: string | string[] | undefined): string | undefined {
  // A repeated header is ambiguous; refuse it rather than pick one.
  return typeof value === 'string' ? value : undefined;
}

/** A verified viewer and when its signature stops being good (epoch milliseconds). */
interface Verified {
  viewer: Viewer;
  expiresAt: number;
}

/** The header pair, verified and unexpired, or null: the cryptographic check, done once per distinct pair. */
function verify(value: string, signature: string, secret: string): Verified | null {
  if (!/^[0-9a-f]{64}$/i.test(signature)) return null;
  const expected = Buffer.from(sign(value, secret), 'hex');
  const given = Buffer.from(signature, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;

  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const parsed = payloadSchema.safeParse(decoded);
  if (!parsed.success) return null;
  const expiresAt = parsed.data.exp * 1000;
  if (expiresAt <= Date.now()) return null;
  return { viewer: parsed.data.viewer, expiresAt };
}

/**
 * Verifies the signed viewer headers. Anything missing, malformed, expired or not signed with `secret` yields
 * ANONYMOUS: a forged viewer is never trusted, and an unverifiable one is not an error for public data.
 */
export function readViewer(headers: IncomingHttpHeaders, secret: string): Viewer {
  const value = single(headers[VIEWER_HEADER]);
  const signature = single(headers[VIEWER_SIGNATURE_HEADER]);
  if (!value || !signature) return ANONYMOUS;
  return verify(value, signature, secret)?.viewer ?? ANONYMOUS;
}

/** How many verified header pairs a viewer reader remembers: the distinct viewers of a few seconds of traffic. */
export const VERIFIED_VIEWERS_KEPT = 1024;

/**
 * readViewer for one secret, remembering the header pairs it verified until they expire, so the HMAC, the decoding
 * and the schema check run once per pair rather than once per request (the gateway signs a viewer once and
 * forwards the same pair for several seconds, gateway/src/viewerHeaders.ts). Only successes are kept: a pair that
 * failed is checked again every time, and a remembered pair must match both headers exactly. The viewers it returns
 * are frozen, since requests share them. A bounded Map (the oldest entry goes first) is all this needs, hence no
 * cache library.
 */
export function createViewerReader(secret: string): (headers: IncomingHttpHeaders) => Viewer {
  const verified = new Map<string, Verified & { value: string }>();
  return (headers) => {
    const value = single(headers[VIEWER_HEADER]);
    const signature = single(headers[VIEWER_SIGNATURE_HEADER]);
    if (!value || !signature) return ANONYMOUS;
    // Keyed by the signature (short to hash); a hit must carry the very payload that signature was verified with.
    const known = verified.get(signature);
    if (known?.value === value) {
      if (known.expiresAt > Date.now()) return known.viewer;
      verified.delete(signature);
      return ANONYMOUS;
    }
    const fresh = verify(value, signature, secret);
    if (!fresh) return ANONYMOUS;
    Object.freeze(fresh.viewer.organizationIds);
    Object.freeze(fresh.viewer);
    if (verified.size >= VERIFIED_VIEWERS_KEPT) verified.delete(verified.keys().next().value!);
    verified.set(signature, { ...fresh, value });
    return fresh.viewer;
  };
}

export function isStaff(viewer: Viewer): boolean {
  return viewer.role === 'staff';
}

export function isMemberOf(viewer: Viewer, organizationId: string): boolean {
  return viewer.role !== 'anonymous' && viewer.organizationIds.includes(organizationId);
}

export function isAuthenticated(viewer: Viewer): boolean {
  return viewer.role !== 'anonymous';
}

/** The scopes `@requiresScopes` checks: a viewer's role ("staff", "member", "resident"); anonymous has none. */
export function viewerScopes(viewer: Viewer): string[] {
  return viewer.role === 'anonymous' ? [] : [viewer.role];
}
