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

/**
 * Verifies the signed viewer headers. Anything missing, malformed, expired or not signed with `secret` yields
 * ANONYMOUS: a forged viewer is never trusted, and an unverifiable one is not an error for public data.
 */
export function readViewer(headers: IncomingHttpHeaders, secret: string): Viewer {
  const value = single(headers[VIEWER_HEADER]);
  const signature = single(headers[VIEWER_SIGNATURE_HEADER]);
  if (!value || !signature || !/^[0-9a-f]{64}$/i.test(signature)) return ANONYMOUS;

  const expected = Buffer.from(sign(value, secret), 'hex');
  const given = Buffer.from(signature, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return ANONYMOUS;

  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    return ANONYMOUS;
  }
  const parsed = payloadSchema.safeParse(decoded);
  if (!parsed.success) return ANONYMOUS;
  if (parsed.data.exp * 1000 <= Date.now()) return ANONYMOUS;
  return parsed.data.viewer;
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
