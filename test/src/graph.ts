import { randomBytes } from 'node:crypto';
import { issueLocalToken } from '@kyodo/gateway';
import { type Launched, freePort, launch } from '@kyodo/launcher';
import { TEST_NOW } from '@kyodo/service-kit/testing';

export const JWT_SECRET = 'e2e-jwt-secret-with-at-least-32-characters';

// Response bodies are read loosely: the assertions are what check their shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Body = any;

export interface GraphResponse {
  status: number;
  headers: Headers;
  body: Body;
}

export interface RunningGraph {
  launched: Launched;
  gatewayUrl: string;
  internalSecret: string;
  /** Every line the processes wrote, prefixed with their name (printed when the launch fails). */
  logs: string[];
  query(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GraphResponse>;
  post(url: string, body: string, headers?: Record<string, string>): Promise<GraphResponse>;
  /** Problems the processes had on their own (a child exiting unasked). */
  unexpectedExits: string[];
  stop(): Promise<void>;
}

export function token(
  role: 'resident' | 'member' | 'staff',
  options: { organizationIds?: string[]; ttlSeconds?: number; sub?: string } = {},
): Promise<string> {
  return issueLocalToken(
    { sub: options.sub ?? `e2e-${role}`, role, organizationIds: options.organizationIds ?? [] },
    JWT_SECRET,
    { ttlSeconds: options.ttlSeconds ?? 600 },
  );
}

/**
 * The real thing, as `npm start` runs it: the embedded engine (in memory), the four subgraph processes seeding
 * their databases and the gateway process, on free ports, through the launcher.
 */
export async function startGraph(gatewayEnv: Record<string, string> = {}): Promise<RunningGraph> {
  const logs: string[] = [];
  const unexpectedExits: string[] = [];
  const internalSecret = randomBytes(24).toString('hex');
  const [gatewayPort, organizations, facilities, funding, evaluation] = await Promise.all([
    freePort(),
    freePort(),
    freePort(),
    freePort(),
    freePort(),
  ]);
  let launched: Launched;
  try {
    launched = await launch({
      mongodbUri: null,
      dataDir: null,
      gatewayPort: gatewayPort,
      subgraphPorts: {
        organizations: organizations,
        facilities: facilities,
        funding: funding,
        evaluation: evaluation,
      },
      internalSecret,
      env: { ...process.env, KYODO_JWT_SECRET: JWT_SECRET, LOG_LEVEL: 'warn', KYODO_SUPERGRAPH_POLL_MS: '0' },
      gatewayEnv: { LOG_LEVEL: 'info', ...gatewayEnv },
      readyTimeoutMs: 150_000,
      now: TEST_NOW,
      onLine: (name, line) => logs.push(`[${name}] ${line}`),
      onUnexpectedExit: (name, exit) => unexpectedExits.push(`${name} ${JSON.stringify(exit)}`),
    });
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${logs.slice(-40).join('\n')}`);
  }
  const post = async (url: string, body: string, headers: Record<string, string> = {}) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    const text = await response.text();
    let parsed: Body = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Not JSON: the assertion shows the text.
    }
    return { status: response.status, headers: response.headers, body: parsed };
  };
  return {
    launched,
    gatewayUrl: launched.gatewayUrl,
    internalSecret,
    logs,
    unexpectedExits,
    post,
    query: (query, variables = {}, bearer = null) =>
      post(
        launched.gatewayUrl,
        JSON.stringify({ query, variables }),
        bearer ? { authorization: `Bearer ${bearer}` } : {},
      ),
    stop: () => launched.stop(),
  };
}

/** The extensions.code of each error in a GraphQL response body, in order (empty when it has none). */
export function errorCodes(body: Body): (string | undefined)[] {
  return (body.errors ?? []).map((error: { extensions?: { code?: string } }) => error.extensions?.code);
}

/** Polls `probe` until it holds (within `withinMs`), for state that changes when a process stops or starts. */
export async function eventually(probe: () => Promise<boolean>, withinMs = 60_000): Promise<void> {
  // A short interval: each wait ends soon after the state changes; the bound stays a time, not a count.
  const pollMs = 50;
  for (let i = 0; i < withinMs / pollMs; i += 1) {
    if (await probe()) return;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  throw new Error('the condition never held');
}
