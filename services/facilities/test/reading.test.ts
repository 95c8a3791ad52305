import { Types } from 'mongoose';
import type { DemoWorld } from '@kyodo/seed';
import { ANONYMOUS } from '@kyodo/service-kit';
import type { TestSubgraph } from '@kyodo/service-kit/testing';
import { FacilityModel } from '../src/models/Facility.js';
import { STAFF, codes, facilityId, memberOf, onlyData, startFacilities } from './helpers.js';

/** Staff reading: facilities(filter: { search }) and Query.bookings (issue 13, item 3). */

let subgraph: TestSubgraph;
let demo: DemoWorld;

beforeAll(async () => {
  ({ demo, subgraph } = await startFacilities());
}, 300_000);
afterAll(() => subgraph?.stop());

const SEARCH = `query ($search: String, $first: Int) {
  facilities(filter: { search: $search }, first: $first) { totalCount edges { node { id name nameJa nameKana } } } }`;

interface SearchPage {
  facilities: { totalCount: number; edges: { node: { id: string; nameJa: string; nameKana: string } }[] };
}

async function search(text: string, first = 100) {
  return onlyData(await subgraph.query<SearchPage>(SEARCH, { search: text, first })).facilities;
}

const MINATO = facilityId('10947');
const FIRE_BRIGADE_1 = facilityId('10800');

describe('facilities(filter: { search })', () => {
  it('finds a katakana reading from hiragana, as a prefix and as a substring', async () => {
    const prefix = await search('みなとちいき');
    expect(prefix.edges.map((edge) => edge.node.id)).toEqual([MINATO]);
    const substring = await search('こうりゅうせんたー');
    expect(substring.edges.map((edge) => edge.node.id)).toContain(MINATO);
    expect(substring.totalCount).toBe(substring.edges.length);
    for (const { node } of substring.edges) expect(node.nameKana).toContain('コウリュウセンター');
  });

  it('matches 名称 (nameJa) too, and the same kana name typed in katakana or half-width kana', async () => {
    expect((await search('港地域')).edges.map((edge) => edge.node.id)).toEqual([MINATO]);
    expect((await search('ミナトチイキ')).edges.map((edge) => edge.node.id)).toEqual([MINATO]);
    expect((await search('ﾐﾅﾄﾁｲｷ')).edges.map((edge) => edge.node.id)).toEqual([MINATO]);
  });

  it('folds width both ways: 第1分団 finds the published 第１分団, and full-width digits find it too', async () => {
    const published = demo.facilities.find((facility) => facility.id === FIRE_BRIGADE_1);
    expect(published?.nameJa).toBe('消防団第１分団車庫・詰所');
    expect((await search('第1分団')).edges.map((edge) => edge.node.id)).toEqual([FIRE_BRIGADE_1]);
    expect((await search('第１分団')).edges.map((edge) => edge.node.id)).toEqual([FIRE_BRIGADE_1]);
  });

  it('folds case, and keeps the keys in step for documents the service writes', async () => {
    const template = await FacilityModel.findById(MINATO).lean().exec();
    const id = new Types.ObjectId();
    await FacilityModel.create({
      ...template,
      _id: id,
      no: '99001',
      normalisedNo: '99001',
      name: 'Yaizu PORT Hall',
      nameJa: 'ヤイヅポートホール',
      nameKana: 'ヤイヅポートホール',
    });
    try {
      // A rename through an update moves the keys with it.
      await FacilityModel.updateOne({ _id: id }, { $set: { nameJa: 'やいづ第２ホール' } }).exec();
      expect((await search('ヤイヅ第2')).edges.map((edge) => edge.node.id)).toEqual([id.toHexString()]);
      await FacilityModel.findOneAndUpdate({ _id: id }, { $set: { nameJa: 'ヤイヅポートホール' } }).exec();
      expect((await search('第2ほーる')).totalCount).toBe(0);
      expect((await search('port hall')).edges.map((edge) => edge.node.id)).toEqual([id.toHexString()]);
      expect((await search('ＹＡＩＺＵ ｐｏｒｔ')).edges.map((edge) => edge.node.id)).toEqual([
        id.toHexString(),
      ]);
    } finally {
      await FacilityModel.deleteOne({ _id: id }).exec();
    }
  });

  it('finds nothing for a name no facility has, treats metacharacters literally, and blank as no search', async () => {
    expect(await search('存在しない施設名')).toEqual({ totalCount: 0, edges: [] });
    expect((await search('.*')).totalCount).toBe(0);
    expect((await search('   ')).totalCount).toBe(demo.facilities.length);
  });

  it('combines with the other filters and refuses an over-long search', async () => {
    const { body } = await subgraph.query(
      `{ facilities(filter: { search: "みなと", kinds: [COMMUNITY_EXCHANGE_CENTER] }) { edges { node { id } } } }`,
    );
    expect(body.data.facilities.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([
      MINATO,
    ]);
    const long = await subgraph.query(SEARCH, { search: 'あ'.repeat(101) });
    expect(codes(long)).toEqual(['BAD_USER_INPUT']);
    expect(long.body.errors![0].message).toContain('filter.search');
  });
});

const BOOKINGS = `query ($filter: BookingFilter, $first: Int, $after: String) {
  bookings(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id start end status organization { id } room { id facility { id } } } } } }`;

interface BookingPage {
  bookings: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      cursor: string;
      node: {
        id: string;
        start: string;
        end: string;
        organization: { id: string };
        room: { id: string; facility: { id: string } };
      };
    }[];
  };
}

/** The demo bookings in list order: start, then id. */
function expectedOrder(bookings: DemoWorld['bookings']): string[] {
  return [...bookings]
    .sort((a, b) => a.start.getTime() - b.start.getTime() || a.id.localeCompare(b.id))
    .map((booking) => booking.id);
}

function busiestOrganization(): string {
  const counts = new Map<string, number>();
  for (const booking of demo.bookings)
    counts.set(booking.organizationId, (counts.get(booking.organizationId) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

describe('bookings(filter, first, after)', () => {
  it('lists every booking to staff, by start then id, with the total', async () => {
    const data = onlyData(await subgraph.query<BookingPage>(BOOKINGS, { first: 100 }, STAFF)).bookings;
    expect(demo.bookings.length).toBeGreaterThan(0);
    expect(data.totalCount).toBe(demo.bookings.length);
    expect(data.edges.map((edge) => edge.node.id)).toEqual(expectedOrder(demo.bookings).slice(0, 100));
    expect(data.pageInfo.hasNextPage).toBe(demo.bookings.length > 100);
  });

  it('pages with after: the pages together are the whole list, in order, without repeats', async () => {
    const organizationId = busiestOrganization();
    const expected = expectedOrder(demo.bookings.filter((b) => b.organizationId === organizationId));
    expect(expected.length).toBeGreaterThan(2);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page <= expected.length; page++) {
      const data: BookingPage['bookings'] = onlyData(
        await subgraph.query<BookingPage>(BOOKINGS, { filter: { organizationId }, first: 25, after }, STAFF),
      ).bookings;
      expect(data.totalCount).toBe(expected.length);
      seen.push(...data.edges.map((edge) => edge.node.id));
      if (!data.pageInfo.hasNextPage) break;
      after = data.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
  });

  it('shows a member the bookings of their own organization', async () => {
    const organizationId = busiestOrganization();
    const data = onlyData(
      await subgraph.query<BookingPage>(
        BOOKINGS,
        { filter: { organizationId }, first: 100 },
        memberOf(organizationId),
      ),
    ).bookings;
    expect(data.edges.length).toBeGreaterThan(0);
    for (const edge of data.edges) expect(edge.node.organization.id).toBe(organizationId);
  });

  it('refuses a member another organization or the whole list (FORBIDDEN), and anonymous callers', async () => {
    const [own, other] = [...new Set(demo.bookings.map((booking) => booking.organizationId))];
    const member = memberOf(own!);
    expect(codes(await subgraph.query(BOOKINGS, { filter: { organizationId: other } }, member))).toEqual([
      'FORBIDDEN',
    ]);
    expect(codes(await subgraph.query(BOOKINGS, {}, member))).toEqual(['FORBIDDEN']);
    expect(codes(await subgraph.query(BOOKINGS, { filter: { organizationId: own } }, ANONYMOUS))).toEqual([
      'UNAUTHENTICATED',
    ]);
    expect(codes(await subgraph.query(BOOKINGS, {}, null))).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a forged or edited cursor, a cursor of another list, a bad page size and a malformed id', async () => {
    const data = onlyData(await subgraph.query<BookingPage>(BOOKINGS, { first: 1 }, STAFF)).bookings;
    const cursor = data.pageInfo.endCursor!;
    const [payload, mac] = cursor.split('.');
    const forged = Buffer.from(
      JSON.stringify(['Booking:start+,_id+', { d: 0 }, { o: '0'.repeat(24) }]),
    ).toString('base64url');
    const facilities = onlyData(await subgraph.query(`{ facilities(first: 1) { pageInfo { endCursor } } }`))
      .facilities.pageInfo.endCursor;
    for (const after of [`${forged}.${mac}`, `${payload}x.${mac}`, 'not-a-cursor', facilities]) {
      const response = await subgraph.query(BOOKINGS, { after }, STAFF);
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.body.errors![0].message).toContain('invalid cursor');
    }
    expect(codes(await subgraph.query(BOOKINGS, { first: 101 }, STAFF))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await subgraph.query(BOOKINGS, { filter: { roomId: 'nope' } }, STAFF))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  it('narrows by a date range (bookings overlapping [from, to)), a facility and a room', async () => {
    const sorted = [...demo.bookings].sort((a, b) => a.start.getTime() - b.start.getTime());
    const middle = sorted[Math.floor(sorted.length / 2)]!;
    const from = new Date(middle.start.getTime() - 7 * 24 * 3600_000);
    const to = middle.start;
    const inRange = demo.bookings.filter((b) => b.start < to && b.end > from);
    expect(inRange.length).toBeGreaterThan(0);
    expect(inRange.length).toBeLessThan(demo.bookings.length);
    const ranged = onlyData(
      await subgraph.query<BookingPage>(
        BOOKINGS,
        { filter: { from: from.toISOString(), to: to.toISOString() }, first: 100 },
        STAFF,
      ),
    ).bookings;
    expect(ranged.totalCount).toBe(inRange.length);
    expect(ranged.edges.map((edge) => edge.node.id)).toEqual(expectedOrder(inRange).slice(0, 100));

    const facility = middle.facilityId;
    const ofFacility = onlyData(
      await subgraph.query<BookingPage>(BOOKINGS, { filter: { facilityId: facility }, first: 100 }, STAFF),
    ).bookings;
    expect(ofFacility.totalCount).toBe(demo.bookings.filter((b) => b.facilityId === facility).length);
    for (const edge of ofFacility.edges) expect(edge.node.room.facility.id).toBe(facility);

    const ofRoom = onlyData(
      await subgraph.query<BookingPage>(
        BOOKINGS,
        { filter: { facilityId: facility, roomId: middle.roomId }, first: 100 },
        STAFF,
      ),
    ).bookings;
    expect(ofRoom.totalCount).toBe(demo.bookings.filter((b) => b.roomId === middle.roomId).length);
    for (const edge of ofRoom.edges) expect(edge.node.room.id).toBe(middle.roomId);
    // A room of another facility matches nothing.
    const elsewhere = onlyData(
      await subgraph.query<BookingPage>(
        BOOKINGS,
        { filter: { facilityId: MINATO === facility ? FIRE_BRIGADE_1 : MINATO, roomId: middle.roomId } },
        STAFF,
      ),
    ).bookings;
    expect(elsewhere.totalCount).toBe(0);

    const backwards = await subgraph.query(
      BOOKINGS,
      { filter: { from: to.toISOString(), to: from.toISOString() } },
      STAFF,
    );
    expect(codes(backwards)).toEqual(['BAD_USER_INPUT']);
  });
});
