import { readFileSync } from 'node:fs';
import {
  mergeFacilityImports,
  parseFacilityFile,
  sharedDataPath,
  YAIZU_FACILITY_FILES,
} from '@kyodo/importers';
import { fiscalYearRange, monthRange, monthsOfFiscalYear, roundTo } from '@kyodo/domain';
import { stableObjectIdHex, type DemoWorld } from '@kyodo/seed';
import type { TestResponse, TestSubgraph } from '@kyodo/service-kit/testing';
import { codes, facilityId, onlyData, startFacilities } from './helpers.js';

let subgraph: TestSubgraph;

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { id: string } }[];
}

interface Entity {
  id: string;
  code: string;
  facilities: { id: string }[];
  managedFacilities: { id: string }[];
}

type EntitiesResponse = TestResponse<{ _entities: (Entity | null)[] }>;
let demo: DemoWorld;

beforeAll(async () => {
  ({ demo, subgraph } = await startFacilities());
}, 300_000);
afterAll(() => subgraph?.stop());

const MINATO = facilityId('10947');

describe('facility', () => {
  it('serves a real facility: the later file wins, hours parsed and verbatim, district and operator references', async () => {
    const data = onlyData(
      await subgraph.query(
        `query ($id: ID!) { facility(id: $id) { id name nameJa nameKana kind bookable address location { lat lng }
          district { code } operator { id } disasterBase builtYear
          openingHours { text days { weekday opens closes closed } closedOnHolidays closedDays { rule label } unparsedReason }
          rooms { id name capacity equipment hourlyFee facility { id } }
          source { municipalityCode no classificationRule classificationReason } } }`,
        { id: MINATO },
      ),
    );
    const expected = demo.facilities.find((facility) => facility.id === MINATO);
    expect(data.facility).toMatchObject({
      id: MINATO,
      name: '港地域交流センター',
      nameJa: '港地域交流センター',
      nameKana: 'ミナトチイキコウリュウセンター',
      kind: 'COMMUNITY_EXCHANGE_CENTER',
      bookable: true,
      address: '静岡県焼津市石津港町40-1',
      location: { lat: 34.84124155, lng: 138.3262067 },
      district: { code: expected?.districtCode },
      operator: { id: expected?.operatorId },
      disasterBase: true,
      openingHours: {
        text: '【開館時間】9:00～21:30 【休館日】月曜日',
        closedOnHolidays: false,
        closedDays: [],
        unparsedReason: null,
      },
      source: {
        municipalityCode: '222127',
        no: '10947',
        classificationRule: 'exchange-center',
        classificationReason: '名称 contains "地域交流センター"',
      },
    });
    expect(data.facility.openingHours.days[0]).toEqual({
      weekday: 'MONDAY',
      opens: null,
      closes: null,
      closed: true,
    });
    expect(data.facility.openingHours.days[1]).toEqual({
      weekday: 'TUESDAY',
      opens: '09:00',
      closes: '21:30',
      closed: false,
    });
    expect(data.facility.rooms.map((room: { id: string }) => room.id).sort()).toEqual(
      expected?.rooms.map((room) => room.id).sort(),
    );
    expect(data.facility.rooms[0].facility.id).toBe(MINATO);
  });

  it('keeps text it could not read, with days null and the reason', async () => {
    const data = onlyData(
      await subgraph.query(
        `query ($id: ID!) { facility(id: $id) { openingHours { text days { weekday } unparsedReason } } }`,
        {
          id: facilityId('10972'),
        },
      ),
    );
    expect(data.facility.openingHours).toEqual({
      text: '【開館時間】8:30～21:00 【休館日】３',
      days: null,
      unparsedReason: '休館日 "3" is not understood',
    });
  });

  it('is null for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
    const unknown = await subgraph.query(
      `{ facility(id: "${stableObjectIdHex('facility', 'nope')}") { id } }`,
    );
    expect(onlyData(unknown).facility).toBeNull();
    expect(codes(await subgraph.query(`{ facility(id: "12345") { id } }`))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('facilities', () => {
  const query = `query ($filter: FacilityFilter, $first: Int, $after: String) {
    facilities(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id nameKana } } } }`;

  it('pages through all 230 facilities by kana name with keyset cursors', async () => {
    const first = onlyData(await subgraph.query(query, { first: 100 })).facilities;
    const second = onlyData(
      await subgraph.query(query, { first: 100, after: first.pageInfo.endCursor }),
    ).facilities;
    const third = onlyData(
      await subgraph.query(query, { first: 100, after: second.pageInfo.endCursor }),
    ).facilities;
    expect([first.totalCount, first.edges.length, second.edges.length, third.edges.length]).toEqual([
      230, 100, 100, 30,
    ]);
    expect([first.pageInfo.hasNextPage, second.pageInfo.hasNextPage, third.pageInfo.hasNextPage]).toEqual([
      true,
      true,
      false,
    ]);
    const ids = [...first.edges, ...second.edges, ...third.edges].map(
      (edge: { node: { id: string } }) => edge.node.id,
    );
    expect(new Set(ids).size).toBe(230);
    const kana = [...first.edges, ...second.edges, ...third.edges].map(
      (edge: { node: { nameKana: string } }) => edge.node.nameKana,
    );
    expect(kana).toEqual([...kana].sort());
  });

  it('filters by kinds, district, step-free access, bookability and room capacity', async () => {
    const count = async (filter: object) =>
      onlyData(await subgraph.query(query, { filter, first: 0 })).facilities.totalCount;
    const district = demo.facilities[0]?.districtCode as string;
    expect(await count({ kinds: ['COMMUNITY_EXCHANGE_CENTER'] })).toBe(9);
    expect(await count({ kinds: ['DISTRICT_HALL', 'LIBRARY'] })).toBe(4);
    expect(await count({ districtCode: district })).toBe(
      demo.facilities.filter((f) => f.districtCode === district).length,
    );
    expect(await count({ accessible: true })).toBe(
      demo.facilities.filter((f) => f.accessibility?.stepFree).length,
    );
    expect(await count({ bookable: false })).toBe(145);
    expect(await count({ minCapacity: 100 })).toBe(
      demo.facilities.filter((f) => f.rooms.some((room) => room.capacity >= 100)).length,
    );
    expect(await count({ kinds: ['SCHOOL_FACILITY'], minCapacity: 100 })).toBe(
      demo.facilities.filter(
        (f) => f.kind === 'SCHOOL_FACILITY' && f.rooms.some((room) => room.capacity >= 100),
      ).length,
    );
  });

  it.each([
    // Tuesday 10:00: exchange centres open, the welfare centre open.
    ['2030-06-04T10:00:00+09:00', ['10947', '10966', '10948'], ['11049', '10001']],
    // Monday 10:00: exchange centres closed (月曜日), the welfare centre open.
    ['2030-06-03T10:00:00+09:00', ['10966', '10002'], ['10947', '10930']],
    // Tuesday 22:00: only round-the-clock and late facilities.
    ['2030-06-04T22:00:00+09:00', ['10002', '10997', '10999'], ['10947', '10966']],
    // 3rd Sunday: the welfare centre closes (月の第3日曜日); 2nd Sunday it is open.
    ['2030-06-16T10:00:00+09:00', ['10947'], ['10966', '11063']],
    ['2030-06-09T10:00:00+09:00', ['10966', '11063'], []],
    // Monday that is a national holiday: closed on holidays.
    ['2030-11-04T10:00:00+09:00', ['10002'], ['10966', '11107', '10947']],
    // 1/2: 年末年始 and 12/29-1/3 closures; 港 closes on Mondays only.
    ['2030-01-02T10:00:00+09:00', ['10947'], ['10948', '11067', '11169']],
    // A Friday holiday at 18:00: the library keeps holiday hours (9:00-17:00); on an ordinary Friday it is open.
    ['2030-05-03T18:00:00+09:00', [], ['19001']],
    ['2030-05-10T18:00:00+09:00', ['19001'], []],
  ])('openAt %s', async (openAt, open, closed) => {
    const ids = new Set<string>();
    let after: string | null = null;
    do {
      const page: Page = onlyData(
        await subgraph.query(query, { filter: { openAt }, first: 100, after }),
      ).facilities;
      page.edges.forEach((edge: { node: { id: string } }) => ids.add(edge.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    for (const no of open) expect([no, ids.has(facilityId(no))]).toEqual([no, true]);
    for (const no of closed) expect([no, ids.has(facilityId(no))]).toEqual([no, false]);
  });

  it.each([
    [{ first: 101 }, 'BAD_USER_INPUT'],
    [{ first: -1 }, 'BAD_USER_INPUT'],
    [{ after: 'not-a-cursor' }, 'BAD_USER_INPUT'],
    [{ filter: { minCapacity: 0 } }, 'BAD_USER_INPUT'],
    [{ filter: { openAt: '2030-06-04T10:00:00' } }, 'BAD_USER_INPUT'],
    [{ filter: { kinds: ['CASTLE'] } }, 'BAD_USER_INPUT'],
  ])('rejects %j with %s', async (variables, code) => {
    expect(codes(await subgraph.query(query, variables))).toEqual([code]);
  });
});

/** Great-circle distance on MongoDB's sphere (radius 6378100 m). */
function haversine(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const a =
    Math.sin(radians(lat2 - lat1) / 2) ** 2 +
    Math.cos(radians(lat1)) * Math.cos(radians(lat2)) * Math.sin(radians(lng2 - lng1) / 2) ** 2;
  return 2 * 6378100 * Math.asin(Math.sqrt(a));
}

describe('facilitiesNear', () => {
  const YAIZU_STATION = { lat: 34.8706, lng: 138.3186 };
  const query = `query ($near: GeoPointInput!, $radius: Float!, $filter: FacilityFilter, $first: Int, $after: String) {
    facilitiesNear(near: $near, radiusMeters: $radius, filter: $filter, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { distanceMeters node { id nameJa kind } } } }`;

  /** Expected from the published CSV coordinates, not from the database. */
  function expectedWithin(radius: number, kinds?: string[]) {
    const merged = mergeFacilityImports(
      YAIZU_FACILITY_FILES.map((file) => parseFacilityFile(readFileSync(sharedDataPath(file)))),
    );
    return merged.facilities
      .filter((record) => !kinds || kinds.includes(record.kind))
      .map((record) => ({
        id: stableObjectIdHex('facility', record.key),
        name: record.name,
        distance: haversine(YAIZU_STATION.lat, YAIZU_STATION.lng, record.location.lat, record.location.lng),
      }))
      .filter((entry) => entry.distance <= radius)
      .sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id));
  }

  it('returns the real facilities around 焼津駅, nearest first, with their distances', async () => {
    const expected = expectedWithin(1000);
    // The nearest: 小石川駐車場, 178 m from the station; then the two north-exit car parks at the same point.
    expect(expected[0]?.name).toBe('小石川駐車場');
    expect(expected[0]?.distance).toBeCloseTo(178.36, 1);
    expect(new Set(expected.slice(1, 3).map((entry) => entry.name))).toEqual(
      new Set(['焼津駅北口自転車駐車場', '焼津駅北口駐車場']),
    );
    const data = onlyData(
      await subgraph.query(query, { near: YAIZU_STATION, radius: 1000, first: 100 }),
    ).facilitiesNear;
    expect(data.totalCount).toBe(expected.length);
    expect(data.edges.map((edge: { node: { nameJa: string } }) => edge.node.nameJa)).toEqual(
      expected.map((e) => e.name),
    );
    data.edges.forEach((edge: { distanceMeters: number }, index: number) =>
      expect(edge.distanceMeters).toBeCloseTo(expected[index]?.distance ?? NaN, 3),
    );
  });

  it('filters and pages by distance', async () => {
    const expected = expectedWithin(5000, ['COMMUNITY_EXCHANGE_CENTER', 'COMMUNITY_CENTER']);
    const variables = {
      near: YAIZU_STATION,
      radius: 5000,
      filter: { kinds: ['COMMUNITY_EXCHANGE_CENTER', 'COMMUNITY_CENTER'] },
      first: 4,
    };
    const pages = [];
    let after: string | null = null;
    do {
      const page: Page = onlyData(await subgraph.query(query, { ...variables, after })).facilitiesNear;
      pages.push(...page.edges.map((edge: { node: { id: string } }) => edge.node.id));
      expect(page.totalCount).toBe(expected.length);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(pages).toEqual(expected.map((entry) => entry.id));
    expect(expected.length).toBeGreaterThan(8);
  });

  it.each([
    [{ near: { lat: 91, lng: 138.3 }, radius: 1000 }],
    [{ near: { lat: 34.87, lng: 181 }, radius: 1000 }],
    [{ near: { lat: 34.87, lng: 138.3 }, radius: 50001 }],
    [{ near: { lat: 34.87, lng: 138.3 }, radius: 0 }],
    [{ near: { lat: 34.87, lng: 138.3 }, radius: -10 }],
    [{ near: { lat: 34.87, lng: 138.3 }, radius: 1000, first: 101 }],
    [{ near: { lat: 34.87, lng: 138.3 }, radius: 1000, after: 'bogus' }],
  ])('rejects %j with BAD_USER_INPUT', async (variables) => {
    expect(codes(await subgraph.query(query, variables))).toEqual(['BAD_USER_INPUT']);
  });

  it('reads every Facility field a nearby node is asked for, as the facility itself answers it', async () => {
    // Every field of Facility, so a projection that leaves out what a field needs shows up as a difference.
    const fields = `id name nameJa nameKana kind bookable location { lat lng } address district { code }
      openingHours { text } accessibility { stepFree elevator accessibleToilet notes } builtYear disasterBase
      operator { id } managingBody description phone url rooms { id name } usage(fiscalYear: 2024) { fiscalYear }
      utilization(fiscalYear: 2024) source { municipalityCode no classificationRule classificationReason }`;
    const near = onlyData(
      await subgraph.query(
        `query ($near: GeoPointInput!) { facilitiesNear(near: $near, radiusMeters: 3000, first: 30) {
          edges { node { ...Everything } } } } fragment Everything on Facility { ${fields} }`,
        { near: YAIZU_STATION },
      ),
    ).facilitiesNear;
    expect(near.edges.length).toBe(30);
    for (const { node } of near.edges as { node: { id: string } }[]) {
      const byId = onlyData(
        await subgraph.query(`query ($id: ID!) { facility(id: $id) { ${fields} } }`, { id: node.id }),
      ).facility;
      expect(node).toEqual(byId);
    }
  });

  it('answers a page without its count or cursors when they are not asked for', async () => {
    const data = onlyData(
      await subgraph.query(
        `query ($near: GeoPointInput!) { facilitiesNear(near: $near, radiusMeters: 1000, first: 2) {
          pageInfo { hasNextPage } edges { node { nameJa } } } }`,
        { near: YAIZU_STATION },
      ),
    ).facilitiesNear;
    expect(data).toEqual({
      pageInfo: { hasNextPage: true },
      edges: expectedWithin(1000)
        .slice(0, 2)
        .map((entry) => ({ node: { nameJa: entry.name } })),
    });
  });

  it('accepts the 50 km cap', async () => {
    const data = onlyData(
      await subgraph.query(query, { near: YAIZU_STATION, radius: 50000, first: 0 }),
    ).facilitiesNear;
    expect(data.totalCount).toBe(230);
  });
});

describe('room', () => {
  it('serves a room with its facility; null for unknown, BAD_USER_INPUT for malformed', async () => {
    const room = demo.facilities.find((f) => f.id === MINATO)?.rooms[0];
    const data = onlyData(
      await subgraph.query(
        `query ($id: ID!) { room(id: $id) { id name capacity equipment hourlyFee facility { nameJa } } }`,
        {
          id: room?.id,
        },
      ),
    );
    expect(data.room).toEqual({
      id: room?.id,
      name: room?.name,
      capacity: room?.capacity,
      equipment: room?.equipment,
      hourlyFee: room?.hourlyFee,
      facility: { nameJa: '港地域交流センター' },
    });
    expect(
      onlyData(await subgraph.query(`{ room(id: "${stableObjectIdHex('room', 'x')}") { id } }`)).room,
    ).toBeNull();
    expect(codes(await subgraph.query(`{ room(id: "zz") { id } }`))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('entities', () => {
  const entities = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
    ... on Facility { id nameJa } ... on Room { id name } ... on District { code facilities { id kind } }
    ... on Organization { id managedFacilities { id } } } }`;

  it('resolves 200 Facility references with one find, in order, null for unknown ids', async () => {
    const ids = demo.facilities.slice(0, 199).map((facility) => facility.id);
    const representations = [...ids, stableObjectIdHex('facility', 'unknown')].map((id) => ({
      __typename: 'Facility',
      id,
    }));
    let response: EntitiesResponse | undefined;
    const finds = await subgraph.countCommands(async () => {
      response = await subgraph.query<{ _entities: (Entity | null)[] }>(entities, { representations });
    }, 'find');
    expect(finds).toBe(1);
    const resolved = onlyData(response as NonNullable<typeof response>)._entities;
    expect(resolved.slice(0, 199).map((entity) => entity?.id)).toEqual(ids);
    expect(resolved[199]).toBeNull();
  });

  it('resolves Room references in one find', async () => {
    const rooms = demo.facilities.flatMap((facility) => facility.rooms).slice(0, 150);
    const finds = await subgraph.countCommands(
      () =>
        subgraph.query(entities, {
          representations: rooms.map((room) => ({ __typename: 'Room', id: room.id })),
        }),
      'find',
    );
    expect(finds).toBe(1);
  });

  it('contributes District.facilities for all 35 districts with one find', async () => {
    const codesInData = [
      ...new Set(demo.facilities.map((facility) => facility.districtCode as string)),
    ].sort();
    let response: EntitiesResponse | undefined;
    const finds = await subgraph.countCommands(async () => {
      response = await subgraph.query<{ _entities: (Entity | null)[] }>(entities, {
        representations: codesInData.map((code) => ({ __typename: 'District', code })),
      });
    }, 'find');
    expect(finds).toBe(1);
    const districts = onlyData(response as NonNullable<typeof response>)._entities;
    expect(districts).toHaveLength(codesInData.length);
    for (const district of districts) {
      if (!district) throw new Error('a district did not resolve');
      const expected = demo.facilities.filter((facility) => facility.districtCode === district.code);
      expect(district.facilities.map((facility: { id: string }) => facility.id).sort()).toEqual(
        expected.map((facility) => facility.id).sort(),
      );
    }
  });

  it('contributes Organization.managedFacilities in one find', async () => {
    const operators = [
      ...new Set(demo.facilities.flatMap((facility) => (facility.operatorId ? [facility.operatorId] : []))),
    ];
    let response: EntitiesResponse | undefined;
    const finds = await subgraph.countCommands(async () => {
      response = await subgraph.query<{ _entities: (Entity | null)[] }>(entities, {
        representations: operators.map((id) => ({ __typename: 'Organization', id })),
      });
    }, 'find');
    expect(finds).toBe(1);
    for (const organization of onlyData(response as NonNullable<typeof response>)._entities) {
      if (!organization) throw new Error('an organization did not resolve');
      expect(organization.managedFacilities.map((f: { id: string }) => f.id).sort()).toEqual(
        demo.facilities
          .filter((f) => f.operatorId === organization.id)
          .map((f) => f.id)
          .sort(),
      );
    }
  });
});

describe('usage and utilization', () => {
  it('serves the twelve months of a fiscal year, April first, null where nothing was recorded', async () => {
    const data = onlyData(
      await subgraph.query(
        `query ($id: ID!) { facility(id: $id) { usage(fiscalYear: 2025) { fiscalYear totalVisitors months { month visitors } }
          empty: usage(fiscalYear: 2031) { totalVisitors months { month visitors } } } }`,
        { id: MINATO },
      ),
    );
    const expected = demo.usage.filter((row) => row.facilityId === MINATO && row.fiscalYear === 2025);
    expect(data.facility.usage.months).toEqual(expected.map(({ month, visitors }) => ({ month, visitors })));
    expect(data.facility.usage.months[0].month).toBe('2025-04');
    expect(data.facility.usage.months[11].month).toBe('2026-03');
    expect(data.facility.usage.totalVisitors).toBe(expected.reduce((sum, row) => sum + row.visitors, 0));
    expect(data.facility.empty.totalVisitors).toBe(0);
    expect(
      data.facility.empty.months.every((month: { visitors: number | null }) => month.visitors === null),
    ).toBe(true);
  });

  it('computes FY2025 utilization from the demo bookings over 9:00-21:30 on every day but Monday', async () => {
    let availablePerRoom = 0;
    for (let day = Date.UTC(2025, 3, 1); day < Date.UTC(2026, 3, 1); day += 24 * 60 * 60 * 1000) {
      if (new Date(day).getUTCDay() !== 1) availablePerRoom += 12.5;
    }
    const rooms = demo.facilities.find((facility) => facility.id === MINATO)?.rooms ?? [];
    const { start, end } = fiscalYearRange(2025);
    const bookedHours = demo.bookings
      .filter((booking) => booking.facilityId === MINATO && booking.start >= start && booking.start < end)
      .reduce((sum, booking) => sum + (booking.end.getTime() - booking.start.getTime()) / 3600000, 0);
    expect(bookedHours).toBeGreaterThan(0);
    const data = onlyData(
      await subgraph.query(`{ facility(id: "${MINATO}") { utilization(fiscalYear: 2025) } }`),
    );
    // Served to three decimals, as people read it.
    expect(data.facility.utilization).toBe(roundTo(bookedHours / (availablePerRoom * rooms.length), 3));
  });

  it.each(['usage(fiscalYear: 99999) { totalVisitors }', 'utilization(fiscalYear: -1)'])(
    'refuses %s with BAD_USER_INPUT',
    async (field) => {
      expect(codes(await subgraph.query(`{ facility(id: "${MINATO}") { ${field} } }`))).toEqual([
        'BAD_USER_INPUT',
      ]);
    },
  );

  it('computes each room’s and the facility’s monthly utilization from the same bookings and the same rule', async () => {
    const rooms = demo.facilities.find((facility) => facility.id === MINATO)?.rooms ?? [];
    // Open hours of one room per month: 9:00-21:30 on every day but Monday (Tokyo dates).
    const openHours = (month: string) => {
      const { start, end } = monthRange(month);
      let hours = 0;
      for (let day = start.getTime(); day < end.getTime(); day += 24 * 60 * 60 * 1000) {
        if (new Date(day + 9 * 60 * 60 * 1000).getUTCDay() !== 1) hours += 12.5;
      }
      return hours;
    };
    const booked = (month: string, roomId?: string) => {
      const { start, end } = monthRange(month);
      return demo.bookings
        .filter((b) => b.facilityId === MINATO && (!roomId || b.roomId === roomId))
        .filter((b) => b.start >= start && b.start < end)
        .reduce((sum, b) => sum + (b.end.getTime() - b.start.getTime()) / 3600000, 0);
    };
    const data = onlyData(
      await subgraph.query(
        `{ facility(id: "${MINATO}") {
          monthlyUtilization(fiscalYear: 2025) { month bookedHours availableHours utilization }
          rooms { id june: utilization(month: "2025-06") monthlyUtilization(fiscalYear: 2025) { month bookedHours availableHours utilization } }
        } }`,
      ),
    );
    const months = monthsOfFiscalYear(2025);
    expect(data.facility.monthlyUtilization.map((m: { month: string }) => m.month)).toEqual(months);
    expect(data.facility.rooms).toHaveLength(rooms.length);
    let yearBooked = 0;
    for (const [index, month] of months.entries()) {
      const hours = booked(month);
      yearBooked += hours;
      expect(data.facility.monthlyUtilization[index]).toEqual({
        month,
        bookedHours: roundTo(hours, 2),
        availableHours: openHours(month) * rooms.length,
        utilization: roundTo(hours / (openHours(month) * rooms.length), 3),
      });
      for (const room of data.facility.rooms) {
        const roomHours = booked(month, room.id);
        expect(room.monthlyUtilization[index]).toEqual({
          month,
          bookedHours: roundTo(roomHours, 2),
          availableHours: openHours(month),
          utilization: roundTo(roomHours / openHours(month), 3),
        });
      }
    }
    expect(yearBooked).toBeGreaterThan(0);
    for (const room of data.facility.rooms) expect(room.june).toBe(room.monthlyUtilization[2].utilization);
  });

  it.each(['2025-13', '2025-6', 'June', '1800-04'])(
    'refuses Room.utilization(month: %j) with BAD_USER_INPUT',
    async (month) => {
      const response = await subgraph.query(
        `query ($month: String!) { facility(id: "${MINATO}") { rooms { utilization(month: $month) } } }`,
        { month },
      );
      expect(codes(response)).toContain('BAD_USER_INPUT');
    },
  );

  it('is null for a facility without rooms', async () => {
    const data = onlyData(
      await subgraph.query(
        `{ facility(id: "${facilityId('10002')}") { rooms { id } utilization(fiscalYear: 2025) } }`,
      ),
    );
    expect(data.facility).toEqual({ rooms: [], utilization: null });
  });
});
