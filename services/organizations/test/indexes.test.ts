import type { TestSubgraph } from '@kyodo/service-kit/testing';
import mongoose from 'mongoose';
import { definition } from '../src/index.js';
import { demoWorld, memberOf, STAFF, startOrganizations } from './fixtures.js';

/**
 * Every query path is served by a declared index: each database query the requests below issue is captured
 * (mongoose's debug hook) and checked against the indexes declared on the model's schema, so removing an index,
 * or adding a query path without one, fails here: an index must lead with all the filter's equality fields and then
 * follow the sort of a page. Geo filters need a 2dsphere index on their path.
 */

interface Captured {
  collection: string;
  method: string;
  filter: Record<string, unknown>;
  sort: Record<string, 1 | -1> | null;
  limited: boolean;
}

type IndexKeys = [string, 1 | -1 | string][];

const isOperatorObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  !(value instanceof Date) &&
  !mongoose.isObjectIdOrHexString(value) &&
  Object.keys(value).length > 0 &&
  Object.keys(value).every((key) => key.startsWith('$'));

const GEO_OPERATORS = ['$geoIntersects', '$geoWithin', '$near', '$nearSphere'];

/** Fields the filter pins to one value or a set of values: the ones an index prefix serves. */
function equalityFields(filter: Record<string, unknown>): Set<string> {
  const fields = new Set<string>();
  for (const [path, value] of Object.entries(filter)) {
    if (path.startsWith('$')) continue;
    if (!isOperatorObject(value)) fields.add(path);
    else if ('$in' in value || '$eq' in value) fields.add(path);
  }
  return fields;
}

function geoFields(filter: Record<string, unknown>): string[] {
  return Object.entries(filter)
    .filter(
      ([, value]) => isOperatorObject(value) && Object.keys(value).some((key) => GEO_OPERATORS.includes(key)),
    )
    .map(([path]) => path);
}

function indexesOf(collection: string): IndexKeys[] {
  const model = definition.models.find((m) => m.collection.collectionName === collection);
  if (!model) throw new Error(`no model for collection ${collection}`);
  return [[['_id', 1]], ...model.schema.indexes().map(([keys]) => Object.entries(keys) as IndexKeys)];
}

function served(query: Captured): boolean {
  const indexes = indexesOf(query.collection);
  const geo = geoFields(query.filter);
  if (geo.length > 0)
    return geo.every((path) => indexes.some((keys) => keys.some(([k, v]) => k === path && v === '2dsphere')));
  const pinned = equalityFields(query.filter);
  // _id is unique: a query pinning it reads one document whatever else it asks.
  if (pinned.has('_id')) return true;
  const sort = Object.entries(query.sort ?? {}).filter(([path]) => !pinned.has(path));
  const needsOrder = query.limited && sort.length > 0;
  return indexes.some((keys) => {
    let prefix = 0;
    while (prefix < keys.length && pinned.has(keys[prefix]![0])) prefix++;
    // Stricter than "some prefix": the index must lead with every equality field, so a flag such as `active`
    // in front of the sort never passes for a selective filter (kind, district, council) it cannot narrow.
    if (prefix < pinned.size) return false;
    if (!needsOrder) return true;
    const rest = keys.slice(prefix, prefix + sort.length);
    if (rest.length < sort.length) return false;
    const same = rest.every(([path, order], i) => path === sort[i]![0] && order === sort[i]![1]);
    const reversed = rest.every(([path, order], i) => path === sort[i]![0] && order === -sort[i]![1]);
    return same || reversed;
  });
}

let subgraph: TestSubgraph;
let world: Awaited<ReturnType<typeof demoWorld>>;
const captured: Captured[] = [];

beforeAll(async () => {
  [subgraph, world] = await Promise.all([startOrganizations(), demoWorld()]);
  mongoose.set('debug', (collection: string, method: string, ...args: unknown[]) => {
    if (method === 'aggregate') {
      // District.organizations: the leading $match and the $sort that follows it.
      const pipeline = (args[0] ?? []) as Record<string, Record<string, unknown>>[];
      const match = pipeline.find((stage) => '$match' in stage)?.$match ?? {};
      const sort = (pipeline.find((stage) => '$sort' in stage)?.$sort ?? null) as Record<
        string,
        1 | -1
      > | null;
      captured.push({ collection, method, filter: match, sort, limited: true });
      return;
    }
    if (!['find', 'findOne', 'countDocuments', 'findOneAndUpdate', 'updateOne'].includes(method)) return;
    const raw = (args[0] ?? {}) as Record<string, unknown>;
    // A page after a cursor adds the keyset condition to the same filter; the first page checks the path.
    if ('$and' in raw) return;
    // A name search adds an $or of regular expressions to the path's equality fields; the rest is the path.
    const { $or: _search, ...filter } = raw;
    const options = (method === 'findOneAndUpdate' || method === 'updateOne' ? args[2] : args[1]) as
      { sort?: Record<string, 1 | -1>; limit?: number } | undefined;
    captured.push({
      collection,
      method,
      filter,
      sort: options?.sort ?? null,
      limited: typeof options?.limit === 'number',
    });
  });
});
afterAll(async () => {
  mongoose.set('debug', false);
  await subgraph?.stop();
});

it('serves every query path from a declared index', async () => {
  const organizations = `query ($filter: OrganizationFilter) { organizations(filter: $filter, first: 5) {
    totalCount edges { node { id district { code } council { id } members { id } } } } }`;
  const queries: [string, Record<string, unknown>][] = [];
  for (const filter of [
    {},
    { includeArchived: true },
    { kinds: ['NPO_CORPORATION'] },
    { districtCode: 'yaizu-05' },
    { kinds: ['NEIGHBORHOOD_ASSOCIATION'], districtCode: 'yaizu-05' },
    { activityFields: ['CHILDREN'] },
    { certified: true },
    { search: 'ヤイヅ' },
    { search: 'やいづ', includeArchived: true },
  ]) {
    queries.push([organizations, { filter }]);
  }
  queries.push(['query ($id: ID!) { organization(id: $id) { id } }', { id: world.byKey('npo:001').id }]);
  queries.push(['{ district(code: "yaizu-01") { code } }', {}]);
  queries.push([
    '{ districts { code organizations(first: 3, filter: { kinds: [CIVIC_GROUP] }) { totalCount } } }',
    {},
  ]);
  queries.push(['{ districtAt(lat: 34.8669, lng: 138.3232) { code } }', {}]);
  const people = `query ($filter: PersonFilter) { people(filter: $filter, first: 5) {
    totalCount edges { node { id organizations { id } district { code } } } } }`;
  for (const filter of [
    {},
    { roles: ['ADVISOR'] },
    { skill: '防災士' },
    { organizationId: world.byKey('npo:001').id },
    { districtCode: 'yaizu-05' },
    { search: 'スズキ' },
  ]) {
    queries.push([people, { filter }]);
  }
  queries.push([
    'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { id } ... on District { code } } }',
    {
      r: [
        { __typename: 'Organization', id: world.byKey('npo:002').id },
        { __typename: 'District', code: 'yaizu-02' },
      ],
    },
  ]);
  for (const [query, variables] of queries) {
    const { body } = await subgraph.query(query, variables, STAFF);
    expect(body.errors).toBeUndefined();
  }

  const council = world.byKey('council:kogawa');
  const group = world.organizations.find((o) => o.kind === 'CIVIC_GROUP' && o.active && o.councilId === null);
  const mutations: [string, Record<string, unknown>][] = [
    [
      'mutation ($id: ID!) { updateOrganization(id: $id, input: { memberCount: 12, districtCode: "yaizu-02" }) { id } }',
      { id: group?.id },
    ],
    [
      'mutation ($c: ID!, $m: ID!) { addCouncilMember(councilId: $c, memberId: $m) { id } }',
      { c: council.id, m: group?.id },
    ],
    [
      'mutation ($c: ID!, $m: ID!) { removeCouncilMember(councilId: $c, memberId: $m) { id } }',
      { c: council.id, m: group?.id },
    ],
    ['mutation ($id: ID!) { archiveOrganization(id: $id) { id } }', { id: group?.id }],
  ];
  for (const [mutation, variables] of mutations) {
    const { body } = await subgraph.query(mutation, variables, memberOf(council.id, group?.id as string));
    expect(body.errors).toBeUndefined();
  }

  for (const collection of ['organizations', 'districts', 'people']) {
    expect(captured.some((query) => query.collection === collection)).toBe(true);
  }
  expect(captured.some((query) => query.method === 'aggregate')).toBe(true);
  const unserved = captured.filter((query) => !served(query));
  expect(unserved).toEqual([]);
});
