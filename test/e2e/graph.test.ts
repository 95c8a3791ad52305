import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { VIEWER_HEADER, VIEWER_SIGNATURE_HEADER, signViewer } from '@kyodo/service-kit';
import { TEST_NOW } from '@kyodo/service-kit/testing';
import { exampleQuery } from '@kyodo/gateway';
import {
  type DemoWorld,
  expectedProgress,
  haversineMeters,
  latLng,
  loadDemoWorld,
} from '../src/demoWorld.js';
import { type Body, type RunningGraph, eventually, startGraph, token } from '../src/graph.js';

const HEALTHCHECK = path.resolve(__dirname, '..', '..', 'gateway', 'dist', 'src', 'healthcheck.js');

// One graph for the whole file: starting five processes and seeding four databases is the slow part.
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

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));

describe('the example npm start prints', () => {
  it('fills every part of the district dashboard', async () => {
    const { body } = await graph.query(exampleQuery(TEST_NOW), {});
    expect(body.errors).toBeUndefined();
    const district = body.data.district;
    const nodes = district.organizations.edges.map((edge: { node: unknown }) => edge.node) as {
      managedFacilities: unknown[];
      awards: unknown[];
      evaluationsConnection: { totalCount: number; edges: { node: { findings: string } }[] };
    }[];
    expect(nodes.some((node) => node.managedFacilities.length > 0)).toBe(true);
    expect(nodes.some((node) => node.awards.length > 0)).toBe(true);
    expect(nodes.some((node) => node.evaluationsConnection.edges.length > 0)).toBe(true);
    const used = district.facilities.filter((f: { utilization: number | null }) => (f.utilization ?? 0) > 0);
    expect(used.length).toBeGreaterThan(0);
    // Shares are rounded where people read them.
    for (const facility of used) expect(String(facility.utilization).length).toBeLessThanOrEqual(5);
    expect(district.funding.awardCount).toBeGreaterThan(0);
    const indicators = district.indicatorsConnection.edges.map((edge: { node: unknown }) => edge.node) as {
      latest: unknown;
      progress: number | null;
    }[];
    expect(indicators.length).toBeGreaterThan(0);
    for (const indicator of indicators) {
      expect(indicator.latest).not.toBeNull();
      if (indicator.progress !== null)
        expect(Math.abs(indicator.progress * 1000 - Math.round(indicator.progress * 1000))).toBeLessThan(
          1e-6,
        );
    }
  });
});

describe('the district dashboard', () => {
  const DISTRICT = 'yaizu-16';
  const FISCAL_YEAR = 2024;
  const DASHBOARD = `query Dashboard($code: ID!, $fiscalYear: Int!) {
    district(code: $code) {
      code
      nameJa
      organizations(first: 50) {
        totalCount
        edges { node {
          id name
          managedFacilities { id }
          awards(fiscalYear: $fiscalYear) { id amount program { id } }
          evaluations(fiscalYear: $fiscalYear) { id type overall }
        } }
      }
      facilities { id nameJa bookable district { code } utilization(fiscalYear: $fiscalYear) }
      funding(fiscalYear: $fiscalYear) { awardedTotal awardCount }
      indicators { id nameJa latest { year value } progress }
    }
  }`;

  it('joins all four subgraphs and matches the seed', async () => {
    const res = await graph.query(DASHBOARD, { code: DISTRICT, fiscalYear: FISCAL_YEAR }, staff);
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    const district = res.body.data.district;

    const organizations = world.organizations.filter((o) => o.districtCode === DISTRICT && o.active);
    expect(district.organizations.totalCount).toBe(organizations.length);
    const nodes = district.organizations.edges.map((e: { node: { id: string } }) => e.node);
    expect(nodes.map((n: { id: string }) => n.id).sort()).toEqual(organizations.map((o) => o.id).sort());

    for (const node of nodes) {
      const awards = world.funding.awards.filter(
        (a) => a.organizationId === node.id && a.fiscalYear === FISCAL_YEAR,
      );
      expect(byId(node.awards)).toEqual(
        byId(awards.map((a) => ({ id: a.id, amount: a.amount, program: { id: a.programId } }))),
      );
      const evaluations = world.evaluation.evaluations.filter(
        (e) => e.subjectType === 'ORGANIZATION' && e.subjectId === node.id && e.fiscalYear === FISCAL_YEAR,
      );
      expect(byId(node.evaluations)).toEqual(
        byId(evaluations.map((e) => ({ id: e.id, type: e.type, overall: e.overall }))),
      );
      const managed = world.facilities.filter((f) => f.operatorId === node.id);
      expect(node.managedFacilities.map((f: { id: string }) => f.id).sort()).toEqual(
        managed.map((f) => f.id).sort(),
      );
    }
    // The district is one that has all of it, so the comparisons above are not vacuous.
    expect(sum(nodes.map((n: { awards: unknown[] }) => n.awards.length))).toBeGreaterThan(0);
    expect(sum(nodes.map((n: { evaluations: unknown[] }) => n.evaluations.length))).toBeGreaterThan(0);

    const facilities = world.facilities.filter((f) => f.districtCode === DISTRICT);
    expect(district.facilities.map((f: { id: string }) => f.id).sort()).toEqual(
      facilities.map((f) => f.id).sort(),
    );
    for (const facility of district.facilities) {
      expect(facility.district).toEqual({ code: DISTRICT });
      if (facility.bookable) {
        expect(facility.utilization).toBeGreaterThanOrEqual(0);
        expect(facility.utilization).toBeLessThanOrEqual(1);
      }
    }

    const awarded = world.funding.awards.filter(
      (a) => a.districtCode === DISTRICT && a.fiscalYear === FISCAL_YEAR,
    );
    expect(district.funding).toEqual({
      awardedTotal: sum(awarded.map((a) => a.amount)),
      awardCount: awarded.length,
    });

    const indicators = world.evaluation.indicators.filter(
      (i) => i.scope === 'DISTRICT' && i.districtCode === DISTRICT,
    );
    expect(district.indicators).toHaveLength(indicators.length);
    expect(indicators.length).toBeGreaterThan(0);
    for (const indicator of indicators) {
      const answer = district.indicators.find((i: { id: string }) => i.id === indicator.id);
      const latest = [...indicator.measurements].sort((a, b) => b.year - a.year)[0];
      expect(answer.latest).toEqual({ year: latest?.year, value: latest?.value });
      expect(answer.progress).toBeCloseTo(expectedProgress(indicator) as number, 9);
    }
  });
  it('is logged once by the gateway with the request id, operation and per-subgraph timings', async () => {
    const response = await fetch(graph.gatewayUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${staff}`,
        'x-request-id': 'e2e-dashboard-1',
      },
      body: JSON.stringify({ query: DASHBOARD, variables: { code: DISTRICT, fiscalYear: FISCAL_YEAR } }),
    });
    expect(response.headers.get('x-request-id')).toBe('e2e-dashboard-1');
    const lines = () =>
      graph.logs
        .filter((l) => l.startsWith('[gateway] {') && l.includes('"e2e-dashboard-1"'))
        .map((l) => JSON.parse(l.slice('[gateway] '.length)));
    await eventually(async () => lines().length > 0);
    expect(lines()).toHaveLength(1);
    const line = lines()[0];
    expect(line).toMatchObject({
      msg: 'graphql request',
      operationName: 'Dashboard',
      status: 200,
      durationMs: expect.any(Number),
    });
    expect(Object.keys(line.subgraphs).sort()).toEqual([
      'evaluation',
      'facilities',
      'funding',
      'organizations',
    ]);
  });
});

describe('the mobile query: a step-free room for 20 near 焼津駅, open now', () => {
  const STATION = { lat: 34.8706, lng: 138.3186 };
  // A Tuesday (the second of the month), not a public holiday.
  const OPEN_AT = '2025-06-10T14:00:00+09:00';
  const NEARBY = `query Nearby($near: GeoPointInput!, $openAt: DateTime!) {
    facilitiesNear(near: $near, radiusMeters: 3000, first: 5,
      filter: { openAt: $openAt, minCapacity: 20, accessible: true, bookable: true }) {
      totalCount
      edges { distanceMeters node { id nameJa location { lat lng } accessibility { stepFree } rooms { capacity } } }
    }
  }`;

  function openTuesdayAt2pm(facility: DemoWorld['facilities'][number]): boolean {
    const schedule = facility.schedule;
    if (!schedule) return false;
    const day = schedule.days.find((d) => d.weekday === 'TUESDAY');
    if (!day || !(day.opens <= '14:00' && '14:00' < day.closes)) return false;
    if (schedule.closedNth.some((c) => c.nth === 2 && c.weekday === 'TUESDAY')) return false;
    return !schedule.closedRanges.some((r) => r.from <= '06-10' && '06-10' <= r.to);
  }

  it('returns the right facilities, nearest first, with their distances', async () => {
    const res = await graph.query(NEARBY, { near: STATION, openAt: OPEN_AT });
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    const expected = world.facilities
      .filter(
        (f) =>
          f.bookable &&
          f.accessibility?.stepFree === true &&
          f.rooms.some((r) => r.capacity >= 20) &&
          openTuesdayAt2pm(f) &&
          haversineMeters(STATION, latLng(f.location)) <= 3000,
      )
      .map((f) => ({ id: f.id, distance: haversineMeters(STATION, latLng(f.location)) }))
      .sort((a, b) => a.distance - b.distance);

    const connection = res.body.data.facilitiesNear;
    expect(connection.totalCount).toBe(expected.length);
    expect(connection.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(
      expected.slice(0, 5).map((f) => f.id),
    );
    let previous = 0;
    for (const edge of connection.edges) {
      expect(edge.distanceMeters).toBeGreaterThanOrEqual(previous);
      previous = edge.distanceMeters;
      expect(edge.distanceMeters).toBeCloseTo(haversineMeters(STATION, edge.node.location), 0);
      expect(edge.node.accessibility.stepFree).toBe(true);
      expect(
        Math.max(...edge.node.rooms.map((r: { capacity: number }) => r.capacity)),
      ).toBeGreaterThanOrEqual(20);
    }
  });
});

describe('the staff report', () => {
  const FISCAL_YEAR = 2024;
  const REPORT = `query Report($fiscalYear: Int!) {
    byProgram: fundingSummary(fiscalYear: $fiscalYear, groupBy: PROGRAM) {
      totals { awardedTotal awardCount }
      groups { key program { id nameJa } awardedTotal awardCount }
    }
    byDistrict: fundingSummary(fiscalYear: $fiscalYear, groupBy: DISTRICT) {
      groups { key district { nameJa } awardedTotal awardCount }
    }
    indicators(filter: { scope: CITY }, first: 50) { totalCount edges { node { id nameJa progress onTrack } } }
  }`;

  function grouped(key: (a: DemoWorld['funding']['awards'][number]) => string) {
    const groups = new Map<string, { awardedTotal: number; awardCount: number }>();
    for (const award of world.funding.awards.filter((a) => a.fiscalYear === FISCAL_YEAR)) {
      const group = groups.get(key(award)) ?? { awardedTotal: 0, awardCount: 0 };
      group.awardedTotal += award.amount;
      group.awardCount += 1;
      groups.set(key(award), group);
    }
    return groups;
  }

  it('sums funding by program and by district, and reports indicator progress', async () => {
    const res = await graph.query(REPORT, { fiscalYear: FISCAL_YEAR }, staff);
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    const { byProgram, byDistrict, indicators } = res.body.data;

    const programs = grouped((a) => a.programId);
    expect(byProgram.groups).toHaveLength(programs.size);
    for (const group of byProgram.groups) {
      expect({ awardedTotal: group.awardedTotal, awardCount: group.awardCount }).toEqual(
        programs.get(group.key),
      );
      expect(group.program.id).toBe(group.key);
      expect(group.program.nameJa).toBe(world.funding.programs.find((p) => p.id === group.key)?.nameJa);
    }
    const awards = world.funding.awards.filter((a) => a.fiscalYear === FISCAL_YEAR);
    expect(byProgram.totals).toEqual({
      awardedTotal: sum(awards.map((a) => a.amount)),
      awardCount: awards.length,
    });

    const districts = grouped((a) => a.districtCode ?? 'NONE');
    expect(byDistrict.groups).toHaveLength(districts.size);
    for (const group of byDistrict.groups) {
      expect({ awardedTotal: group.awardedTotal, awardCount: group.awardCount }).toEqual(
        districts.get(group.key),
      );
      if (group.key !== 'NONE') expect(group.district.nameJa).toMatch(/自治会区域$/);
    }

    const city = world.evaluation.indicators.filter((i) => i.scope === 'CITY');
    expect(indicators.totalCount).toBe(city.length);
    for (const { node } of indicators.edges) {
      const indicator = city.find((i) => i.id === node.id);
      expect(indicator).toBeDefined();
      const progress = expectedProgress(indicator as (typeof city)[number]);
      if (progress === null) expect(node.progress).toBeNull();
      else expect(node.progress).toBeCloseTo(progress, 9);
    }
  });

  const REVIEWS = `query Reviews { applications(filter: { fiscalYear: 2024, status: AWARDED }, first: 3) {
    edges { node { id title reviewScore reviewNotes } } } }`;

  it('shows staff-only review fields to staff', async () => {
    const res = await graph.query(REVIEWS, {}, staff);
    expect(res.body.errors).toBeUndefined();
    const nodes = res.body.data.applications.edges.map((e: { node: unknown }) => e.node);
    expect(nodes).toHaveLength(3);
    for (const node of nodes) {
      const seeded = world.funding.applications.find((a) => a.id === node.id);
      expect(node.reviewScore).toBe(seeded?.reviewScore);
      expect(node.reviewNotes).toBe(seeded?.reviewNotes);
    }
  });

  it('refuses them to a resident, who still gets the public fields', async () => {
    const res = await graph.query(REVIEWS, {}, await token('resident'));
    expect(res.status).toBe(200);
    const nodes = res.body.data.applications.edges.map((e: { node: unknown }) => e.node);
    expect(nodes).toHaveLength(3);
    for (const node of nodes) {
      expect(node.title).toEqual(expect.any(String));
      expect(node.reviewScore).toBeNull();
      expect(node.reviewNotes).toBeNull();
    }
    expect(res.body.errors.length).toBeGreaterThan(0);
    for (const error of res.body.errors)
      expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', serviceName: 'funding' });
  });

  it('keeps the talent register to staff', async () => {
    const query = '{ people(first: 2) { totalCount edges { node { name roles } } } }';
    const forStaff = await graph.query(query, {}, staff);
    expect(forStaff.body.errors).toBeUndefined();
    expect(forStaff.body.data.people.totalCount).toBeGreaterThan(0);
    const forResident = await graph.query(query, {}, await token('resident'));
    // Nullable: the refusal nulls this field only (test/e2e/abuse.inputs.test.ts shows its siblings answering).
    expect(forResident.body.data).toEqual({ people: null });
    expect(forResident.body.errors[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      serviceName: 'organizations',
    });
    const anonymous = await graph.query(query);
    expect(anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('booking a room through the gateway', () => {
  const BOOK = `mutation Book($input: BookRoomInput!) {
    bookRoom(input: $input) { id start end attendees status organization { id name } room { id facility { id nameJa } } }
  }`;

  /** A bookable facility that keeps weekday hours on holidays, a room in it, and a future weekday it is open 10-12. */
  function bookingSlot() {
    const facility = world.facilities.find(
      (f) =>
        f.bookable &&
        f.rooms.some((r) => r.capacity >= 10) &&
        f.schedule?.holidays === 'REGULAR' &&
        f.schedule.closedNth.length === 0 &&
        !f.schedule.closedMonthEnd &&
        f.schedule.days.some((d) => d.weekday === 'WEDNESDAY' && d.opens <= '10:00' && d.closes >= '12:00'),
    );
    if (!facility?.schedule) throw new Error('the seed has no bookable facility open on Wednesday mornings');
    const room = facility.rooms.find((r) => r.capacity >= 10) as (typeof facility.rooms)[number];
    const day = new Date(TEST_NOW.getTime() + 60 * 86_400_000);
    while (day.getUTCDay() !== 3) day.setUTCDate(day.getUTCDate() + 1);
    const mmdd = day.toISOString().slice(5, 10);
    while (facility.schedule.closedRanges.some((r) => r.from <= mmdd && mmdd <= r.to))
      day.setUTCDate(day.getUTCDate() + 7);
    const date = day.toISOString().slice(0, 10);
    return { facility, room, start: `${date}T10:00:00+09:00`, end: `${date}T11:30:00+09:00` };
  }

  it("lets a member book for their organization, and refuses another organization's member", async () => {
    const [mine, theirs] = world.organizations.filter((o) => o.active && o.kind === 'NPO_CORPORATION');
    if (!mine || !theirs) throw new Error('the seed has fewer than two active NPOs');
    const { facility, room, start, end } = bookingSlot();
    const input = { roomId: room.id, organizationId: mine.id, start, end, purpose: '定例会', attendees: 10 };

    const member = await token('member', { organizationIds: [mine.id] });
    const booked = await graph.query(BOOK, { input }, member);
    expect(booked.body.errors).toBeUndefined();
    expect(booked.body.data.bookRoom).toMatchObject({
      attendees: 10,
      status: 'CONFIRMED',
      organization: { id: mine.id, name: mine.name },
      room: { id: room.id, facility: { id: facility.id, nameJa: facility.nameJa } },
    });
    expect(new Date(booked.body.data.bookRoom.start).getTime()).toBe(new Date(start).getTime());

    const stranger = await token('member', { organizationIds: [theirs.id] });
    const refused = await graph.query(BOOK, { input }, stranger);
    expect(refused.body.data).toBeNull();
    expect(refused.body.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', serviceName: 'facilities' });

    const anonymous = await graph.query(BOOK, { input });
    expect(anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('caching public data', () => {
  const subgraphRequests = async () => {
    let total = 0;
    for (const url of Object.values(graph.launched.subgraphUrls)) {
      const text = await (await fetch(new URL('/metrics', url))).text();
      total += Number(/^kyodo_graphql_requests_total (\d+)$/m.exec(text)?.[1]);
    }
    return total;
  };
  const get = async (params: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const url = new URL(graph.gatewayUrl);
    for (const [name, value] of Object.entries(params)) url.searchParams.set(name, JSON.stringify(value));
    if (typeof params.query === 'string') url.searchParams.set('query', params.query);
    const res = await fetch(url, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true', ...headers },
    });
    return {
      status: res.status,
      cacheControl: res.headers.get('cache-control'),
      vary: res.headers.get('vary'),
      body: (await res.json()) as Body,
    };
  };

  it('serves an anonymous query by GET with a persisted hash, cacheable by a CDN, and answers repeats from its cache', async () => {
    const query = '{ district(code: "yaizu-07") { code nameJa facilities { nameJa } } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    const unknown = await get({ extensions });
    expect(unknown.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');

    const registered = await get({ query, extensions });
    expect(registered.body.errors).toBeUndefined();
    expect(registered.body.data.district.code).toBe('yaizu-07');
    // The shortest subgraph hint: facilities' default of 30 s (District alone would allow 300).
    expect(registered.cacheControl).toBe('max-age=30, public');

    const before = await subgraphRequests();
    const repeated = await get({ extensions });
    expect(repeated.body).toEqual(registered.body);
    expect(repeated.cacheControl).toBe('max-age=30, public');
    // A CDN keeps this copy for requests without Authorization only.
    expect(registered.vary).toContain('Authorization');
    expect(repeated.vary).toBe(registered.vary);
    expect(await subgraphRequests()).toBe(before);
  });

  it('marks signed-in answers private and never serves them from the shared cache', async () => {
    const query = '{ district(code: "yaizu-08") { code nameJa } }';
    const anonymous = await graph.query(query);
    expect(anonymous.headers.get('cache-control')).toBe('max-age=300, public');
    const before = await subgraphRequests();
    const forStaff = await graph.query(query, {}, staff);
    expect(forStaff.body.data).toEqual(anonymous.body.data);
    expect(forStaff.headers.get('cache-control')).toBe('max-age=300, private');
    expect(await subgraphRequests()).toBeGreaterThan(before);
  });

  it('never caches room availability, so a booking shows at once', async () => {
    const facility = world.facilities.find((f) => f.bookable && f.rooms.length > 0 && f.schedule);
    if (!facility) throw new Error('the seed has no bookable facility with rooms');
    const room = facility.rooms[0]!;
    const from = new Date(TEST_NOW.getTime() + 86_400_000).toISOString();
    const to = new Date(TEST_NOW.getTime() + 8 * 86_400_000).toISOString();
    const query =
      'query ($roomId: ID!, $from: DateTime!, $to: DateTime!) { roomAvailability(roomId: $roomId, from: $from, to: $to) { start end } }';
    const first = await graph.query(query, { roomId: room.id, from, to });
    expect(first.body.errors).toBeUndefined();
    expect(first.headers.get('cache-control')).toBe('no-store');
    const before = await subgraphRequests();
    await graph.query(query, { roomId: room.id, from, to });
    expect(await subgraphRequests()).toBeGreaterThan(before);
  });
});

describe('bad input through the gateway', () => {
  it('answers malformed JSON with 400 BAD_REQUEST', async () => {
    const res = await graph.post(graph.gatewayUrl, '{"query": "{ districts { code } }"');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('answers a variable of the wrong type with 400 BAD_USER_INPUT', async () => {
    const res = await graph.query('query($code: ID!) { district(code: $code) { nameJa } }', {
      code: { not: 'an id' },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a query deeper than 12 levels with QUERY_TOO_DEEP', async () => {
    // organizations > edges > node > 10 x council > name: 14 levels.
    const deep = `{ organizations(first: 1) { edges { node { council { council { council { council { council {
      council { council { council { council { council { name } } } } } } } } } } } } } }`;
    const res = await graph.query(deep);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', maxDepth: 12 });
  });

  it('refuses a query that may resolve too many fields with QUERY_TOO_COMPLEX', async () => {
    const wide = `{ organizations(first: 100) { edges { node {
      managedFacilities { rooms { name capacity } evaluations { overall } }
      awards { amount evaluations { overall } } } } } }`;
    const res = await graph.query(wide);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', maxCost: 12000 });
    expect(res.body.errors[0].extensions.cost).toBeGreaterThan(12000);
  });

  it('refuses an expired token with 401 UNAUTHENTICATED', async () => {
    const res = await graph.query('{ districts { code } }', {}, await token('staff', { ttlSeconds: -5 }));
    expect(res.status).toBe(401);
    expect(res.body.errors[0]).toMatchObject({
      message: 'The token has expired',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('treats a forged viewer sent straight to a subgraph as anonymous', async () => {
    const people = JSON.stringify({ query: '{ people(first: 1) { totalCount } }' });
    const staffViewer = { sub: 'mallory', role: 'staff' as const, organizationIds: [] };
    const forged = signViewer(staffViewer, 'not-the-internal-secret');
    const res = await graph.post(graph.launched.subgraphUrls.organizations, people, forged);
    expect(res.body.data).toEqual({ people: null });
    expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');

    const unsigned = await graph.post(graph.launched.subgraphUrls.organizations, people, {
      [VIEWER_HEADER]: forged[VIEWER_HEADER] as string,
      [VIEWER_SIGNATURE_HEADER]: createHash('sha256').update('guess').digest('hex'),
    });
    expect(unsigned.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');

    // The same viewer signed with the real secret is trusted: the refusal above was the signature's doing.
    const genuine = await graph.post(
      graph.launched.subgraphUrls.organizations,
      people,
      signViewer(staffViewer, graph.internalSecret),
    );
    expect(genuine.body.errors).toBeUndefined();
  });

  it('leaves every process up', async () => {
    expect(graph.unexpectedExits).toEqual([]);
    for (const process of Object.values(graph.launched.processes)) expect(process.running).toBe(true);
    expect((await fetch(new URL('/ready', graph.gatewayUrl))).status).toBe(200);
  });
});

describe('the landing page', () => {
  it('is served with its assets by the gateway, with no CDN', async () => {
    const page = await fetch(new URL('/', graph.gatewayUrl), { headers: { accept: 'text/html' } });
    const html = await page.text();
    expect(html).not.toMatch(/https?:\/\//);
    for (const asset of ['/ruru-static/ruru.js', '/ruru-static/ruru.css']) {
      expect(html).toContain(asset);
      const res = await fetch(new URL(asset, graph.gatewayUrl));
      expect(res.status).toBe(200);
    }
  });
});

describe('the container healthcheck', () => {
  const healthcheck = (url: string) =>
    new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, [HEALTHCHECK, url], { stdio: 'ignore' });
      child.once('exit', (code) => resolve(code));
    });

  it('exits 0 for a ready service and 1 for one that is not there', async () => {
    expect(await healthcheck(new URL('/health', graph.gatewayUrl).toString())).toBe(0);
    expect(await healthcheck(new URL('/ready', graph.launched.subgraphUrls.facilities).toString())).toBe(0);
    expect(await healthcheck('http://127.0.0.1:9/ready')).toBe(1);
  });
});

describe('the funding subgraph going down', () => {
  // Fields a subgraph contributes to another's entity are nullable, so while funding is down its fields
  // (awards, District.funding) are null and the rest of the dashboard stands.
  const CROSS = `query Cross { district(code: "yaizu-16") {
    nameJa
    facilities { id nameJa }
    funding(fiscalYear: 2024) { awardedTotal }
    organizations(first: 5) { edges { node { id name managedFacilities { id } awards(fiscalYear: 2024) { id amount } } } }
  } }`;

  it('leaves the other subgraphs answering, names funding in the error, and /ready answers 503', async () => {
    await graph.launched.processes.funding.kill();
    const res = await graph.query(CROSS, {}, staff);
    expect(res.status).toBe(200);
    const district = res.body.data.district;
    expect(district.nameJa).toEqual(expect.any(String));
    expect(district.facilities.map((f: { id: string }) => f.id).sort()).toEqual(
      world.facilities
        .filter((f) => f.districtCode === 'yaizu-16')
        .map((f) => f.id)
        .sort(),
    );
    expect(district.organizations.edges).toHaveLength(5);
    for (const { node } of district.organizations.edges) {
      expect(node.name).toBe(world.organizations.find((o) => o.id === node.id)?.name);
      expect(node.awards).toBeNull();
      expect(node.managedFacilities).toEqual(expect.any(Array));
    }
    expect(district.funding).toBeNull();
    expect(res.body.errors.length).toBeGreaterThanOrEqual(1);
    for (const error of res.body.errors) {
      expect(error).toMatchObject({
        message: 'The funding subgraph is unavailable: ECONNREFUSED',
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'funding' },
      });
    }

    const ready = await fetch(new URL('/ready', graph.gatewayUrl));
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({
      status: 'unavailable',
      message: 'Not ready: funding',
      missing: ['funding'],
      subgraphs: {
        organizations: 'ready',
        facilities: 'ready',
        evaluation: 'ready',
        funding: 'ECONNREFUSED',
      },
    });
  });

  it('recovers once funding is back', async () => {
    graph.launched.processes.funding.start();
    await eventually(async () => (await fetch(new URL('/ready', graph.gatewayUrl))).status === 200);
    const res = await graph.query(CROSS, {}, staff);
    expect(res.body.errors).toBeUndefined();
    for (const { node } of res.body.data.district.organizations.edges) {
      const expected = world.funding.awards.filter(
        (a) => a.organizationId === node.id && a.fiscalYear === 2024,
      );
      expect(node.awards.map((a: { id: string }) => a.id).sort()).toEqual(expected.map((a) => a.id).sort());
    }
    const awarded = world.funding.awards.filter(
      (a) => a.districtCode === 'yaizu-16' && a.fiscalYear === 2024,
    );
    expect(res.body.data.district.funding.awardedTotal).toBe(sum(awarded.map((a) => a.amount)));
  });
});
