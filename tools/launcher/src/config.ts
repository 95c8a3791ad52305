import path from 'node:path';
import { z } from 'zod';
import { SUBGRAPHS, type SubgraphName } from '@kyodo/gateway';
import { ConfigError } from '@kyodo/service-kit';

export interface LauncherConfig {
  /** A MongoDB server to use; without it the launcher starts the embedded engine. */
  mongodbUri: string | null;
  /** Where the embedded engine keeps its data. */
  dataDir: string;
  gatewayPort: number;
  subgraphPorts: Record<SubgraphName, number>;
  readyTimeoutMs: number;
  /** First delay before restarting a child that exited (doubles per exit; 5 exits in a minute stop everything). */
  restartDelayMs: number;
}

const port = z.coerce
  .number({ invalid_type_error: 'must be a number' })
  .int('must be an integer')
  .min(1, 'must be between 1 and 65535')
  .max(65535, 'must be between 1 and 65535');

function blank(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

export const portVariable = (name: SubgraphName) => `KYODO_${name.toUpperCase()}_PORT`;

/**
 * The launcher's own settings: the gateway's port (KYODO_GATEWAY_PORT, else PORT), each subgraph's
 * (KYODO_<NAME>_PORT), MONGODB_URI, KYODO_DATA_DIR, KYODO_READY_TIMEOUT_MS and KYODO_RESTART_DELAY_MS. The children
 * validate the rest.
 */
export function readLauncherConfig(
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
): LauncherConfig {
  const gatewayVariable = blank(env.KYODO_GATEWAY_PORT) !== undefined ? 'KYODO_GATEWAY_PORT' : 'PORT';
  const names = [
    gatewayVariable,
    ...SUBGRAPHS.map((s) => portVariable(s.name)),
    'MONGODB_URI',
    'KYODO_DATA_DIR',
    'KYODO_READY_TIMEOUT_MS',
    'KYODO_RESTART_DELAY_MS',
  ];
  const raw: Record<string, string | undefined> = Object.fromEntries(names.map((n) => [n, blank(env[n])]));
  const schema = z.object({
    [gatewayVariable]: port.default(4000),
    ...Object.fromEntries(SUBGRAPHS.map((s) => [portVariable(s.name), port.default(s.defaultPort)])),
    MONGODB_URI: z
      .string()
      .regex(/^mongodb(\+srv)?:\/\/\S+$/, 'must be a mongodb:// or mongodb+srv:// connection string')
      .optional(),
    KYODO_DATA_DIR: z.string().default('.kyodo/data'),
    KYODO_READY_TIMEOUT_MS: z.coerce
      .number({ invalid_type_error: 'must be a number of milliseconds' })
      .int('must be an integer')
      .min(1000, 'must be at least 1000')
      .default(180_000),
    KYODO_RESTART_DELAY_MS: z.coerce
      .number({ invalid_type_error: 'must be a number of milliseconds' })
      .int('must be an integer')
      .min(0, 'must be at least 0')
      .max(60_000, 'must be at most 60000')
      .default(500),
  });
  const result = schema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const variable = String(issue.path[0]);
      // A connection string may hold a password: name the variable, not the value.
      const value = variable === 'MONGODB_URI' ? undefined : raw[variable];
      return `${variable} ${issue.message}${value === undefined ? '' : ` (got ${JSON.stringify(value)})`}`;
    });
    throw new ConfigError(`Invalid launcher configuration: ${problems.join('; ')}`);
  }
  const values = result.data as Record<string, number | string | undefined>;
  return {
    mongodbUri: (values.MONGODB_URI as string | undefined) ?? null,
    dataDir: path.resolve(cwd, values.KYODO_DATA_DIR as string),
    gatewayPort: values[gatewayVariable] as number,
    subgraphPorts: Object.fromEntries(
      SUBGRAPHS.map((s) => [s.name, values[portVariable(s.name)] as number]),
    ) as Record<SubgraphName, number>,
    readyTimeoutMs: values.KYODO_READY_TIMEOUT_MS as number,
    restartDelayMs: values.KYODO_RESTART_DELAY_MS as number,
  };
}
