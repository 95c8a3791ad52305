import { availableParallelism } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import {
  ConfigError,
  DEVELOPMENT_INTERNAL_SECRET,
  readProcessClock,
  withSecretFiles,
} from '@kyodo/service-kit';
import { findRepoRoot } from './repoRoot.js';
import { SUBGRAPHS, type SubgraphName, defaultSubgraphUrl, subgraphUrlVariable } from './subgraphs.js';

/**
 * The HS256 secret used when KYODO_JWT_SECRET is unset outside production, so `npm start` and
 * `npm run token` agree with no setup. It is public, so production refuses it.
 */
export const DEVELOPMENT_JWT_SECRET = 'kyodo-local-development-jwt-secret-do-not-use-in-production';

/**
 * The most an operation may cost (gateway/README.md, "Cost"): calibrated so the district dashboard at
 * organizations(first: 50), a mobile facilitiesNear page of 50 and the staff report pass with a margin, and ten
 * times any of them does not (gateway/test/calibration.test.ts).
 */
export const DEFAULT_MAX_COST = 12_000;

/** 焼津市 with its org-id.guide identifier (法人番号), as funding's 360Giving export names it by default. */
const DEFAULT_PUBLISHER = { id: 'JP-JCN-1000020222127', name: '焼津市' };

export interface GatewayConfig {
  production: boolean;
  host: string;
  port: number;
  logLevel: string;
  auth: {
    /** HS256 secret (local tokens); null when only a JWKS is trusted. */
    jwtSecret: string | null;
    /** RS256 keys (production identity provider). */
    jwksUrl: string | null;
    issuer: string | null;
    audience: string | null;
  };
  internalSecret: string;
  /** Allowed browser origins; `['*']` allows any. Empty: same-origin only. */
  corsOrigins: string[];
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxRootFields: number;
  maxStringLength: number;
  maxListItems: number;
  subgraphTimeoutMs: number;
  bodyLimit: string;
  supergraphPath: string;
  /** 0 disables polling the supergraph file for changes. */
  supergraphPollMs: number;
  subgraphUrls: Record<SubgraphName, string>;
  usingDevelopmentSecrets: boolean;
  /** The city publishing the open-data exports (the same variables as funding's 360Giving funder). */
  publisher: { id: string; name: string };
  /** Gateway processes sharing the port (node:cluster); 1 runs in this process alone. */
  workers: number;
  /**
   * The gateway's clock, as the subgraphs have theirs (the kit's processClock): KYODO_NOW starts it at that instant
   * (demos, tests), else the machine's. Reports date themselves by it.
   */
  clock: () => Date;
}

const SECRET_VARIABLES = new Set(['KYODO_JWT_SECRET', 'KYODO_INTERNAL_SECRET']);
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const integer = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  z.coerce
    .number({ invalid_type_error: 'must be a number' })
    .int('must be an integer')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);

const httpUrl = z
  .string()
  .url('must be a URL')
  .refine((u) => /^https?:\/\//.test(u), 'must be an http:// or https:// URL');

function blank(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/**
 * Reads and validates the gateway's configuration from the environment. Every problem is reported at once, in one
 * ConfigError naming each bad variable.
 */
export function readGatewayConfig(givenEnv: NodeJS.ProcessEnv = process.env): GatewayConfig {
  // KYODO_JWT_SECRET_FILE, KYODO_INTERNAL_SECRET_FILE: secrets as files (Docker and Kubernetes secrets).
  let env: NodeJS.ProcessEnv;
  try {
    env = withSecretFiles(givenEnv);
  } catch (error) {
    throw new ConfigError(`Invalid gateway configuration: ${(error as Error).message}`);
  }
  const production = env.NODE_ENV === 'production';
  const urlVariables = SUBGRAPHS.map((s) => subgraphUrlVariable(s.name));
  const names = [
    'NODE_ENV',
    'HOST',
    'PORT',
    'LOG_LEVEL',
    'KYODO_JWT_SECRET',
    'KYODO_JWKS_URL',
    'KYODO_JWT_ISSUER',
    'KYODO_JWT_AUDIENCE',
    'KYODO_INTERNAL_SECRET',
    'KYODO_CORS_ORIGINS',
    'KYODO_MAX_DEPTH',
    'KYODO_MAX_COST',
    'KYODO_MAX_ALIASES',
    'KYODO_MAX_ROOT_FIELDS',
    'KYODO_MAX_STRING_LENGTH',
    'KYODO_MAX_LIST_ITEMS',
    'KYODO_SUBGRAPH_TIMEOUT_MS',
    'KYODO_BODY_LIMIT',
    'KYODO_SUPERGRAPH_PATH',
    'KYODO_SUPERGRAPH_POLL_MS',
    'KYODO_FUNDER_ID',
    'KYODO_FUNDER_NAME',
    'KYODO_GATEWAY_WORKERS',
    'KYODO_NOW',
    ...urlVariables,
  ];
  const raw: Record<string, string | undefined> = Object.fromEntries(names.map((n) => [n, blank(env[n])]));

  const secret = (min: number) => z.string().min(min, `must be at least ${min} characters`);
  const schema = z
    .object({
      NODE_ENV: z
        .enum(['development', 'production', 'test'], {
          errorMap: () => ({ message: 'must be development, production or test' }),
        })
        .default('development'),
      HOST: z.string().default('127.0.0.1'),
      PORT: integer(0, 65535).default(4000),
      LOG_LEVEL: z
        .enum(LOG_LEVELS, { errorMap: () => ({ message: `must be one of ${LOG_LEVELS.join(', ')}` }) })
        .default('info'),
      KYODO_JWT_SECRET: secret(32)
        .refine(
          (s) => !production || s !== DEVELOPMENT_JWT_SECRET,
          'must not be the development secret in production',
        )
        .optional(),
      KYODO_JWKS_URL: httpUrl.optional(),
      KYODO_JWT_ISSUER: z.string().optional(),
      KYODO_JWT_AUDIENCE: z.string().optional(),
      KYODO_INTERNAL_SECRET: production
        ? secret(16)
            .refine(
              (s) => s !== DEVELOPMENT_INTERNAL_SECRET,
              'must not be the development secret in production',
            )
            .optional()
            .refine((s) => s !== undefined, 'is required when NODE_ENV=production')
        : secret(16).optional(),
      KYODO_CORS_ORIGINS: z
        .string()
        .default('')
        .transform((s) =>
          s
            .split(',')
            .map((o) => o.trim())
            .filter((o) => o !== ''),
        )
        .refine(
          (origins) => origins.every((o) => o === '*' || /^https?:\/\/[^/\s]+$/.test(o)),
          'must be a comma-separated list of origins like https://example.org (no path), or *',
        ),
      KYODO_MAX_DEPTH: integer(1, 100).default(12),
      KYODO_MAX_COST: integer(1).default(DEFAULT_MAX_COST),
      KYODO_MAX_ALIASES: integer(0).default(30),
      KYODO_MAX_ROOT_FIELDS: integer(1).default(15),
      KYODO_MAX_STRING_LENGTH: integer(1).default(10_000),
      KYODO_MAX_LIST_ITEMS: integer(1).default(100),
      KYODO_SUBGRAPH_TIMEOUT_MS: integer(1).default(10000),
      KYODO_BODY_LIMIT: z
        .string()
        .regex(/^\d+(b|kb|mb)$/i, 'must be a size like 100kb or 1mb')
        .default('100kb'),
      KYODO_SUPERGRAPH_PATH: z.string().optional(),
      KYODO_SUPERGRAPH_POLL_MS: integer(0).default(0),
      KYODO_FUNDER_ID: z.string().default(DEFAULT_PUBLISHER.id),
      KYODO_FUNDER_NAME: z.string().default(DEFAULT_PUBLISHER.name),
      KYODO_GATEWAY_WORKERS: integer(1, 256).optional(),
      KYODO_NOW: z.string().optional(),
      ...Object.fromEntries(urlVariables.map((v) => [v, httpUrl.optional()])),
    })
    .superRefine((values, ctx) => {
      if (production && !values.KYODO_JWT_SECRET && !values.KYODO_JWKS_URL) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['KYODO_JWKS_URL'],
          message: 'or KYODO_JWT_SECRET is required when NODE_ENV=production',
        });
      }
    });

  const result = schema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const variable = String(issue.path[0]);
      const value = raw[variable];
      const shown =
        SECRET_VARIABLES.has(variable) || value === undefined ? '' : ` (got ${JSON.stringify(value)})`;
      return `${variable} ${issue.message}${shown}`;
    });
    throw new ConfigError(`Invalid gateway configuration: ${problems.join('; ')}`);
  }
  const v = result.data as z.infer<typeof schema> & Record<string, string | undefined>;
  let clock: () => Date;
  try {
    clock = readProcessClock({ KYODO_NOW: v.KYODO_NOW });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    throw new ConfigError(`Invalid gateway configuration: ${error.message}`);
  }
  const useDevJwt = !v.KYODO_JWT_SECRET && !v.KYODO_JWKS_URL;
  return {
    production,
    host: v.HOST,
    port: v.PORT,
    logLevel: v.LOG_LEVEL,
    auth: {
      jwtSecret: v.KYODO_JWT_SECRET ?? (useDevJwt ? DEVELOPMENT_JWT_SECRET : null),
      jwksUrl: v.KYODO_JWKS_URL ?? null,
      issuer: v.KYODO_JWT_ISSUER ?? null,
      audience: v.KYODO_JWT_AUDIENCE ?? null,
    },
    internalSecret: v.KYODO_INTERNAL_SECRET ?? DEVELOPMENT_INTERNAL_SECRET,
    corsOrigins: v.KYODO_CORS_ORIGINS,
    maxDepth: v.KYODO_MAX_DEPTH,
    maxCost: v.KYODO_MAX_COST,
    maxAliases: v.KYODO_MAX_ALIASES,
    maxRootFields: v.KYODO_MAX_ROOT_FIELDS,
    maxStringLength: v.KYODO_MAX_STRING_LENGTH,
    maxListItems: v.KYODO_MAX_LIST_ITEMS,
    subgraphTimeoutMs: v.KYODO_SUBGRAPH_TIMEOUT_MS,
    bodyLimit: v.KYODO_BODY_LIMIT.toLowerCase(),
    supergraphPath: path.resolve(
      v.KYODO_SUPERGRAPH_PATH ?? path.join(findRepoRoot(), 'schema', 'supergraph.graphql'),
    ),
    supergraphPollMs: v.KYODO_SUPERGRAPH_POLL_MS,
    subgraphUrls: Object.fromEntries(
      SUBGRAPHS.map((s) => [s.name, v[subgraphUrlVariable(s.name)] ?? defaultSubgraphUrl(s.name)]),
    ) as Record<SubgraphName, string>,
    usingDevelopmentSecrets: useDevJwt || !v.KYODO_INTERNAL_SECRET,
    publisher: { id: v.KYODO_FUNDER_ID, name: v.KYODO_FUNDER_NAME },
    // Every core in production; one process in development, where logs and debugging stay simple.
    workers: v.KYODO_GATEWAY_WORKERS ?? (production ? availableParallelism() : 1),
    clock,
  };
}
