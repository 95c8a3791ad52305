import { buildSchema, type FragmentDefinitionNode, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { measureOperation } from '../src/limits.js';

const schema = buildSchema(`
  type Query { district(code: String!): District  districts: [District!]!  organizations(first: Int, after: String): OrganizationConnection! }
  type District { code: String! name: String! organizations(first: Int): OrganizationConnection! facilities: [Facility!]! }
  type OrganizationConnection { edges: [OrganizationEdge!]! pageInfo: PageInfo! totalCount: Int! }
  type OrganizationEdge { cursor: String! node: Organization! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type Organization { id: ID! name: String! managedFacilities: [Facility!]! parent: Organization }
  type Facility { id: ID! name: String! rooms(first: Int): [Room!]! }
  type Room { id: ID! capacity: Int! }
`);

function measure(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const fragments = document.definitions.filter(
    (d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION,
  );
  return measureOperation(schema, operation as OperationDefinitionNode, fragments, variables);
}

describe('measureOperation', () => {
  it('counts one per field and depth per nesting level', () => {
    expect(measure('{ district(code: "yaizu-01") { code name } }')).toEqual({ depth: 2, cost: 3 });
  });

  it('multiplies the children of an unsized list by 20', () => {
    // districts (1) + 20 x (code + facilities (1) + 20 x name)
    expect(measure('{ districts { code facilities { name } } }')).toEqual({
      depth: 3,
      cost: 1 + 20 * (2 + 20),
    });
  });

  it('sizes a connection by first, and does not multiply its edges again', () => {
    const result = measure('{ organizations(first: 5) { totalCount edges { cursor node { id name } } } }');
    // organizations (1) + 5 x (totalCount + edges + cursor + node + id + name)
    expect(result).toEqual({ depth: 4, cost: 1 + 5 * 6 });
  });

  it('takes first from variables, and 20 when it is left out or null', () => {
    const query = 'query($n: Int) { organizations(first: $n) { edges { node { id } } } }';
    expect(measure(query, { n: 3 }).cost).toBe(1 + 3 * 3);
    expect(measure(query, {}).cost).toBe(1 + 20 * 3);
    expect(measure(query, { n: null }).cost).toBe(1 + 20 * 3);
  });

  it('multiplies nested lists', () => {
    const query = `{ district(code: "x") { organizations(first: 10) { edges { node {
      managedFacilities { rooms(first: 4) { capacity } } } } } } }`;
    // district 1 + organizations 1 + 10 x (edges + node + managedFacilities) + 10 x 20 x (rooms + 4 x capacity)
    expect(measure(query)).toEqual({ depth: 7, cost: 2 + 10 * 3 + 10 * 20 * (1 + 4) });
  });

  it('expands named and inline fragments where they are used', () => {
    const query = `
      query { organizations(first: 2) { edges { node { ...Org } } } }
      fragment Org on Organization { id ... on Organization { parent { name } } }`;
    // organizations 1 + 2 x (edges, node, id, parent, name)
    expect(measure(query)).toEqual({ depth: 5, cost: 1 + 2 * 5 });
  });

  it('does not count introspection', () => {
    expect(
      measure('{ __schema { types { name fields { name type { ofType { ofType { name } } } } } } }'),
    ).toEqual({
      depth: 0,
      cost: 0,
    });
    expect(measure('{ __typename district(code: "x") { __typename code } }')).toEqual({ depth: 2, cost: 2 });
  });
});
