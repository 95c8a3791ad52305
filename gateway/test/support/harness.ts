import { Writable } from 'node:stream';
import { parse } from 'graphql';
import pino from 'pino';
import { composeSubgraphs } from '../../src/composition.js';
import { type GatewayConfig, readGatewayConfig } from '../../src/config.js';
import { type RunningGateway, startGateway } from '../../src/server.js';
import { type TinyContext, type TinySubgraph, startTinySubgraph } from './tinySubgraph.js';

export const INTERNAL_SECRET = 'gateway-test-internal-secret';
export const JWT_SECRET = 'gateway-test-jwt-secret-at-least-32-characters';

const ORGANIZATIONS_SDL = `
extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@listSize"])
type Query {
  organizations(first: Int): [Organization!]!
    @listSize(assumedSize: 20, slicingArguments: ["first"], requireOneSlicingArgument: false)
  organization(id: ID!): Organization
  whoami: Caller!
}
type Caller { sub: String role: String! organizationIds: [String!]! requestId: String }
type Organization @key(fields: "id") {
  id: ID!
  name: String!
  parent: Organization
}
`;

const FUNDING_SDL = `
extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@cost"])
type Organization @key(fields: "id") {
  id: ID!
  awardedTotal: Int @cost(weight: 5)
}
`;

const ORGANIZATIONS = [
  { id: 'o1', name: 'Yaizu NPO', parentId: null },
  { id: 'o2', name: 'Oigawa Council', parentId: 'o1' },
];

/** Knobs a test turns on the funding subgraph. */
export const fundingBehaviour = { delayMs: 0 };

export async function startOrganizations(): Promise<TinySubgraph> {
  return startTinySubgraph(
    'organizations',
    ORGANIZATIONS_SDL,
    parse(ORGANIZATIONS_SDL),
    {
      Query: {
        organizations: (_: unknown, args: { first?: number }) => ORGANIZATIONS.slice(0, args.first ?? 20),
        organization: (_: unknown, args: { id: string }) =>
          ORGANIZATIONS.find((o) => o.id === args.id) ?? null,
        whoami: (_: unknown, __: unknown, context: TinyContext) => ({
          ...context.viewer,
          requestId: context.requestId,
        }),
      },
      Organization: {
        __resolveReference: (ref: { id: string }) => ORGANIZATIONS.find((o) => o.id === ref.id),
        parent: (o: { parentId: string | null }) => ORGANIZATIONS.find((p) => p.id === o.parentId) ?? null,
      },
    },
    INTERNAL_SECRET,
  );
}

export async function startFunding(): Promise<TinySubgraph> {
  return startTinySubgraph(
    'funding',
    FUNDING_SDL,
    parse(FUNDING_SDL),
    {
      Organization: {
        __resolveReference: async (ref: { id: string }) => {
          if (fundingBehaviour.delayMs > 0)
            await new Promise((r) => setTimeout(r, fundingBehaviour.delayMs).unref());
          return { id: ref.id, awardedTotal: ref.id === 'o1' ? 1_500_000 : 0 };
        },
      },
    },
    INTERNAL_SECRET,
  );
}

export function supergraphOf(subgraphs: TinySubgraph[]): string {
  const outcome = composeSubgraphs(
    subgraphs.map((s) => ({ name: s.name, file: `${s.name}.graphql`, sdl: s.sdl })),
  );
  if (!outcome.ok) throw new Error(outcome.errors.map((e) => e.message).join('\n'));
  return outcome.supergraphSdl;
}

export function testConfig(subgraphs: TinySubgraph[], env: Record<string, string> = {}): GatewayConfig {
  return readGatewayConfig({
    PORT: '0',
    LOG_LEVEL: 'info',
    KYODO_JWT_SECRET: JWT_SECRET,
    KYODO_INTERNAL_SECRET: INTERNAL_SECRET,
    ...Object.fromEntries(subgraphs.map((s) => [`KYODO_SUBGRAPH_${s.name.toUpperCase()}_URL`, s.url])),
    ...env,
  });
}

/** Log lines the gateway wrote, parsed. */
export class LogCapture extends Writable {
  readonly lines: Record<string, unknown>[] = [];
  override _write(chunk: Buffer, _encoding: string, callback: () => void): void {
    for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) this.lines.push(JSON.parse(line));
    callback();
  }
}

// Response bodies are read loosely: the assertions are what check their shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ResponseBody = any;

export interface Harness {
  gateway: RunningGateway;
  logs: LogCapture;
  organizations: TinySubgraph;
  funding: TinySubgraph;
  post(
    body: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; headers: Headers; body: ResponseBody }>;
  stop(): Promise<void>;
}

export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  const organizations = await startOrganizations();
  const funding = await startFunding();
  const logs = new LogCapture();
  const gateway = await startGateway(testConfig([organizations, funding], env), {
    supergraphSdl: supergraphOf([organizations, funding]),
    logger: pino({ level: 'info' }, logs),
  });
  return {
    gateway,
    logs,
    organizations,
    funding,
    async post(body, headers = {}) {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
    },
    async stop() {
      await gateway.stop();
      await organizations.stop();
      await funding.stop();
    },
  };
}
