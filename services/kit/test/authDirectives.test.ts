import { graphql } from 'graphql';
import { parse } from 'graphql';
import { ANONYMOUS, buildKitSchema, type SubgraphDefinition, type Viewer } from '../src/index.js';

/** Directive forms the HTTP tests do not cover: via an interface, namespaced (non-imported) names, extensions. */
const definition: SubgraphDefinition<Record<string, never>> = {
  name: 'directives',
  typeDefs: parse(/* GraphQL */ `
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key", "@authenticated"])

    interface Node {
      id: ID!
      owner: String
    }
    type Query {
      node: Node
      open: String
      namespaced: String @federation__requiresScopes(scopes: [["staff"]])
      both: String @federation__requiresScopes(scopes: [["member", "staff"]])
    }
    type Room implements Node @key(fields: "id") {
      id: ID!
      owner: String @authenticated
      name: String
    }
    extend type Room {
      code: String @authenticated
    }
  `),
  resolvers: {
    Query: {
      node: () => ({ __typename: 'Room', id: 'r1', owner: 'someone', name: 'Hall', code: 'X1' }),
      open: () => 'open',
      namespaced: () => 'staff only',
      both: () => 'member and staff',
    },
    Node: { __resolveType: () => 'Room' },
  },
  createLoaders: () => ({}),
  models: [],
};

const schema = buildKitSchema(definition);
const member: Viewer = { sub: 'm', role: 'member', organizationIds: [] };
const staff: Viewer = { sub: 's', role: 'staff', organizationIds: [] };

async function run(source: string, viewer: Viewer) {
  const result = await graphql({ schema, source, contextValue: { viewer } });
  return {
    data: result.data,
    codes: (result.errors ?? []).map((e) => [e.path?.join('.'), e.extensions.code]),
  };
}

test('a field requirement holds when the field is selected through an interface', async () => {
  const anonymous = await run('{ node { id owner ... on Room { name } } }', ANONYMOUS);
  expect(anonymous.data).toEqual({ node: { id: 'r1', owner: null, name: 'Hall' } });
  expect(anonymous.codes).toEqual([['node.owner', 'UNAUTHENTICATED']]);
  expect((await run('{ node { owner } }', member)).data).toEqual({ node: { owner: 'someone' } });
});

test('a directive on a type extension is enforced', async () => {
  const anonymous = await run('{ node { ... on Room { code } } }', ANONYMOUS);
  expect(anonymous.codes).toEqual([['node.code', 'UNAUTHENTICATED']]);
});

test('namespaced federation directives (not in the @link import list) are enforced', async () => {
  expect((await run('{ namespaced }', member)).codes).toEqual([['namespaced', 'FORBIDDEN']]);
  expect((await run('{ namespaced }', staff)).data).toEqual({ namespaced: 'staff only' });
});

test('an AND-list needs every scope: a single role satisfies neither alternative', async () => {
  expect((await run('{ both }', staff)).codes).toEqual([['both', 'FORBIDDEN']]);
  expect((await run('{ both }', member)).codes).toEqual([['both', 'FORBIDDEN']]);
});

test('fields without directives are untouched', async () => {
  expect(await run('{ open }', ANONYMOUS)).toEqual({ data: { open: 'open' }, codes: [] });
});
