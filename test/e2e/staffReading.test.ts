import { stableObjectIdHex } from '@kyodo/seed';
import { type DemoWorld, loadDemoWorld } from '../src/demoWorld.js';
import { type Body, type RunningGraph, startGraph, token, errorCodes } from '../src/graph.js';

/** Staff reading through the gateway (issue 13, item 3): facility search and the bookings list. */

let graph: RunningGraph;
let world: DemoWorld;
let staff: string;

beforeAll(async () => {
  [graph, world] = await Promise.all([startGraph(), loadDemoWorld()]);
  staff = await token('staff');
}, 180_000);

afterAll(async () => {
  await graph?.stop();
});

const MINATO = stableObjectIdHex('facility', '222127:10947');
const FIRE_BRIGADE_1 = stableObjectIdHex('facility', '222127:10800');

describe('facility search through the gateway', () => {
  const SEARCH = `query ($search: String) {
    facilities(filter: { search: $search }) { totalCount edges { node { id nameJa nameKana district { code name } } } } }`;

  it('finds the katakana reading from hiragana, and 名称 across widths, for anyone', async () => {
    const kana = await graph.query(SEARCH, { search: 'みなとちいき' });
    expect(kana.body.errors).toBeUndefined();
    expect(kana.body.data.facilities.edges.map((edge: Body) => edge.node.id)).toEqual([MINATO]);
    // The district is resolved by the organizations subgraph: search results are whole entities.
    expect(kana.body.data.facilities.edges[0].node.district.name).toEqual(expect.any(String));

    for (const search of ['第1分団', '第１分団']) {
      const width = await graph.query(SEARCH, { search });
      expect(width.body.errors).toBeUndefined();
      expect(width.body.data.facilities.edges.map((edge: Body) => edge.node.id)).toEqual([FIRE_BRIGADE_1]);
      expect(width.body.data.facilities.edges[0].node.nameJa).toBe('消防団第１分団車庫・詰所');
    }

    const none = await graph.query(SEARCH, { search: 'そんざいしないしせつ' });
    expect(none.body.data.facilities).toEqual({ totalCount: 0, edges: [] });
  });
});

describe('the bookings list through the gateway', () => {
  const BOOKINGS = `query ($filter: BookingFilter, $first: Int, $after: String) {
    bookings(filter: $filter, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { id start organization { id name } room { id facility { id nameJa } } } } } }`;

  function busiestOrganization(): string {
    const counts = new Map<string, number>();
    for (const booking of world.bookings) {
      counts.set(booking.organizationId, (counts.get(booking.organizationId) ?? 0) + 1);
    }
    return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  }

  it('lets staff page through one facility, with organizations resolved by their owner', async () => {
    const facilityId = world.bookings[0]!.facilityId;
    const expected = world.bookings
      .filter((booking) => booking.facilityId === facilityId)
      .sort((a, b) => a.start.getTime() - b.start.getTime() || a.id.localeCompare(b.id))
      .map((booking) => booking.id);
    const first = await graph.query(BOOKINGS, { filter: { facilityId }, first: 3 }, staff);
    expect(first.body.errors).toBeUndefined();
    const page = first.body.data.bookings;
    expect(page.totalCount).toBe(expected.length);
    expect(page.edges.map((edge: Body) => edge.node.id)).toEqual(expected.slice(0, 3));
    const names = new Map(world.organizations.map((organization) => [organization.id, organization.name]));
    for (const { node } of page.edges) {
      expect(node.organization.name).toBe(names.get(node.organization.id));
      expect(node.room.facility.id).toBe(facilityId);
    }
    expect(page.pageInfo.hasNextPage).toBe(expected.length > 3);
    const next = await graph.query(
      BOOKINGS,
      { filter: { facilityId }, first: 3, after: page.pageInfo.endCursor },
      staff,
    );
    expect(next.body.errors).toBeUndefined();
    expect(next.body.data.bookings.edges.map((edge: Body) => edge.node.id)).toEqual(expected.slice(3, 6));

    const forged = await graph.query(BOOKINGS, { after: `${page.pageInfo.endCursor}x` }, staff);
    expect(errorCodes(forged.body)).toEqual(['BAD_USER_INPUT']);
  });

  it("shows a member their own organization's bookings and nobody else's", async () => {
    const own = busiestOrganization();
    const other = world.bookings.find((booking) => booking.organizationId !== own)!.organizationId;
    const member = await token('member', { organizationIds: [own] });
    const mine = await graph.query(BOOKINGS, { filter: { organizationId: own }, first: 100 }, member);
    expect(mine.body.errors).toBeUndefined();
    expect(mine.body.data.bookings.totalCount).toBe(
      world.bookings.filter((booking) => booking.organizationId === own).length,
    );
    for (const { node } of mine.body.data.bookings.edges) expect(node.organization.id).toBe(own);

    const theirs = await graph.query(BOOKINGS, { filter: { organizationId: other } }, member);
    expect(errorCodes(theirs.body)).toEqual(['FORBIDDEN']);
    expect(theirs.body.data?.bookings ?? null).toBeNull();
    const everything = await graph.query(BOOKINGS, {}, member);
    expect(errorCodes(everything.body)).toEqual(['FORBIDDEN']);
    const anonymous = await graph.query(BOOKINGS, { filter: { organizationId: own } });
    expect(errorCodes(anonymous.body)).toEqual(['UNAUTHENTICATED']);
  });
});
