import {
  recordQueries,
  unservedQueries,
  type QueryRecorder,
  type TestSubgraph,
} from '@kyodo/service-kit/testing';
import { definition } from '../src/index.js';
import { demoWorld, memberOf, STAFF, startOrganizations } from './fixtures.js';

/**
 * Every query path is served by a declared index (the kit's index coverage check): an index must lead with all the
 * filter's equality fields and then follow the sort of a page. Geo filters need a 2dsphere index on their path.
 */

let subgraph: TestSubgraph;
let world: Awaited<ReturnType<typeof demoWorld>>;
let recorder: QueryRecorder;

beforeAll(async () => {
  [subgraph, world] = await Promise.all([startOrganizations(), demoWorld()]);
  // District.organizations aggregates: the leading $match and the $sort that follows it (the kit's default).
  recorder = recordQueries({
    filter: (raw) => {
      // A page after a cursor adds the keyset condition to the same filter; the first page checks the path.
      if ('$and' in raw) return null;
      // A name search adds an $or of regular expressions to the path's equality fields; the rest is the path.
      const { $or: _search, ...filter } = raw;
      return filter;
    },
  });
});
afterAll(async () => {
  recorder?.stop();
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
  const ordered = `query ($orderBy: OrganizationOrder) { organizations(orderBy: $orderBy, first: 5) {
    totalCount edges { node { id } } } }`;
  for (const field of ['NAME', 'NAME_KANA', 'FOUNDED_ON', 'MEMBER_COUNT']) {
    for (const direction of ['ASC', 'DESC']) queries.push([ordered, { orderBy: { field, direction } }]);
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
      'mutation ($id: ID!) { updateOrganization(id: $id, expectedVersion: 0, input: { memberCount: 12, districtCode: "yaizu-02" }) { id } }',
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

  // The audit trail's read paths: this subgraph's own log (what Query.auditLog and the peers' _auditLog run) with
  // every filter combination, and an entity's history.
  const LOG = `query ($filter: AuditLogFilter) { _auditLog(filter: $filter, first: 5) { edges { node { id } } } }`;
  const at = '2026-06-16T10:00:00+09:00';
  for (const filter of [
    {},
    { entityType: 'Organization' },
    { entityType: 'Organization', entityId: group?.id },
    { entityId: group?.id },
    { actor: STAFF.sub },
    { actor: STAFF.sub, entityType: 'Organization' },
    { from: at, to: '2026-06-17T10:00:00+09:00' },
    { entityType: 'Organization', from: at },
    { actor: STAFF.sub, to: at },
  ]) {
    const { body } = await subgraph.query(LOG, { filter }, STAFF);
    expect(body.errors).toBeUndefined();
  }
  const history = await subgraph.query(
    'query ($id: ID!) { organization(id: $id) { history(first: 5) { edges { node { id } } } } }',
    { id: group?.id },
    STAFF,
  );
  expect(history.body.data.organization.history.edges.length).toBeGreaterThan(0);

  const captured = recorder.queries;
  for (const collection of ['organizations', 'districts', 'people', 'auditEntries']) {
    expect(captured.some((query) => query.collection === collection)).toBe(true);
  }
  expect(captured.some((query) => query.method === 'aggregate')).toBe(true);
  expect(unservedQueries(definition.models, captured)).toEqual([]);
});
