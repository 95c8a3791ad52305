import { isCalendarDate } from '@kyodo/domain';
import { z } from 'zod';
import { ConfigError } from './runMain.js';
import { withMongoPassword, withSecretFiles } from './secretFiles.js';

/** Where each subgraph listens when neither PORT nor KYODO_<NAME>_PORT is set. */
export const DEFAULT_PORTS: Readonly<Record<string, number>> = {
  organizations: 4001,
  facilities: 4002,
  funding: 4003,
  evaluation: 4004,
};

/**
 * The shared secret used when KYODO_INTERNAL_SECRET is unset outside production, so `npm start` works with no
 * setup. It is public (it is in the source), so production refuses to start without a real one.
 */
export const DEVELOPMENT_INTERNAL_SECRET = 'kyodo-local-development-secret-do-not-use-in-production';

export interface SubgraphConfig {
  port: number;
  host: string;
  internalSecret: string;
  mongodbUri?: string;
  logLevel: string;
  /** NODE_ENV=production: introspection off, no stack traces. Defaults to reading NODE_ENV when omitted. */
  production?: boolean;
  /** KYODO_CURSOR_SECRET: the key pagination cursors are sealed with; derived from internalSecret when unset. */
  cursorSecret?: string;
  /**
   * Where the other subgraphs are (KYODO_SUBGRAPH_<NAME>_URL, as for the gateway; default: 127.0.0.1 on their
   * default ports), for the kit's EntityDirectory.
   */
  subgraphUrls?: Record<string, string>;
  /** KYODO_NOW: the instant the process's clock starts at (demos and tests); the machine's clock when unset. */
  now?: Date;
  /** True when the development default secret is in use; startup logs a warning. */
  usingDevelopmentSecret?: boolean;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const port = z.coerce
  .number({ invalid_type_error: 'must be a number' })
  .int('must be an integer')
  .min(0, 'must be between 0 and 65535')
  .max(65535, 'must be between 0 and 65535');

const mongodbUriSchema = z
  .string()
  .regex(/^mongodb(\+srv)?:\/\/\S+$/, 'must be a mongodb:// or mongodb+srv:// connection string')
  .optional();

/** Production never falls back to the embedded engine: it would serve from memory and lose every write. */
export const PRODUCTION_NEEDS_MONGODB =
  'is required when NODE_ENV=production (the embedded engine is for development only)';

/** An ISO-8601 instant with its offset, e.g. 2026-06-01T10:00:00+09:00. */
export const instant = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/,
    'must be an ISO-8601 instant with an offset, e.g. 2026-06-01T10:00:00+09:00',
  )
  .refine(
    (value) => isCalendarDate(value.slice(0, 10)) && !Number.isNaN(Date.parse(value)),
    'is not a real date and time',
  )
  .transform((value) => new Date(value));

function envName(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
}

/** KYODO_SUBGRAPH_<NAME>_URL: where a subgraph is reached, the same variable the gateway reads. */
export function subgraphUrlVariable(name: string): string {
  return `KYODO_SUBGRAPH_${envName(name)}_URL`;
}

function blankToUndefined(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/**
 * Reads and validates a subgraph's configuration from the environment, once, at start. Every problem is reported
 * in one ConfigError naming the variable and its bad value.
 */
export function readSubgraphConfig(name: string, givenEnv: NodeJS.ProcessEnv = process.env): SubgraphConfig {
  let env: NodeJS.ProcessEnv;
  try {
    env = withSecretFiles(givenEnv);
  } catch (error) {
    throw new ConfigError(`Invalid configuration for the ${name} subgraph: ${(error as Error).message}`);
  }
  const portVariable = blankToUndefined(env.PORT) !== undefined ? 'PORT' : `KYODO_${envName(name)}_PORT`;
  const production = env.NODE_ENV === 'production';
  const raw: Record<string, string | undefined> = {
    [portVariable]: blankToUndefined(env[portVariable]),
    HOST: blankToUndefined(env.HOST),
    KYODO_INTERNAL_SECRET: blankToUndefined(env.KYODO_INTERNAL_SECRET),
    MONGODB_URI: blankToUndefined(env.MONGODB_URI),
    LOG_LEVEL: blankToUndefined(env.LOG_LEVEL),
    KYODO_CURSOR_SECRET: blankToUndefined(env.KYODO_CURSOR_SECRET),
    ...Object.fromEntries(
      Object.keys(DEFAULT_PORTS).map((other) => {
        const variable = subgraphUrlVariable(other);
        return [variable, blankToUndefined(env[variable])];
      }),
    ),
    KYODO_NOW: blankToUndefined(env.KYODO_NOW),
  };

  const schema = z.object({
    [portVariable]: port.optional(),
    HOST: z.string().optional(),
    KYODO_INTERNAL_SECRET: production
      ? z
          .string({ required_error: 'is required when NODE_ENV=production' })
          .min(16, 'must be at least 16 characters')
          .refine(
            (value) => value !== DEVELOPMENT_INTERNAL_SECRET,
            'must not be the public development secret',
          )
      : z.string().min(16, 'must be at least 16 characters').optional(),
    KYODO_CURSOR_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
    ...Object.fromEntries(
      Object.keys(DEFAULT_PORTS).map((other) => [
        subgraphUrlVariable(other),
        z.string().url('must be a URL such as http://host:4001/graphql').optional(),
      ]),
    ),
    MONGODB_URI: production
      ? mongodbUriSchema.refine((value) => value !== undefined, PRODUCTION_NEEDS_MONGODB)
      : mongodbUriSchema,
    KYODO_NOW: instant.optional(),
    LOG_LEVEL: z
      .enum(LOG_LEVELS, { errorMap: () => ({ message: `must be one of ${LOG_LEVELS.join(', ')}` }) })
      .optional(),
  });

  const result = schema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const variable = String(issue.path[0]);
      const value = raw[variable];
      // Never echo a secret back into logs.
      // A connection string may hold a password too.
      const shown =
        variable.endsWith('_SECRET') || variable === 'MONGODB_URI' || value === undefined
          ? ''
          : ` (got ${JSON.stringify(value)})`;
      return `${variable} ${issue.message}${shown}`;
    });
    throw new ConfigError(`Invalid configuration for the ${name} subgraph: ${problems.join('; ')}`);
  }

  const values = result.data as {
    HOST?: string;
    KYODO_INTERNAL_SECRET?: string;
    KYODO_CURSOR_SECRET?: string;
    MONGODB_URI?: string;
    LOG_LEVEL?: (typeof LOG_LEVELS)[number];
    KYODO_NOW?: Date;
  } & Record<string, number | undefined>;
  const defaultPort = DEFAULT_PORTS[name];
  const resolvedPort = values[portVariable] ?? defaultPort;
  if (resolvedPort === undefined) {
    throw new ConfigError(`Invalid configuration for the ${name} subgraph: set PORT or ${portVariable}`);
  }
  let mongodbUri: string | undefined;
  try {
    mongodbUri = values.MONGODB_URI && withMongoPassword(values.MONGODB_URI, env.MONGODB_PASSWORD);
  } catch (error) {
    throw new ConfigError(`Invalid configuration for the ${name} subgraph: ${(error as Error).message}`);
  }
  return {
    port: resolvedPort,
    host: values.HOST ?? '127.0.0.1',
    internalSecret: values.KYODO_INTERNAL_SECRET ?? DEVELOPMENT_INTERNAL_SECRET,
    ...(mongodbUri ? { mongodbUri } : {}),
    ...(values.KYODO_CURSOR_SECRET ? { cursorSecret: values.KYODO_CURSOR_SECRET } : {}),
    subgraphUrls: Object.fromEntries(
      Object.entries(DEFAULT_PORTS).map(([other, defaultPort]) => [
        other,
        (values as Record<string, unknown>)[subgraphUrlVariable(other)] ??
          `http://127.0.0.1:${defaultPort}/graphql`,
      ]),
    ) as Record<string, string>,
    logLevel: values.LOG_LEVEL ?? 'info',
    production,
    ...(values.KYODO_NOW ? { now: values.KYODO_NOW } : {}),
    usingDevelopmentSecret: values.KYODO_INTERNAL_SECRET === undefined,
  };
}
