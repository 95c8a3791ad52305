import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  Kind,
  OperationTypeNode,
  type SelectionSetNode,
  type OperationDefinitionNode,
  buildSchema,
  getIntrospectionQuery,
  parse,
} from 'graphql';
import { readCostDirectives } from '../src/costDirectives.js';
import {
  DEFAULT_LIST_SIZE,
  MUTATION_BASE_COST,
  SCHEMA_INTROSPECTION_WEIGHT,
  measureOperation,
  selectionNesting,
} from '../src/limits.js';

// A supergraph-shaped SDL: the cost spec linked as federation 2.9 composes it, @listSize imported, @cost not.
const SDL = `
  schema
    @link(url: "https://specs.apollo.dev/link/v1.0")
    @link(url: "https://specs.apollo.dev/cost/v0.1", import: ["@listSize"])
  { query: Query mutation: Mutation }
  directive @link(url: String, as: String, for: String, import: [String]) repeatable on SCHEMA
  directive @cost(weight: Int!) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR
  directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION

  type Query {
    district(code: String!): District
    districts: [District!]! @listSize(assumedSize: 35)
    districtAt(lat: Float!, lng: Float!): District @cost(weight: 50)
    organizations(first: Int, after: String): OrganizationConnection!
      @listSize(assumedSize: 20, slicingArguments: ["first"], sizedFields: ["edges"], requireOneSlicingArgument: false)
    near(first: Int = 5): [Organization!]! @listSize(slicingArguments: ["first"]) @cost(weight: 100)
    tags: [String!]!
  }
  type Mutation { rename(id: ID!, name: String!): Organization! }
  type District { code: String! name: String! facilities: [Facility!]! @listSize(assumedSize: 30) @cost(weight: 2) }
  type OrganizationConnection { edges: [OrganizationEdge!]! totalCount: Int! }
  type OrganizationEdge { cursor: String! node: Organization! }
  type Organization {
    id: ID!
    name: String!
    awards: [Award!] @listSize(assumedSize: 10) @cost(weight: 2)
    council: Organization
  }
  type Award { amount: Int! }
  type Facility { id: ID! utilization: Float @cost(weight: 10) }
`;
const schema = buildSchema(SDL);
const directives = readCostDirectives(SDL);

function measure(query: string, variables: Record<string, unknown> = {}, maxCost?: number) {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  ) as OperationDefinitionNode;
  const fragments = document.definitions.filter(
    (d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION,
  );
  return measureOperation(schema, operation, fragments, variables, { directives, maxCost });
}

describe('readCostDirectives', () => {
  it('reads @cost and @listSize under the names the @link gives them', () => {
    expect(directives.weights.get('Query.districtAt')).toBe(50);
    expect(directives.listSizes.get('Query.organizations')).toEqual({
      assumedSize: 20,
      slicingArguments: ['first'],
      sizedFields: ['edges'],
      requireOneSlicingArgument: false,
    });
    const renamed = readCostDirectives(`
      schema @link(url: "https://specs.apollo.dev/cost/v0.1", as: "price", import: [{ name: "@listSize", as: "@size" }]) { query: Query }
      type Query { a: [Int] @size(assumedSize: 3) @price(weight: 7) b: Int @cost(weight: 9) }`);
    expect(renamed.weights).toEqual(new Map([['Query.a', 7]]));
    expect(renamed.listSizes.get('Query.a')?.assumedSize).toBe(3);
  });

  it('finds none without the link', () => {
    expect(readCostDirectives('type Query { a: Int @cost(weight: 9) }').weights.size).toBe(0);
  });
});

describe('measureOperation', () => {
  it('counts each field: objects and leaves 1, and depth per nesting level', () => {
    // district (1) + code + name
    expect(measure('{ district(code: "yaizu-01") { code name } }')).toMatchObject({ cost: 3, depth: 2 });
  });

  it('counts __typename and every alias', () => {
    expect(measure('{ __typename a: __typename b: __typename }')).toMatchObject({ cost: 3, aliases: 2 });
    expect(measure('{ a: district(code: "x") { code } b: district(code: "y") { code } }').cost).toBe(4);
  });

  it('multiplies a list by its @listSize(assumedSize), or the default size without one', () => {
    // districts: 35 x (1 + code + facilities: 30 x (weight 2 + id))
    expect(measure('{ districts { code facilities { id } } }').cost).toBe(35 * (2 + 30 * 3));
    expect(measure('{ tags }').cost).toBe(DEFAULT_LIST_SIZE);
  });

  it('uses @cost weights in place of the default', () => {
    expect(measure('{ districtAt(lat: 0, lng: 0) { code } }').cost).toBe(51);
    expect(measure('{ district(code: "x") { facilities { utilization } } }').cost).toBe(1 + 30 * (2 + 10));
  });

  it('sizes a connection by first and its sized edges, not the edges again', () => {
    // organizations (1) + totalCount + 5 x (edges + cursor + node + id + name)
    expect(measure('{ organizations(first: 5) { totalCount edges { cursor node { id name } } } }').cost).toBe(
      2 + 5 * 5,
    );
  });

  it('reads first from a variable, a variable default and the argument default; else assumedSize', () => {
    const query = 'query($n: Int) { organizations(first: $n) { edges { node { id } } } }';
    expect(measure(query, { n: 3 }).cost).toBe(1 + 3 * 3);
    expect(measure(query, {}).cost).toBe(1 + 20 * 3);
    expect(measure(query, { n: null }).cost).toBe(1 + 20 * 3);
    const withDefault = 'query($n: Int = 100) { organizations(first: $n) { edges { node { id } } } }';
    expect(measure(withDefault).cost).toBe(1 + 100 * 3);
    // near(first: Int = 5): weight 100 per item, as the cost spec multiplies a list field's own weight.
    expect(measure('{ near { id } }').cost).toBe(5 * 101);
  });

  it('multiplies nested lists', () => {
    const query = '{ organizations(first: 10) { edges { node { awards { amount } } } } }';
    // organizations 1 + 10 x (edges + node + awards: 10 x (2 + amount))
    expect(measure(query).cost).toBe(1 + 10 * (2 + 10 * 3));
  });

  it('expands named and inline fragments, a connection fragment keeping its sizing', () => {
    const query = `
      query { organizations(first: 2) { ...Page } }
      fragment Page on OrganizationConnection { edges { node { ...Org } } }
      fragment Org on Organization { id ... on Organization { council { name } } }`;
    // organizations 1 + 2 x (edges, node, id, council, name)
    expect(measure(query)).toMatchObject({ cost: 1 + 2 * 5, depth: 5 });
  });

  it('leaves out fields @skip or @include drop', () => {
    const query =
      'query($no: Boolean!) { district(code: "x") { code name @include(if: $no) tags: code @skip(if: true) } }';
    expect(measure(query, { no: false }).cost).toBe(2);
  });

  it('adds the base cost of a mutation', () => {
    expect(measure('mutation { rename(id: "1", name: "x") { id } }').cost).toBe(MUTATION_BASE_COST + 2);
  });

  it('counts introspection: a __schema weighs the whole schema, its lists once each', () => {
    const full = measure(getIntrospectionQuery());
    expect(full.cost).toBeGreaterThan(SCHEMA_INTROSPECTION_WEIGHT);
    expect(full.depth).toBe(0);
    const aliases = Array.from({ length: 600 }, (_, i) => `s${i}: __schema { queryType { name } }`).join(' ');
    const many = measure(`{ ${aliases} }`);
    expect(many).toMatchObject({ rootFields: 600, aliases: 600 });
    expect(many.cost).toBe(600 * (SCHEMA_INTROSPECTION_WEIGHT + 2));
  });

  it('counts aliases and root fields through fragments, at each spread', () => {
    const query = `{ ...Roots ...Roots a: district(code: "x") { ...Names } }
      fragment Roots on Query { x: districts { code } tags }
      fragment Names on District { n1: name n2: name }`;
    expect(measure(query)).toMatchObject({ rootFields: 5, aliases: 5 });
  });

  it('measures 24 levels of doubled fragments once each and stops at the limit', () => {
    const levels = 24;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i + 1 < levels
        ? `fragment F${i} on Organization { ...F${i + 1} ...F${i + 1} }`
        : `fragment F${i} on Organization { name }`,
    ).join('\n');
    const query = `{ organizations(first: 1) { edges { node { ...F0 } } } }\n${fragments}`;
    // Spread out, this is 2^23 names: measured without a limit it is exact, each fragment walked once.
    expect(measure(query).cost).toBe(3 + 2 ** 23);
    const limited = measure(query, {}, 12_000);
    expect(limited.complete).toBe(false);
    expect(limited.cost).toBeGreaterThan(12_000);
  });

  it('stops the walk once the running total passes the limit', () => {
    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: districtAt(lat: 0, lng: 0) { code }`).join(
      ' ',
    );
    const result = measure(`{ ${aliases} }`, {}, 1000);
    expect(result.complete).toBe(false);
    // It stopped after the first 20 aliases (51 each), not at the 1000th.
    expect(result.cost).toBe(20 * 51);
  });
});

describe('selectionNesting', () => {
  it('counts nested selection sets without recursing, however deep', () => {
    expect(selectionNesting(parse('{ district(code: "x") { code } }'))).toBe(2);
    // Built as an AST (the parser itself recurses): 20,000 levels.
    let set: SelectionSetNode = { kind: Kind.SELECTION_SET, selections: [] };
    for (let i = 0; i < 20_000; i += 1) {
      const field: FieldNode = {
        kind: Kind.FIELD,
        name: { kind: Kind.NAME, value: 'council' },
        selectionSet: set,
      };
      set = { kind: Kind.SELECTION_SET, selections: [field] };
    }
    const document: DocumentNode = {
      kind: Kind.DOCUMENT,
      definitions: [
        { kind: Kind.OPERATION_DEFINITION, operation: OperationTypeNode.QUERY, selectionSet: set },
      ],
    };
    expect(selectionNesting(document)).toBe(20_001);
  });
});
