import { recordQueries, unservedQueries, type QueryRecorder } from '@kyodo/service-kit/testing';
import type { DemoWorld } from '@kyodo/seed';
import type { TestSubgraph } from '@kyodo/service-kit/testing';
import { definition } from '../src/index.js';
import { STAFF, startFacilities } from './helpers.js';

/**
 * The facility list and search and the bookings list are served by declared indexes (the kit's index coverage
 * check): an index must lead with all the filter's equality fields and then follow the sort of a page.
 */

let subgraph: TestSubgraph;
let demo: DemoWorld;
let recorder: QueryRecorder;

beforeAll(async () => {
  ({ demo, subgraph } = await startFacilities());
  recorder = recordQueries({
    // A page after a cursor adds the keyset condition to the same filter; the first page checks the path.
    filter: (raw) => ('$and' in raw && !('searchKeys' in raw) ? null : raw),
    // An aggregate: the $match it opens with.
    aggregate: (pipeline) => ({
      filter: (pipeline[0]?.$match as Record<string, unknown> | undefined) ?? {},
      sort: null,
      limited: false,
    }),
  });
}, 300_000);
afterAll(async () => {
  recorder?.stop();
  await subgraph?.stop();
});

it('serves the facility list in every order, its search, district pages and every bookings filter path from a declared index', async () => {
  const booking = demo.bookings[0]!;
  const queries: [string, Record<string, unknown>][] = [
    ['{ facilities(first: 5) { totalCount edges { node { id } } } }', {}],
    ['{ facilities(first: 5, filter: { search: "みなと" }) { totalCount edges { node { id } } } }', {}],
  ];
  const ordered = `query ($orderBy: FacilityOrder) { facilities(first: 5, orderBy: $orderBy) {
    totalCount edges { node { id } } } }`;
  for (const field of ['NAME', 'KANA', 'KIND', 'CREATED_AT']) {
    for (const direction of ['ASC', 'DESC']) queries.push([ordered, { orderBy: { field, direction } }]);
  }
  const district = demo.facilities.find((facility) => facility.districtCode !== null)!;
  const districtPage = `query ($code: ID!, $kinds: [FacilityKind!]) {
    _entities(representations: [{ __typename: "District", code: $code }]) {
      ... on District { facilityPage(kinds: $kinds, first: 5) { totalCount edges { node { id } } } } } }`;
  queries.push([districtPage, { code: district.districtCode }]);
  queries.push([districtPage, { code: district.districtCode, kinds: [district.kind] }]);
  queries.push([
    `query ($id: ID!, $roomId: ID) { facility(id: $id) { bookings(first: 5, roomId: $roomId) {
      totalCount edges { node { id } } } } }`,
    { id: booking.facilityId },
  ]);
  queries.push([
    `query ($id: ID!, $roomId: ID) { facility(id: $id) { bookings(first: 5, roomId: $roomId) {
      totalCount edges { node { id } } } } }`,
    { id: booking.facilityId, roomId: booking.roomId },
  ]);
  const bookings = `query ($filter: BookingFilter) { bookings(filter: $filter, first: 5) {
    totalCount edges { node { id } } } }`;
  const range = { from: '2026-04-01T00:00:00+09:00', to: '2026-07-01T00:00:00+09:00' };
  for (const filter of [
    {},
    range,
    { facilityId: booking.facilityId, ...range },
    { roomId: booking.roomId },
    { organizationId: booking.organizationId, ...range },
    { organizationId: booking.organizationId, facilityId: booking.facilityId },
    { organizationId: booking.organizationId, roomId: booking.roomId },
    { organizationId: booking.organizationId, roomId: booking.roomId, facilityId: booking.facilityId },
  ]) {
    queries.push([bookings, { filter }]);
  }
  for (const [query, variables] of queries) {
    const { body } = await subgraph.query(query, variables, STAFF);
    expect(body.errors).toBeUndefined();
  }
  // The writes' reads: an idempotent create, a room name check, an update and an archive.
  const created = await subgraph.query<{ createFacility: { id: string } }>(
    `mutation ($input: CreateFacilityInput!) { createFacility(input: $input, idempotencyKey: "index-test-1") { id } }`,
    {
      input: {
        source: { municipalityCode: '222127', no: '98001' },
        nameJa: '索引テスト館',
        nameKana: 'さくいんてすとかん',
        kind: 'OTHER',
        bookable: true,
        location: { lat: 34.86, lng: 138.31 },
        address: '焼津市',
      },
    },
    STAFF,
  );
  expect(created.body.errors).toBeUndefined();
  const room = await subgraph.query<{ createRoom: { id: string } }>(
    `mutation ($id: ID!) { createRoom(input: { facilityId: $id, name: "A", capacity: 5, hourlyFee: 0 }) { id } }`,
    { id: created.body.data!.createFacility.id },
    STAFF,
  );
  expect(room.body.errors).toBeUndefined();
  for (const mutation of [
    'mutation ($id: ID!) { updateRoom(id: $id, expectedVersion: 0, input: { name: "B" }) { id } }',
    'mutation ($id: ID!) { archiveRoom(id: $id, expectedVersion: 1) { id } }',
  ]) {
    const { body } = await subgraph.query(mutation, { id: room.body.data!.createRoom.id }, STAFF);
    expect(body.errors).toBeUndefined();
  }
  const captured = recorder.queries;
  expect(captured.some((query) => query.collection === 'bookings' && query.limited)).toBe(true);
  expect(captured.some((query) => query.collection === 'facilities' && 'searchKeys' in query.filter)).toBe(
    true,
  );
  expect(unservedQueries(definition.models, captured)).toEqual([]);
});

it('serves monthly utilisation of a few rooms and of a page of facilities with one indexed aggregate each', async () => {
  const facilityId = demo.bookings[0]!.facilityId;
  const before = recorder.queries.length;
  const one = await subgraph.query(
    `query ($id: ID!) { facility(id: $id) {
      monthlyUtilization(fiscalYear: 2025) { utilization }
      rooms { utilization(month: "2025-06") monthlyUtilization(fiscalYear: 2025) { utilization } }
    } }`,
    { id: facilityId },
  );
  expect(one.body.errors).toBeUndefined();
  const fewAggregates = recorder.queries
    .slice(before)
    .filter((query) => query.collection === 'bookings' && query.method === 'aggregate');
  // Every room field and the facility's series share one batch: one aggregate by room id.
  expect(fewAggregates).toHaveLength(1);
  expect(fewAggregates[0]!.filter).toHaveProperty('roomId');

  const start = recorder.queries.length;
  const page = await subgraph.query(
    `{ facilities(first: 100) { edges { node {
      monthlyUtilization(fiscalYear: 2025) { utilization }
      rooms { monthlyUtilization(fiscalYear: 2025) { bookedHours } }
    } } } }`,
  );
  expect(page.body.errors).toBeUndefined();
  const manyAggregates = recorder.queries
    .slice(start)
    .filter((query) => query.collection === 'bookings' && query.method === 'aggregate');
  expect(manyAggregates).toHaveLength(1);
  expect(manyAggregates[0]!.filter).not.toHaveProperty('roomId');
  expect(unservedQueries(definition.models, recorder.queries)).toEqual([]);
});
