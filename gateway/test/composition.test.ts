import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type GraphQLObjectType, buildSchema } from 'graphql';
import { runCompose } from '../src/compose.js';
import { composeSubgraphs, formatCompositionMessage } from '../src/composition.js';

const ORGANIZATIONS = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key"])
type Query { organization(id: ID!): Organization }
type Organization @key(fields: "id") { id: ID! name: String! }
`;
const FUNDING = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key"])
type Organization @key(fields: "id") { id: ID! awardedTotal: Int }
`;
const FUNDING_CONFLICT = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key"])
type Organization @key(fields: "id") { id: ID! name: Int }
`;

describe('composeSubgraphs', () => {
  it('composes subgraphs into a supergraph with their default local URLs', () => {
    const outcome = composeSubgraphs([
      { name: 'organizations', file: 'schema/organizations.graphql', sdl: ORGANIZATIONS },
      { name: 'funding', file: 'schema/funding.graphql', sdl: FUNDING },
    ]);
    if (!outcome.ok) throw new Error(outcome.errors.map(formatCompositionMessage).join('\n'));
    expect(outcome.supergraphSdl).toContain(
      'ORGANIZATIONS @join__graph(name: "organizations", url: "http://127.0.0.1:4001/graphql")',
    );
    expect(outcome.supergraphSdl).toContain(
      'FUNDING @join__graph(name: "funding", url: "http://127.0.0.1:4003/graphql")',
    );
    expect(outcome.supergraphSdl).toMatch(/awardedTotal: Int @join__field\(graph: FUNDING\)/);
  });

  it('locates errors at the subgraph, file, line and type they concern', () => {
    const outcome = composeSubgraphs([
      { name: 'organizations', file: 'schema/organizations.graphql', sdl: ORGANIZATIONS },
      { name: 'funding', file: 'schema/funding.graphql', sdl: FUNDING_CONFLICT },
    ]);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    const printed = outcome.errors.map(formatCompositionMessage).join('\n');
    expect(printed).toContain('Organization.name');
    expect(printed).toContain('at organizations (schema/organizations.graphql:3:');
    expect(printed).toContain('at funding (schema/funding.graphql:2:');
  });

  it('reports a syntax error with its file and line', () => {
    const outcome = composeSubgraphs([
      { name: 'funding', file: 'schema/funding.graphql', sdl: 'type Query {\n  x: \n}' },
    ]);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors[0]).toMatchObject({
      code: 'GRAPHQL_PARSE_FAILED',
      locations: ['funding (schema/funding.graphql:3:1)'],
    });
  });
});

describe('npm run compose', () => {
  let root: string;
  const output = {
    log: jest.spyOn(console, 'log'),
    warn: jest.spyOn(console, 'warn'),
    error: jest.spyOn(console, 'error'),
  };
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'kyodo-compose-'));
    mkdirSync(path.join(root, 'schema'));
    writeFileSync(path.join(root, 'schema', 'organizations.graphql'), ORGANIZATIONS);
    writeFileSync(path.join(root, 'schema', 'funding.graphql'), FUNDING);
    for (const spy of Object.values(output)) spy.mockImplementation(() => undefined);
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
    for (const spy of Object.values(output)) spy.mockReset();
  });

  it('writes the supergraph from the subgraph files that exist, and --check passes', () => {
    expect(runCompose([], root)).toBe(0);
    const written = readFileSync(path.join(root, 'schema', 'supergraph.graphql'), 'utf8');
    expect(written).toContain('@join__graph(name: "funding"');
    expect(written).not.toContain('@join__graph(name: "facilities"');
    expect(runCompose(['--check'], root)).toBe(0);
  });

  it('writes the client-facing API schema beside it, without federation machinery', () => {
    expect(runCompose([], root)).toBe(0);
    const api = readFileSync(path.join(root, 'schema', 'api.graphql'), 'utf8');
    const schema = buildSchema(api);
    expect(Object.keys(schema.getQueryType()?.getFields() ?? {})).toEqual(
      expect.arrayContaining(['organization']),
    );
    expect(Object.keys((schema.getType('Organization') as GraphQLObjectType).getFields()).sort()).toEqual([
      'awardedTotal',
      'id',
      'name',
    ]);
    for (const internal of ['_entities', '_service', 'join__', 'link__', '@key', '@link']) {
      expect(api).not.toContain(internal);
    }
    // Stale like the supergraph: --check names it.
    writeFileSync(path.join(root, 'schema', 'api.graphql'), `${api}\n# edited by hand\n`);
    expect(runCompose(['--check'], root)).toBe(1);
    expect(output.error).toHaveBeenCalledWith(expect.stringContaining('schema/api.graphql is stale'));
  });

  it('--check fails when the checked-in supergraph is stale or missing, and writes nothing', () => {
    expect(runCompose(['--check'], root)).toBe(1);
    expect(output.error).toHaveBeenCalledWith(
      expect.stringContaining('schema/supergraph.graphql is missing'),
    );
    runCompose([], root);
    writeFileSync(
      path.join(root, 'schema', 'funding.graphql'),
      FUNDING.replace('awardedTotal: Int', 'awardedTotal: Int\n  awardCount: Int'),
    );
    const before = readFileSync(path.join(root, 'schema', 'supergraph.graphql'), 'utf8');
    expect(runCompose(['--check'], root)).toBe(1);
    expect(output.error).toHaveBeenCalledWith(expect.stringContaining('schema/supergraph.graphql is stale'));
    expect(readFileSync(path.join(root, 'schema', 'supergraph.graphql'), 'utf8')).toBe(before);
  });

  it('fails with the errors printed when composition fails', () => {
    writeFileSync(path.join(root, 'schema', 'funding.graphql'), FUNDING_CONFLICT);
    expect(runCompose([], root)).toBe(1);
    expect(output.error).toHaveBeenCalledWith(expect.stringMatching(/^error \[FIELD_TYPE_MISMATCH\]/));
    expect(runCompose(['--check'], root)).toBe(1);
  });

  it('refuses unknown arguments', () => {
    expect(runCompose(['--force'], root)).toBe(2);
  });
});
