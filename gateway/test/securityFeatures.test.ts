import { ApolloGateway } from '@apollo/gateway';
import { composeSubgraphs } from '../src/composition.js';
import { supergraphForGateway } from '../src/securityFeatures.js';
import { turnOffApolloTelemetry } from '../src/telemetry.js';

const SDL = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key", "@authenticated", "@requiresScopes"])
type Query { organization(id: ID!): Organization }
type Organization @key(fields: "id") {
  id: ID!
  contact: String @authenticated
  reviewNotes: String @requiresScopes(scopes: [["staff"]])
}
`;

function supergraph(): string {
  const outcome = composeSubgraphs([
    { name: 'organizations', file: 'schema/organizations.graphql', sdl: SDL },
  ]);
  if (!outcome.ok) throw new Error(outcome.errors.map((e) => e.message).join('\n'));
  return outcome.supergraphSdl;
}

async function loads(supergraphSdl: string): Promise<true> {
  // As startGateway does: no Apollo metrics exporter, so no cloud-metadata probes from this test.
  turnOffApolloTelemetry();
  const gateway = new ApolloGateway({
    supergraphSdl,
    logger: { debug() {}, info() {}, warn() {}, error() {} },
  });
  try {
    await gateway.load();
    return true;
  } finally {
    await gateway.stop();
  }
}

describe('supergraphForGateway', () => {
  it('lets @apollo/gateway load a supergraph whose subgraphs enforce @authenticated and @requiresScopes', async () => {
    const composed = supergraph();
    expect(composed).toContain('@link(url: "https://specs.apollo.dev/authenticated/v0.1", for: SECURITY)');
    await expect(loads(composed)).rejects.toThrow('is for: SECURITY but is unsupported');

    const forGateway = supergraphForGateway(composed);
    expect(forGateway).toContain('@link(url: "https://specs.apollo.dev/authenticated/v0.1")');
    expect(forGateway).toContain('@link(url: "https://specs.apollo.dev/requiresScopes/v0.1")');
    expect(forGateway).toContain('@link(url: "https://specs.apollo.dev/join/v0.3", for: EXECUTION)');
    await expect(loads(forGateway)).resolves.toBe(true);
  });

  it('leaves other security features alone, so the gateway still refuses what nobody enforces', () => {
    const withPolicy = supergraph().replace(
      '@link(url: "https://specs.apollo.dev/authenticated/v0.1", for: SECURITY)',
      '@link(url: "https://specs.apollo.dev/authenticated/v0.1", for: SECURITY)\n  @link(url: "https://specs.apollo.dev/policy/v0.1", for: SECURITY)',
    );
    expect(supergraphForGateway(withPolicy)).toContain(
      '@link(url: "https://specs.apollo.dev/policy/v0.1", for: SECURITY)',
    );
  });

  it('returns a supergraph without those features unchanged', () => {
    const plain =
      'schema @link(url: "https://specs.apollo.dev/link/v1.0") { query: Query }\ntype Query { a: Int }\n';
    expect(supergraphForGateway(plain)).toBe(plain);
  });
});
