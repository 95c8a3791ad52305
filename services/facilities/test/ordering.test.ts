import type { DemoWorld } from '@kyodo/seed';
import { TEST_NOW, type TestSubgraph } from '@kyodo/service-kit/testing';
import { FacilityModel } from '../src/models/Facility.js';
import { STAFF, codes, memberOf, onlyData, startFacilities } from './helpers.js';

/** Sorting and nested pages (issue 13, item 3): facilities(orderBy), District.facilityPage, Facility.bookings. */

let subgraph: TestSubgraph;
let demo: DemoWorld;

beforeAll(async () => {
  ({ demo, subgraph } = await startFacilities());
}, 300_000);
afterAll(() => subgraph?.stop());

const LIST = `query ($orderBy: FacilityOrder, $first: Int, $after: String, $filter: FacilityFilter) {
  facilities(orderBy: $orderBy, first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { id: string } }[];
}

/** Every id of the list in the order asked, page by page (pages of 40). */
async function walk(orderBy: Record<string, string> | null, filter?: Record<string, unknown>) {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const { facilities }: { facilities: Page } = onlyData(
      await subgraph.query<{ facilities: Page }>(LIST, { orderBy, first: 40, after, filter }),
    );
    ids.push(...facilities.edges.map((edge) => edge.node.id));
    if (!facilities.pageInfo.hasNextPage) return { ids, totalCount: facilities.totalCount };
    after = facilities.pageInfo.endCursor;
  }
}

const byKeys =
  (...keys: ((facility: DemoWorld['facilities'][number]) => string)[]) =>
  (a: DemoWorld['facilities'][number], b: DemoWorld['facilities'][number]) => {
    for (const key of keys) {
      const [x, y] = [key(a), key(b)];
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };
const id = (facility: { id: string }) => facility.id;

describe('facilities(orderBy)', () => {
  it('sorts by kana by default, and by name, kind or creation, each way, across pages', async () => {
    const kana = [...demo.facilities].sort(byKeys((f) => f.nameKana, id)).map(id);
    expect((await walk(null)).ids).toEqual(kana);
    expect((await walk({ field: 'KANA', direction: 'DESC' })).ids).toEqual([...kana].reverse());

    const name = [...demo.facilities].sort(byKeys((f) => f.name, id)).map(id);
    expect((await walk({ field: 'NAME' })).ids).toEqual(name);
    expect((await walk({ field: 'NAME', direction: 'DESC' })).ids).toEqual([...name].reverse());

    const kind = [...demo.facilities]
      .sort(
        byKeys(
          (f) => f.kind,
          (f) => f.nameKana,
          id,
        ),
      )
      .map(id);
    const kindWalk = await walk({ field: 'KIND' });
    expect(kindWalk.ids).toEqual(kind);
    expect(kindWalk.totalCount).toBe(demo.facilities.length);
  });

  it('sorts by creation time, newest first with DESC', async () => {
    const created = await FacilityModel.find().select('createdAt').lean().exec();
    const order = created
      .sort(
        (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || String(a._id).localeCompare(String(b._id)),
      )
      .map((facility) => String(facility._id));
    expect((await walk({ field: 'CREATED_AT' })).ids).toEqual(order);
    expect((await walk({ field: 'CREATED_AT', direction: 'DESC' })).ids).toEqual([...order].reverse());
  });

  it('refuses a cursor of another order: a position in one order means nothing in another', async () => {
    const { facilities } = onlyData(await subgraph.query<{ facilities: Page }>(LIST, { first: 2 }));
    const other = await subgraph.query(LIST, {
      orderBy: { field: 'NAME' },
      first: 2,
      after: facilities.pageInfo.endCursor,
    });
    expect(codes(other)).toEqual(['BAD_USER_INPUT']);
  });

  it('leaves archived facilities out of lists unless asked for, and still answers facility(id)', async () => {
    const archived = demo.facilities.find((facility) => facility.districtCode !== null)!;
    await FacilityModel.updateOne({ _id: archived.id }, { $set: { archivedAt: TEST_NOW } }).exec();
    try {
      const listed = await walk(null);
      expect(listed.ids).not.toContain(archived.id);
      expect(listed.totalCount).toBe(demo.facilities.length - 1);
      expect((await walk(null, { includeArchived: true })).ids).toContain(archived.id);
      const single = onlyData(
        await subgraph.query<{ facility: { id: string } | null }>(
          'query ($id: ID!) { facility(id: $id) { id } }',
          {
            id: archived.id,
          },
        ),
      );
      expect(single.facility?.id).toBe(archived.id);
      const district = onlyData(
        await subgraph.query<{ _entities: { facilities: { id: string }[] }[] }>(
          `query ($code: ID!) { _entities(representations: [{ __typename: "District", code: $code }]) {
            ... on District { facilities { id } } } }`,
          { code: archived.districtCode },
        ),
      );
      expect(district._entities[0]!.facilities.map(id)).not.toContain(archived.id);
    } finally {
      await FacilityModel.updateOne({ _id: archived.id }, { $unset: { archivedAt: 1 } }).exec();
    }
  });
});

describe('District.facilityPage', () => {
  const PAGE = `query ($code: ID!, $kinds: [FacilityKind!], $first: Int, $after: String) {
    _entities(representations: [{ __typename: "District", code: $code }]) {
      ... on District { facilityPage(kinds: $kinds, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id kind } } } } } }`;

  it('pages through the same facilities as the whole list, in kana order, with or without kinds', async () => {
    const counts = new Map<string, number>();
    for (const facility of demo.facilities) {
      if (facility.districtCode)
        counts.set(facility.districtCode, (counts.get(facility.districtCode) ?? 0) + 1);
    }
    const [code] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    const expected = demo.facilities
      .filter((facility) => facility.districtCode === code)
      .sort(byKeys((f) => f.nameKana, id));
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const data: { _entities: { facilityPage: Page }[] } = onlyData(
        await subgraph.query<{ _entities: { facilityPage: Page }[] }>(PAGE, { code, first: 3, after }),
      );
      const page: Page = data._entities[0]!.facilityPage;
      expect(page.totalCount).toBe(expected.length);
      ids.push(...page.edges.map((edge) => edge.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(ids).toEqual(expected.map(id));

    const kind = expected[0]!.kind;
    const data = onlyData(
      await subgraph.query<{ _entities: { facilityPage: Page }[] }>(PAGE, {
        code,
        kinds: [kind],
        first: 100,
      }),
    );
    expect(data._entities[0]!.facilityPage.edges.map((edge) => edge.node.id)).toEqual(
      expected.filter((facility) => facility.kind === kind).map(id),
    );
    const tooMany = await subgraph.query(PAGE, { code, first: 101 });
    expect(codes(tooMany)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('Facility.bookings', () => {
  const BOOKINGS = `query ($id: ID!, $first: Int, $after: String, $roomId: ID) {
    facility(id: $id) { bookings(first: $first, after: $after, roomId: $roomId) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id room { id } } } } } }`;

  it("pages through the facility's bookings by start for staff, and narrows to a room", async () => {
    const counts = new Map<string, number>();
    for (const booking of demo.bookings)
      counts.set(booking.facilityId, (counts.get(booking.facilityId) ?? 0) + 1);
    const [facilityId] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    const expected = demo.bookings
      .filter((booking) => booking.facilityId === facilityId)
      .sort((a, b) => a.start.getTime() - b.start.getTime() || a.id.localeCompare(b.id));
    // More than a page, so the walk follows cursors.
    expect(expected.length).toBeGreaterThan(100);
    type Data = {
      facility: { bookings: Page & { edges: { node: { id: string; room: { id: string } } }[] } };
    };
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const data: Data = onlyData(
        await subgraph.query<Data>(BOOKINGS, { id: facilityId, first: 100, after }, STAFF),
      );
      expect(data.facility.bookings.totalCount).toBe(expected.length);
      ids.push(...data.facility.bookings.edges.map((edge) => edge.node.id));
      after = data.facility.bookings.pageInfo.hasNextPage ? data.facility.bookings.pageInfo.endCursor : null;
    } while (after);
    expect(ids).toEqual(expected.map(id));

    const roomId = expected[0]!.roomId;
    const room = onlyData(
      await subgraph.query<Data>(BOOKINGS, { id: facilityId, first: 100, roomId }, STAFF),
    );
    const ofRoom = expected.filter((booking) => booking.roomId === roomId);
    expect(room.facility.bookings.totalCount).toBe(ofRoom.length);
    expect(room.facility.bookings.edges.map((edge) => edge.node.id)).toEqual(ofRoom.slice(0, 100).map(id));
  });

  it('is for staff: a member is FORBIDDEN, an anonymous caller UNAUTHENTICATED', async () => {
    const booking = demo.bookings[0]!;
    const member = await subgraph.query(
      BOOKINGS,
      { id: booking.facilityId },
      memberOf(booking.organizationId),
    );
    expect(codes(member)).toEqual(['FORBIDDEN']);
    const anonymous = await subgraph.query(BOOKINGS, { id: booking.facilityId });
    expect(codes(anonymous)).toEqual(['UNAUTHENTICATED']);
  });
});
