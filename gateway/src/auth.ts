import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import {
  createRemoteJWKSet,
  decodeProtectedHeader,
  errors as joseErrors,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import { ANONYMOUS, type Viewer } from '@kyodo/service-kit';
import type { GatewayConfig } from './config.js';

/** The claims a Kyodo token carries: the subject, one role and the organizations the user is a member of. */
export const viewerClaimsSchema = z.object({
  sub: z.string({ required_error: 'is required' }).min(1, 'must not be empty'),
  role: z.enum(['resident', 'member', 'staff'], {
    errorMap: () => ({ message: 'must be resident, member or staff' }),
  }),
  organizationIds: z.array(z.string().min(1), { invalid_type_error: 'must be a list of ids' }).default([]),
});

/** 401 with `extensions.code` UNAUTHENTICATED; Apollo Server turns extensions.http into the HTTP status. */
export function invalidTokenError(message: string): GraphQLError {
  const headers = new HeaderMap([['www-authenticate', 'Bearer error="invalid_token"']]);
  return new GraphQLError(message, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers } },
  });
}

export interface Authenticator {
  /** No header: the anonymous viewer. A bad, expired or unverifiable token: throws invalidTokenError. */
  authenticate(authorization: string | undefined): Promise<Viewer>;
}

function describeJoseError(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'The token has expired';
  if (error instanceof joseErrors.JWTClaimValidationFailed)
    return `The token's ${error.claim} claim is invalid: ${error.message}`;
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return "The token's signature is invalid";
  if (error instanceof joseErrors.JWKSNoMatchingKey) return 'The token was signed with an unknown key';
  if (error instanceof joseErrors.JWKSTimeout)
    return 'The token could not be verified: the key set did not answer in time';
  if (error instanceof joseErrors.JOSEError) return `The token is invalid: ${error.message}`;
  return 'The token is invalid';
}

/**
 * Tokens verified lately, by their exact text: a staff tool or dashboard sends the same token with every request, and
 * verifying it again (signature, claims, schema) was ~4 % of the gateway's CPU under staff load. Only a token that
 * passed every check is kept; its exp and nbf are checked again on each use against the clock jose reads, and every
 * entry is verified afresh after REVERIFY_AFTER_MS (jose's own key-set cache decides which keys that run trusts).
 */
const VERIFIED_TOKENS = { max: 10_000 };
const REVERIFY_AFTER_MS = 60_000;

interface VerifiedToken {
  viewer: Viewer;
  exp: number;
  nbf: number | undefined;
  /** Date.now() when it was verified: one clock for every check, the one jose reads (and tests can set). */
  verifiedAt: number;
}

export function createAuthenticator(auth: GatewayConfig['auth']): Authenticator {
  const secret = auth.jwtSecret ? new TextEncoder().encode(auth.jwtSecret) : null;
  // createRemoteJWKSet caches the keys and refetches on an unknown `kid`, so key rotation needs no restart.
  const jwks: JWTVerifyGetKey | null = auth.jwksUrl ? createRemoteJWKSet(new URL(auth.jwksUrl)) : null;
  const options = {
    requiredClaims: ['exp', 'sub'],
    ...(auth.issuer ? { issuer: auth.issuer } : {}),
    ...(auth.audience ? { audience: auth.audience } : {}),
  };

  async function verify(token: string): Promise<JWTPayload> {
    let alg: string | undefined;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      throw invalidTokenError('The token is malformed: expected a JWT (header.payload.signature)');
    }
    try {
      if (alg === 'HS256' && secret)
        return (await jwtVerify(token, secret, { ...options, algorithms: ['HS256'] })).payload;
      if (alg === 'RS256' && jwks)
        return (await jwtVerify(token, jwks, { ...options, algorithms: ['RS256'] })).payload;
    } catch (error) {
      throw invalidTokenError(describeJoseError(error));
    }
    const accepted = [secret ? 'HS256' : null, jwks ? 'RS256' : null].filter(Boolean).join(' or ');
    throw invalidTokenError(`The token's algorithm ${alg ?? '(none)'} is not accepted; expected ${accepted}`);
  }

  const verified = new LRUCache<string, VerifiedToken>(VERIFIED_TOKENS);
  /** The viewer of a token verified lately that is still within its exp and nbf, else undefined. */
  const recall = (token: string): Viewer | undefined => {
    const entry = verified.get(token);
    if (!entry) return undefined;
    // The wall clock, as jose checks exp and nbf against it.
    const nowMs = Date.now();
    const now = Math.floor(nowMs / 1000);
    const fresh = nowMs - entry.verifiedAt < REVERIFY_AFTER_MS && nowMs >= entry.verifiedAt;
    if (fresh && entry.exp > now && (entry.nbf === undefined || entry.nbf <= now)) return entry.viewer;
    verified.delete(token);
    return undefined;
  };

  return {
    async authenticate(authorization) {
      if (authorization === undefined || authorization.trim() === '') return ANONYMOUS;
      const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
      if (!match?.[1]) throw invalidTokenError('The Authorization header must be "Bearer <token>"');
      const token = match[1];
      const known = recall(token);
      if (known) return known;
      const payload = await verify(token);
      const claims = viewerClaimsSchema.safeParse(payload);
      if (!claims.success) {
        const issue = claims.error.issues[0];
        throw invalidTokenError(
          `The token's ${String(issue?.path[0] ?? '')} claim ${issue?.message ?? 'is invalid'}`,
        );
      }
      // Frozen: the same viewer now serves every request that carries this token.
      const viewer = Object.freeze({
        sub: claims.data.sub,
        role: claims.data.role,
        organizationIds: Object.freeze([...claims.data.organizationIds]) as string[],
      });
      // exp is a required claim, so a verified payload has it; verifiedAt is on the clock jose just read.
      verified.set(token, { viewer, exp: payload.exp!, nbf: payload.nbf, verifiedAt: Date.now() });
      return viewer;
    },
  };
}
